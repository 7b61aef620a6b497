import { useMemo, type Ref } from 'react';
import type { ExamItem } from '../../engine/exam';
import { scenarioModel, shuffle, type Answer } from '../../engine/quiz';
import { createRng } from '../../engine/random';
import { limits } from '../../engine/shipped-limits';
import { stemOf, withFacts } from './text';

/** Props of one question on screen. */
export interface QuestionViewProps {
	item: ExamItem;
	number: number;
	total: number;
	answer: Answer | undefined;
	seed: number;
	onAnswer(answer: Answer | undefined): void;
	headingRef: Ref<HTMLHeadingElement>;
}

// Steps start in a seeded order that depends on the exam and the item, so a reload shows the same.
// `ids` is the correct order (the schema lists steps in order).
function seededOrder(ids: string[], seed: number, itemId: string): string[] {
	let h = seed >>> 0;
	for (const c of itemId) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
	const order = shuffle(createRng(h), ids);
	// Never start solved: a shuffle that lands on the key is rotated by one step.
	return order.every((id, i) => id === ids[i]) ? [...order.slice(1), ...order.slice(0, 1)] : order;
}

/** One exam question of any kind, with its answer controls. */
export function QuestionView({
	item,
	number,
	total,
	answer,
	seed,
	onAnswer,
	headingRef,
}: QuestionViewProps) {
	const q = item.question;
	const stem = withFacts(stemOf(item));
	const scenario = useMemo(() => (q.kind === 'scenario' ? scenarioModel(q, limits) : null), [q]);
	const name = `answer-${item.id}`;
	let body: React.ReactNode = null;

	if (q.kind === 'single' || q.kind === 'scenario') {
		const options =
			q.kind === 'single'
				? q.options.map((o) => ({ id: o.id, label: withFacts(o.text) }))
				: (scenario?.options ?? []);
		body = (
			<fieldset className="answer-group">
				<legend>{stem}</legend>
				{options.map((o) => (
					<label key={o.id} className="choice">
						<input
							type="radio"
							name={name}
							checked={answer === o.id}
							onChange={() => onAnswer(o.id)}
						/>
						<span>{o.label}</span>
					</label>
				))}
			</fieldset>
		);
	} else if (q.kind === 'multiple') {
		const chosen = Array.isArray(answer) ? (answer as string[]) : [];
		const toggle = (id: string) => {
			const next = chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
			onAnswer(next.length === 0 ? undefined : next);
		};
		body = (
			<fieldset className="answer-group">
				<legend>
					{stem} <strong>(Choose {q.choose}.)</strong>
				</legend>
				{q.options.map((o) => (
					<label key={o.id} className="choice">
						<input
							type="checkbox"
							checked={chosen.includes(o.id)}
							disabled={!chosen.includes(o.id) && chosen.length >= q.choose}
							onChange={() => toggle(o.id)}
						/>
						<span>{withFacts(o.text)}</span>
					</label>
				))}
				<p className="hint">
					{chosen.length} of {q.choose} chosen. Only the exact set scores.
				</p>
			</fieldset>
		);
	} else if (q.kind === 'ordering') {
		const order = Array.isArray(answer)
			? (answer as string[])
			: seededOrder(
					q.steps.map((s) => s.id),
					seed,
					item.id,
				);
		const text = (id: string) => withFacts(q.steps.find((s) => s.id === id)?.text ?? id);
		const move = (i: number, by: -1 | 1) => {
			const next = [...order];
			[next[i], next[i + by]] = [next[i + by] as string, next[i] as string];
			onAnswer(next);
		};
		body = (
			<fieldset className="answer-group">
				<legend>{stem}</legend>
				<ol className="order-list">
					{order.map((id, i) => (
						<li key={id}>
							<span className="order-number" aria-hidden="true">
								{i + 1}.
							</span>
							<span className="order-text">{text(id)}</span>
							<span className="order-buttons">
								<button
									type="button"
									className="button secondary"
									disabled={i === 0}
									onClick={() => move(i, -1)}
									aria-label={`Move up: ${text(id)}`}
								>
									↑
								</button>
								<button
									type="button"
									className="button secondary"
									disabled={i === order.length - 1}
									onClick={() => move(i, 1)}
									aria-label={`Move down: ${text(id)}`}
								>
									↓
								</button>
							</span>
						</li>
					))}
				</ol>
				{answer === undefined && (
					<button type="button" className="button secondary" onClick={() => onAnswer(order)}>
						Keep this order as my answer
					</button>
				)}
			</fieldset>
		);
	} else if (q.kind === 'matching') {
		const chosen = (
			answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {}
		) as Record<string, string>;
		const set = (prompt: string, value: string) => {
			const next = { ...chosen };
			if (value === '') delete next[prompt];
			else next[prompt] = value;
			onAnswer(Object.keys(next).length === 0 ? undefined : next);
		};
		body = (
			<fieldset className="answer-group">
				<legend>{stem}</legend>
				{q.prompts.map((p) => (
					<label key={p.id} className="match-row">
						<span>{withFacts(p.text)}</span>
						<select value={chosen[p.id] ?? ''} onChange={(e) => set(p.id, e.target.value)}>
							<option value="">Choose…</option>
							{q.answers.map((a) => (
								<option key={a.id} value={a.id}>
									{withFacts(a.text)}
								</option>
							))}
						</select>
					</label>
				))}
			</fieldset>
		);
	}

	return (
		<section className="exam-question" aria-labelledby={`h-${item.id}`}>
			<h2 id={`h-${item.id}`} tabIndex={-1} ref={headingRef}>
				Question {number} of {total}
			</h2>
			{item.caseStudy && (
				<div className="case-study">
					<p className="case-label">
						Case study, part {item.caseStudy.part} of {item.caseStudy.parts}
					</p>
					<p>{withFacts(item.caseStudy.scenario)}</p>
					{item.caseStudy.lead && <p>{withFacts(item.caseStudy.lead)}</p>}
				</div>
			)}
			{q.kind === 'scenario' && <p className="story">{withFacts(q.story)}</p>}
			{body}
			{answer !== undefined && (
				<button
					type="button"
					className="button secondary clear-answer"
					onClick={() => onAnswer(undefined)}
				>
					Clear answer
				</button>
			)}
		</section>
	);
}
