import { useEffect, useMemo, useRef, useState } from 'react';
import { itemsOf, resolveItems } from '../../engine/exam';
import { gradeAnswer, type Answer, type GradeResult } from '../../engine/quiz';
import { dueCards, type Rating } from '../../engine/review';
import type { Question } from '../../schemas/question';
import { followProgress, useProgress } from '../../stores/progress';
import { QuestionView } from '../exam/QuestionView';
import '../exam/exam.css';
import { useBank } from '../exam/use-bank';

const noQuestions: Question[] = [];

/** A limit fact as a review card shows it. */
export interface ReviewFact {
	id: string;
	label: string;
	value: string;
	url: string;
}

const ratings = [
	[1, 'Again'],
	[2, 'Hard'],
	[3, 'Good'],
	[4, 'Easy'],
] as const satisfies readonly (readonly [Rating, string])[];

/** "Review today": due cards one at a time, answered, checked, then rated for the FSRS schedule. */
export default function ReviewApp({ facts }: { facts: ReviewFact[] }) {
	const loaded = useBank();
	const bank = loaded.bank ?? noQuestions;
	const review = useProgress((s) => s.review);
	const hydrated = useProgress((s) => s.hydrated);
	const examDate = useProgress((s) => s.settings.examDate);
	const [now, setNow] = useState(0);
	const [answers, setAnswers] = useState<Record<string, Answer>>({});
	const [checked, setChecked] = useState<Record<string, GradeResult | null> | null>(null);
	const heading = useRef<HTMLHeadingElement>(null);

	useEffect(() => followProgress(), []);
	useEffect(() => {
		const read = () => setNow(Date.now());
		read();
		const timer = window.setInterval(read, 60_000);
		return () => window.clearInterval(timer);
	}, []);

	const due = useMemo(() => (now === 0 ? [] : dueCards(review, now)), [review, now]);
	const card = due[0];
	const questionId = card?.id.startsWith('q:') ? card.id.slice(2) : undefined;
	// Generated scenarios are not in the bank; their id holds the seed that rebuilds them.
	const question = useMemo(() => {
		if (questionId === undefined) return undefined;
		const found = bank.find((q) => q.id === questionId);
		if (found || !questionId.startsWith('gen-')) return found;
		try {
			return resolveItems([questionId], [])[0]?.question;
		} catch {
			return undefined;
		}
	}, [bank, questionId]);
	const fact = card?.id.startsWith('f:') ? facts.find((f) => f.id === card.id.slice(2)) : undefined;
	const items = useMemo(() => (question ? itemsOf(question) : []), [question]);

	const rate = (rating: Rating) => {
		if (!card) return;
		useProgress.getState().rateCard(card.id, rating, Date.now());
		setAnswers({});
		setChecked(null);
		setNow(Date.now());
		heading.current?.focus();
	};
	const check = () =>
		setChecked(
			Object.fromEntries(
				items.map((item) => {
					const a = answers[item.id];
					try {
						return [item.id, a === undefined ? null : gradeAnswer(item.question, a)];
					} catch {
						return [item.id, null];
					}
				}),
			),
		);

	if (loaded.error)
		return (
			<p className="exam-error" role="alert">
				{loaded.error}
			</p>
		);
	if (!hydrated || !loaded.bank) return <p>Loading your review cards…</p>;
	const next = Object.values(review)
		.filter((c) => c.due > now)
		.sort((a, b) => a.due - b.due)[0];

	return (
		<div className="exam-app review-app">
			<h2 ref={heading} tabIndex={-1}>
				{due.length === 0
					? 'Nothing due now'
					: `${due.length} card${due.length === 1 ? '' : 's'} due`}
			</h2>
			{examDate && (
				<p className="hint">
					The schedule aims at your exam on {examDate}: no card is planned after it.
				</p>
			)}
			{due.length === 0 && (
				<p>
					{Object.keys(review).length === 0
						? 'Cards appear here after a mock exam: every missed question and the limits behind it.'
						: `Next card due ${next ? new Date(next.due).toLocaleString() : 'later'}.`}{' '}
					<a href="/exam/">Take a mock exam</a>.
				</p>
			)}
			{card && !question && !fact && (
				<p>
					This card ({card.id}) is no longer in the question bank.{' '}
					<button type="button" className="button secondary" onClick={() => rate(4)}>
						Skip it for a long while
					</button>
				</p>
			)}
			{question &&
				items.map((item, i) => (
					<div key={item.id}>
						<QuestionView
							item={item}
							number={i + 1}
							total={items.length}
							answer={answers[item.id]}
							seed={0}
							onAnswer={(a) =>
								setAnswers((prev) => {
									const nextAnswers = { ...prev };
									if (a === undefined) delete nextAnswers[item.id];
									else nextAnswers[item.id] = a;
									return nextAnswers;
								})
							}
							headingRef={null}
						/>
						{checked && (
							<div className="exam-notice" role="status">
								{checked[item.id]?.correct ? 'Right.' : 'Not right.'}
								<ul className="feedback">
									{(checked[item.id]?.feedback ?? [])
										.filter((f) => f.correct || f.chosen)
										.map((f) => (
											<li key={f.id}>
												{f.correct ? 'Key' : 'Your choice'}: {f.explanation}
											</li>
										))}
								</ul>
								{checked[item.id]?.explanation && <p>{checked[item.id]?.explanation}</p>}
							</div>
						)}
					</div>
				))}
			{fact && (
				<div className="exam-question">
					<p className="story">What is this limit: {fact.label}?</p>
					{checked && (
						<p className="exam-notice" role="status">
							{fact.value} (<a href={fact.url}>source</a>)
						</p>
					)}
				</div>
			)}
			{(question || fact) &&
				(checked ? (
					<div className="report-actions" role="group" aria-label="How well did you remember?">
						{ratings.map(([r, label]) => (
							<button
								key={r}
								type="button"
								className={r === 3 ? 'button' : 'button secondary'}
								onClick={() => rate(r)}
							>
								{label}
							</button>
						))}
					</div>
				) : (
					<button
						type="button"
						className="button"
						onClick={question ? check : () => setChecked({})}
					>
						{question ? 'Check my answer' : 'Show the answer'}
					</button>
				))}
		</div>
	);
}
