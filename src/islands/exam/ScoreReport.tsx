import { useEffect, useRef, useState } from 'react';
import {
	misconceptionText,
	type ExamScore,
	type ExamState,
	type GroupScore,
} from '../../engine/exam';
import { ItemReview } from './ItemReview';
import { minutesText } from './text';

type Filter = 'all' | 'wrong' | 'flagged' | `topic:${string}`;

function GroupTable({
	caption,
	column,
	rows,
	label,
}: {
	caption: string;
	column: string;
	rows: GroupScore[];
	label: (k: string) => string;
}) {
	return (
		<table className="group-table">
			<caption>{caption}</caption>
			<thead>
				<tr>
					<th scope="col">{column}</th>
					<th scope="col">Right</th>
					<th scope="col">Share</th>
				</tr>
			</thead>
			<tbody>
				{rows.map((g) => (
					<tr key={g.key}>
						<th scope="row">{label(g.key)}</th>
						<td>
							{g.correct} of {g.total}
						</td>
						<td>{Math.round((100 * g.correct) / Math.max(1, g.total))}%</td>
					</tr>
				))}
			</tbody>
		</table>
	);
}

/** The score report: raw and estimated scaled score, breakdowns, misconceptions, every question. */
export function ScoreReport({
	exam,
	score,
	onPractise,
	onNew,
}: {
	exam: ExamState;
	score: ExamScore;
	onPractise(questionIds: string[]): void;
	onNew(): void;
}) {
	const heading = useRef<HTMLHeadingElement>(null);
	const [filter, setFilter] = useState<Filter>('all');
	useEffect(() => heading.current?.focus(), []);
	const shown = score.items
		.map((s, i) => ({ s, n: i + 1 }))
		.filter(({ s }) =>
			filter === 'all'
				? true
				: filter === 'wrong'
					? !s.correct
					: filter === 'flagged'
						? s.flagged
						: s.item.question.topics.includes(filter.slice(6) as never),
		);
	// 'other' names no belief worth telling the learner, so it is left out of the list.
	const beliefs = score.misconceptions.filter((m) => m.id !== 'other');
	const missed = [...new Set(score.items.filter((s) => !s.correct).map((s) => s.item.questionId))];
	return (
		<section className="score-report" aria-labelledby="report-heading">
			<h2 id="report-heading" tabIndex={-1} ref={heading}>
				Score report
			</h2>
			{exam.submitReason === 'time-up' && (
				<p className="exam-notice">
					Time ran out, so the exam was submitted automatically at the deadline.
				</p>
			)}
			<div className="score-summary">
				<p className="score-big">
					{score.correct} of {score.total} right (
					{Math.round((100 * score.correct) / Math.max(1, score.total))}%)
				</p>
				<p>
					Estimated scaled score: <strong>{score.scaled}</strong> (pass line {score.passingScore}):{' '}
					<strong>{score.passed ? 'at or above the pass line' : 'below the pass line'}</strong>.
				</p>
				<p className="hint">
					{score.scaledFormula} On the real exam, {score.unscoredOnRealExam} of the questions are
					unscored trial items; this practice exam scores all {score.total}. Time used:{' '}
					{minutesText(score.elapsedMs)}.
				</p>
			</div>
			{beliefs.length > 0 && (
				<>
					<h3>What the wrong answers suggest</h3>
					<ul>
						{beliefs.map((m) => (
							<li key={m.id}>
								{misconceptionText[m.id]} ({m.count} question{m.count === 1 ? '' : 's'})
							</li>
						))}
					</ul>
				</>
			)}
			<div className="report-tables">
				<GroupTable caption="Score by topic" column="Topic" rows={score.byTopic} label={(k) => k} />
				<GroupTable
					caption="Score by exam task"
					column="Task"
					rows={score.byTask}
					label={(k) => `Task ${k}`}
				/>
			</div>
			<div className="report-actions">
				{missed.length > 0 && (
					<button type="button" className="button" onClick={() => onPractise(missed)}>
						Practise these again ({missed.length})
					</button>
				)}
				<button type="button" className="button secondary" onClick={onNew}>
					Start a new exam
				</button>
				<a className="button secondary" href="/review/">
					Review today
				</a>
				<a className="button secondary" href="/progress/">
					Progress and history
				</a>
			</div>
			<h3>Every question</h3>
			<label className="field report-filter">
				<span>Show</span>
				<select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
					<option value="all">All questions</option>
					<option value="wrong">Wrong or unanswered</option>
					<option value="flagged">Flagged</option>
					{score.byTopic.map((g) => (
						<option key={g.key} value={`topic:${g.key}`}>
							Topic: {g.key}
						</option>
					))}
				</select>
			</label>
			<p aria-live="polite">
				Showing {shown.length} of {score.items.length}.
			</p>
			<ul className="report-items">
				{shown.map(({ s, n }) => (
					<ItemReview key={s.item.id} score={s} number={n} answer={exam.answers[s.item.id]} />
				))}
			</ul>
		</section>
	);
}
