import type { ItemScore } from '../../engine/exam';
import { gradeAnswer, scenarioModel, type GradeResult } from '../../engine/quiz';
import { limits } from '../../engine/shipped-limits';
import type { Question } from '../../schemas/question';
import { stemOf, withFacts } from './text';

// For an unanswered item, grade a neutral answer to get the key and every explanation, then
// mark nothing as chosen.
function keyResult(q: Question): GradeResult | undefined {
	const neutral: Record<Question['kind'], () => unknown> = {
		single: () => (q.kind === 'single' ? q.options[0]?.id : undefined),
		multiple: () => [],
		ordering: () => (q.kind === 'ordering' ? q.steps.map((s) => s.id) : undefined),
		matching: () => ({}),
		scenario: () => (q.kind === 'scenario' ? scenarioModel(q, limits).options[0]?.id : undefined),
		'case-study': () => undefined,
	};
	try {
		const r = gradeAnswer(q, neutral[q.kind]());
		return { ...r, feedback: r.feedback.map((f) => ({ ...f, chosen: false })) };
	} catch {
		return undefined;
	}
}

/** Option id -> the text the learner saw (single, multiple and scenario items). */
function optionLabels(q: Question): Map<string, string> {
	if (q.kind === 'single' || q.kind === 'multiple')
		return new Map(q.options.map((o) => [o.id, withFacts(o.text)]));
	if (q.kind === 'scenario')
		return new Map(scenarioModel(q, limits).options.map((o) => [o.id, o.label]));
	return new Map();
}

/** The learner's own ordering or matching, in words; other kinds show it in the option list. */
function yourAnswer(q: Question, answer: unknown): string[] | null {
	if (q.kind === 'ordering' && Array.isArray(answer))
		return answer.map((id) => withFacts(q.steps.find((s) => s.id === id)?.text ?? String(id)));
	if (q.kind === 'matching' && answer && typeof answer === 'object') {
		const chosen = answer as Record<string, string>;
		const text = (id: string | undefined) =>
			q.answers.find((a) => a.id === id)?.text ?? 'no answer';
		return q.prompts.map((p) => `${withFacts(p.text)} → ${withFacts(text(chosen[p.id]))}`);
	}
	return null;
}

// What each feedback line means depends on the kind: options are chosen or not, steps and
// prompts are placed right or not (their text then shows where they belong).
function mark(kind: Question['kind'], correct: boolean, chosen: boolean): string {
	if (kind === 'ordering') return correct ? 'In place' : 'Belongs here';
	if (kind === 'matching') return correct ? 'Matched right' : 'Should be';
	if (correct) return chosen ? 'Key, your choice' : 'Key';
	return chosen ? 'Your choice, wrong' : 'Not chosen';
}

function Feedback({
	result,
	labels,
	kind,
}: {
	result: GradeResult;
	labels: Map<string, string>;
	kind: Question['kind'];
}) {
	return (
		<ul className="feedback">
			{result.feedback.map((f) => (
				<li key={f.id} className={f.correct ? 'fb-right' : f.chosen ? 'fb-wrong' : undefined}>
					<span className="fb-mark">{mark(kind, f.correct, f.chosen)}</span>
					{': '}
					{labels.has(f.id) && <q>{labels.get(f.id)}</q>}
					{labels.has(f.id) && ' — '}
					{f.explanation}
					{f.fact && (
						<>
							{' '}
							(
							<a href={f.fact.url}>
								{f.fact.label}: {f.fact.value}
							</a>
							)
						</>
					)}
				</li>
			))}
		</ul>
	);
}

/** One question in the report: the stem, right or wrong, and feedback on every option or step. */
export function ItemReview({
	score,
	number,
	answer,
}: {
	score: ItemScore;
	number: number;
	answer: unknown;
}) {
	const { item } = score;
	const result = score.result ?? (score.answered ? undefined : keyResult(item.question));
	const status = !score.answered ? 'Not answered' : score.correct ? 'Right' : 'Wrong';
	const mine = score.answered ? yourAnswer(item.question, answer) : null;
	return (
		<li className={`report-item ${score.correct ? 'right' : 'wrong'}`}>
			<h4>
				Question {number}: {status}
				{score.flagged ? ' (flagged)' : ''}
			</h4>
			{item.caseStudy && (
				<p className="case-label">
					Case study, part {item.caseStudy.part}: {withFacts(item.caseStudy.scenario)}
				</p>
			)}
			{item.question.kind === 'scenario' && <p>{withFacts(item.question.story)}</p>}
			<p>{withFacts(stemOf(item))}</p>
			{!score.answered && <p>No answer given; it scored zero. The key:</p>}
			{result ? (
				<>
					{mine && (
						<>
							<p className="your-answer">Your answer:</p>
							<ol>
								{mine.map((line, i) => (
									<li key={i}>{line}</li>
								))}
							</ol>
							<p className="your-answer">The key:</p>
						</>
					)}
					<Feedback
						result={result}
						labels={optionLabels(item.question)}
						kind={item.question.kind}
					/>
					{result.explanation && <p className="explanation">{result.explanation}</p>}
				</>
			) : (
				<p>Your answer could not be read, so it scored zero.</p>
			)}
		</li>
	);
}
