import { useEffect, useMemo, useState } from 'react';
import {
	resolveItems,
	scoreExam,
	timeLeft,
	type ExamFormat,
	type ExamHistory,
} from '../../engine/exam';
import { gradeAnswer } from '../../engine/quiz';
import type { Question, QuestionKind } from '../../schemas/question';
import { useExamSession } from '../../stores/exam-session';
import { followProgress, useProgress } from '../../stores/progress';
import { deferred } from './deferred';
import { StartScreen, type StartChoice } from './StartScreen';
import { clockText } from './text';
import { useBank } from './use-bank';
import './exam.css';

/** Props from the page: the exam format from the limits model (the bank is fetched as JSON). */
export interface ExamAppProps {
	format: ExamFormat;
}

const noQuestions: Question[] = [];

// The runner and the report are their own chunks: the start screen does not need them.
const loadingExam = <p>Loading your exam…</p>;
const ExamRunner = deferred(() => import('./ExamRunner').then((m) => m.ExamRunner), loadingExam);
const ScoreReport = deferred(() => import('./ScoreReport').then((m) => m.ScoreReport), loadingExam);

const randomSeed = () => Math.floor(Math.random() * 2 ** 31);

/** The exam page: start, resume, run, and report, with the session saved in this browser. */
export default function ExamApp({ format }: ExamAppProps) {
	const loaded = useBank();
	const bank = loaded.bank ?? noQuestions;
	const { phase, exam, now, notice, saveStatus, init, start, dispatch, resume, discard, save } =
		useExamSession();
	const attempts = useProgress((s) => s.attempts);
	const accommodation = useProgress((s) => s.settings.accommodation);
	const progressSaved = useProgress((s) => s.saveStatus);
	const progressHydrated = useProgress((s) => s.hydrated);
	const [error, setError] = useState<string | null>(null);

	useEffect(() => {
		void init(Date.now());
		return followProgress();
	}, [init]);

	// A running exam fetches its report early, so the deadline can show it even in a frozen tab.
	useEffect(() => {
		if (phase === 'running') void ScoreReport.preload();
	}, [phase]);

	// A finished exam whose save storage refused is tried again when the page is hidden or left.
	useEffect(() => {
		if (phase !== 'done') return;
		const onVisibility = () => document.visibilityState === 'hidden' && save();
		document.addEventListener('visibilitychange', onVisibility);
		window.addEventListener('pagehide', save);
		return () => {
			document.removeEventListener('visibilitychange', onVisibility);
			window.removeEventListener('pagehide', save);
		};
	}, [phase, save]);

	// The clock is the wall clock against the stored deadline; ticks only prompt a re-read, so
	// throttled timers in hidden tabs cannot make it drift.
	useEffect(() => {
		if (phase !== 'running') return;
		const tick = () => dispatch({ type: 'tick', now: Date.now() });
		const timer = window.setInterval(tick, 1000);
		const onVisibility = () => (document.visibilityState === 'hidden' ? save() : tick());
		document.addEventListener('visibilitychange', onVisibility);
		window.addEventListener('pagehide', save);
		window.addEventListener('pageshow', tick);
		window.addEventListener('focus', tick);
		return () => {
			window.clearInterval(timer);
			document.removeEventListener('visibilitychange', onVisibility);
			window.removeEventListener('pagehide', save);
			window.removeEventListener('pageshow', tick);
			window.removeEventListener('focus', tick);
		};
	}, [phase, dispatch, save]);

	// Rebuilt only when the item list changes, not on every answer (generated items are costly).
	const itemIds = exam?.itemIds;
	// A saved exam can name a question removed since (a new site version): say so, don't crash.
	const { items, lost } = useMemo(() => {
		if (!itemIds || !loaded.bank) return { items: [], lost: false };
		try {
			return { items: resolveItems(itemIds, loaded.bank), lost: false };
		} catch {
			return { items: [], lost: true };
		}
	}, [itemIds, loaded.bank]);
	const score = useMemo(
		() =>
			exam && phase === 'done' && items.length === exam.itemIds.length
				? scoreExam(exam, items, gradeAnswer, format)
				: null,
		[exam, items, phase, format],
	);

	// Record a finished exam once (its id guards against a second record after a reload).
	useEffect(() => {
		if (!exam || !score || !progressHydrated) return;
		if (useProgress.getState().attempts.some((a) => a.id === exam.id)) return;
		const byQuestion = new Map<string, boolean>();
		for (const s of score.items)
			byQuestion.set(s.item.questionId, (byQuestion.get(s.item.questionId) ?? true) && s.correct);
		const results = [...byQuestion].map(([id, correct]) => ({ id, correct }));
		// The limit facts behind missed questions become review cards too.
		const missedFacts = new Set(
			score.items.filter((s) => !s.correct).flatMap((s) => s.item.question.facts),
		);
		const factResults = [...missedFacts].map((id) => ({
			id,
			correct: false,
			kind: 'fact' as const,
		}));
		useProgress.getState().recordAttempt(
			{
				id: exam.id,
				blueprint: exam.blueprint.name,
				finishedAt: exam.submittedAt ?? Date.now(),
				correct: score.correct,
				total: score.total,
				scaled: score.scaled,
				passed: score.passed,
				reason: exam.submitReason ?? 'submitted',
				byTopic: score.byTopic,
				missed: results.filter((r) => !r.correct).map((r) => r.id),
				seen: results.map((r) => r.id),
			},
			[...results, ...factResults],
			Date.now(),
		);
	}, [exam, score, progressHydrated]);

	const history: ExamHistory = useMemo(
		() => ({
			missed: [...new Set(attempts.flatMap((a) => a.missed))],
			seen: [...new Set(attempts.flatMap((a) => a.seen))],
		}),
		[attempts],
	);
	const topics = useMemo(() => [...new Set(bank.flatMap((q) => q.topics))].sort(), [bank]);
	const kinds = useMemo(
		() => [...new Set(bank.map((q) => q.kind))].sort() as QuestionKind[],
		[bank],
	);

	const begin = (choice: StartChoice, override?: ExamHistory) => {
		try {
			setError(null);
			useProgress.getState().setAccommodation(choice.accommodation);
			start(choice.blueprint, bank, format, {
				seed: choice.seed ?? randomSeed(),
				now: Date.now(),
				accommodation: choice.accommodation,
				history: override ?? history,
			});
		} catch (e) {
			setError((e as Error).message.replace(/^\w+: /, ''));
		}
	};

	return (
		<div className="exam-app">
			{notice && (
				<p className="exam-notice" role="status">
					{notice}
				</p>
			)}
			{(saveStatus === 'not-saved' || progressSaved === 'not-saved') && (
				<p className="exam-notice warn" role="status">
					Progress not saved: this browser refused to store it (storage full or turned off). The
					exam still works in this tab.
				</p>
			)}
			{lost && (
				<div className="exam-error" role="alert">
					<p>
						Your saved exam uses questions that are no longer on this site, so it cannot continue.
					</p>
					<button type="button" className="button secondary" onClick={discard}>
						Discard it and start again
					</button>
				</div>
			)}
			{error && phase === 'done' && (
				<p className="exam-error" role="alert">
					{error}
				</p>
			)}
			{loaded.error && (
				<p className="exam-error" role="alert">
					{loaded.error}
				</p>
			)}
			{(phase === 'loading' || (loaded.bank === null && !loaded.error)) && (
				<p>Loading your exam…</p>
			)}
			{phase === 'start' && loaded.bank && (
				<StartScreen
					format={format}
					topics={topics}
					kinds={kinds}
					initialAccommodation={accommodation}
					onStart={(c) => begin(c)}
					error={error}
				/>
			)}
			{/* A saved exam whose questions are gone can only be discarded (the alert above). */}
			{phase === 'resume' && exam && !lost && (
				<div className="exam-resume">
					<h2>Resume your exam?</h2>
					<p>
						You have an unfinished exam with {Object.keys(exam.answers).length} of{' '}
						{exam.itemIds.length} questions answered
						{exam.deadline === null
							? ' (untimed)'
							: ` and ${clockText(timeLeft(exam, now) ?? 0)} left`}
						. The clock kept running while you were away.
					</p>
					<button type="button" className="button" onClick={() => resume(Date.now())}>
						Resume exam
					</button>{' '}
					<button type="button" className="button secondary" onClick={discard}>
						Discard it
					</button>
				</div>
			)}
			{phase === 'elsewhere' && (
				<div className="exam-resume" role="status">
					<h2>This exam is running in another tab</h2>
					<p>
						Only one tab runs the clock. Close this tab, or continue here (the other tab will stop).
					</p>
					<button type="button" className="button" onClick={() => resume(Date.now())}>
						Continue in this tab
					</button>
				</div>
			)}
			{phase === 'running' && exam && items.length > 0 && (
				<ExamRunner exam={exam} items={items} now={now} />
			)}
			{phase === 'done' && exam && score && loaded.bank && (
				<ScoreReport
					exam={exam}
					score={score}
					onNew={discard}
					onPractise={(ids) =>
						begin(
							{
								blueprint: {
									name: 'custom',
									count: Math.min(format.questions, ids.length * 4),
									minutes: null,
									topics: [],
									kinds: [],
									// Both, so missed generated scenarios come back too.
									source: 'both',
									only: 'missed',
								},
								accommodation: 'untimed',
								seed: null,
							},
							{ missed: ids, seen: [] },
						)
					}
				/>
			)}
		</div>
	);
}
