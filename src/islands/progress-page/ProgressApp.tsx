import { useEffect, useRef, useState } from 'react';
import type { ExamFormat } from '../../engine/exam';
import { dueCards } from '../../engine/review';
import { useLessonProgress } from '../../stores/lesson-progress';
import { followProgress, maxImportBytes, tooLargeReason, useProgress } from '../../stores/progress';
import { TrendChart } from './TrendChart';
import '../exam/exam.css';
import './progress-page.css';

/** Per-topic mastery: right out of asked over all attempts. */
function mastery(attempts: { byTopic: { key: string; correct: number; total: number }[] }[]) {
	const map = new Map<string, { correct: number; total: number }>();
	for (const a of attempts)
		for (const g of a.byTopic) {
			const m = map.get(g.key) ?? { correct: 0, total: 0 };
			map.set(g.key, { correct: m.correct + g.correct, total: m.total + g.total });
		}
	return [...map].sort(([a], [b]) => a.localeCompare(b));
}

/** History, trend, mastery, lesson progress, settings, and export / import / reset. */
export default function ProgressApp({
	format,
	lessonCount,
}: {
	format: ExamFormat;
	lessonCount: number;
}) {
	const s = useProgress();
	const lessonsDone = useLessonProgress((l) => Object.keys(l.done).length);
	const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
	// "Due now" must mean now: a page left open (or an import) would otherwise count against the
	// time it was opened, and learning cards fall due within minutes.
	const [now, setNow] = useState(() => Date.now());
	const resetDialog = useRef<HTMLDialogElement>(null);

	useEffect(() => {
		void useLessonProgress.persist.rehydrate();
		return followProgress();
	}, []);
	useEffect(() => {
		const timer = window.setInterval(() => setNow(Date.now()), 30_000);
		return () => window.clearInterval(timer);
	}, []);

	const download = () => {
		const blob = new Blob([s.exportJSON(Date.now())], { type: 'application/json' });
		const url = URL.createObjectURL(blob);
		const a = document.createElement('a');
		a.href = url;
		a.download = `endpoint-lab-progress-${new Date().toISOString().slice(0, 10)}.json`;
		a.click();
		URL.revokeObjectURL(url);
		setMessage({ ok: true, text: 'Progress exported.' });
	};
	const upload = async (file: File | undefined) => {
		if (!file) return;
		// Refused before reading: a huge file would hold the page for seconds first.
		const result =
			file.size > maxImportBytes
				? { ok: false as const, reason: tooLargeReason(file.size) }
				: s.importJSON(await file.text());
		setNow(Date.now());
		setMessage(
			result.ok
				? { ok: true, text: 'Progress imported.' }
				: { ok: false, text: `Not imported, nothing changed: ${result.reason}` },
		);
	};

	if (!s.hydrated) return <p>Loading your progress…</p>;
	const topics = mastery(s.attempts);
	return (
		<div className="progress-app">
			{s.notice && (
				<p className="exam-notice" role="status">
					{s.notice}{' '}
					<button type="button" className="button secondary" onClick={s.dismissNotice}>
						Dismiss
					</button>
				</p>
			)}
			{s.saveStatus === 'not-saved' && (
				<p className="exam-notice warn" role="status">
					Progress not saved: this browser refused to store it (storage full or turned off).
				</p>
			)}
			<p
				role="status"
				aria-live="polite"
				className={message ? (message.ok ? 'exam-notice' : 'exam-notice warn') : undefined}
			>
				{message?.text}
			</p>

			<h2>Exam history</h2>
			{s.attempts.length === 0 ? (
				<p>
					No exams yet. <a href="/exam/">Take a mock exam</a>.
				</p>
			) : (
				<>
					<TrendChart
						attempts={s.attempts}
						min={format.minScore}
						max={format.maxScore}
						pass={format.passingScore}
					/>
					<table className="history-table">
						<caption className="visually-hidden">Every exam, newest first</caption>
						<thead>
							<tr>
								<th scope="col">Finished</th>
								<th scope="col">Exam</th>
								<th scope="col">Right</th>
								<th scope="col">Estimated score</th>
								<th scope="col">Ended by</th>
							</tr>
						</thead>
						<tbody>
							{[...s.attempts].reverse().map((a) => (
								<tr key={a.id}>
									<td>{new Date(a.finishedAt).toLocaleString()}</td>
									<td>{a.blueprint}</td>
									<td>
										{a.correct} of {a.total}
									</td>
									<td>
										{a.scaled} {a.passed ? '(pass)' : ''}
									</td>
									<td>{a.reason === 'time-up' ? 'time' : 'submit'}</td>
								</tr>
							))}
						</tbody>
					</table>
				</>
			)}

			<h2>Mastery by topic</h2>
			{topics.length === 0 ? (
				<p>Appears after your first exam.</p>
			) : (
				<ul className="mastery">
					{topics.map(([key, m]) => {
						const pct = Math.round((100 * m.correct) / Math.max(1, m.total));
						return (
							<li key={key}>
								<span className="mastery-name">{key}</span>
								<meter min={0} max={100} value={pct} aria-label={`${key} mastery`} />
								<span>
									{pct}% ({m.correct} of {m.total})
								</span>
							</li>
						);
					})}
				</ul>
			)}

			<h2>Lessons and review</h2>
			<p>
				Lessons marked done: {lessonsDone} of {lessonCount}. Review cards due now:{' '}
				{dueCards(s.review, now).length} of {Object.keys(s.review).length} (
				<a href="/review/">Review today</a>).
			</p>

			<h2>Settings</h2>
			<label className="field">
				<span>Exam date (the review schedule brings every card back before it)</span>
				<input
					type="date"
					value={s.settings.examDate ?? ''}
					onChange={(e) => s.setExamDate(e.target.value === '' ? null : e.target.value)}
				/>
			</label>

			<h2>Your data</h2>
			<p>
				Everything is stored in this browser only. Export it to keep a copy or move it to another
				browser.
			</p>
			<div className="report-actions">
				<button type="button" className="button" onClick={download}>
					Export progress
				</button>
				<label className="button secondary file-button">
					Import progress
					<input
						type="file"
						accept="application/json,.json"
						className="visually-hidden"
						onChange={(e) => void upload(e.target.files?.[0])}
					/>
				</label>
				<button
					type="button"
					className="button secondary"
					onClick={() => resetDialog.current?.showModal()}
				>
					Reset progress
				</button>
			</div>
			<dialog ref={resetDialog} aria-labelledby="reset-heading" className="confirm-dialog">
				<h3 id="reset-heading">Delete all progress?</h3>
				<p>
					This removes your exam history, review cards and settings from this browser. Export first
					if you want a copy.
				</p>
				<div className="report-actions">
					<button
						type="button"
						className="button"
						onClick={() => {
							s.reset();
							resetDialog.current?.close();
							setMessage({ ok: true, text: 'Progress deleted.' });
						}}
					>
						Yes, delete
					</button>
					<button
						type="button"
						className="button secondary"
						onClick={() => resetDialog.current?.close()}
					>
						Cancel
					</button>
				</div>
			</dialog>
		</div>
	);
}
