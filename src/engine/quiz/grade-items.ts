import type { LimitsModel } from '../../schemas/limits';
import type { QuestionPart } from '../../schemas/question';
import { oneId, pairs, permutation, someIds } from './answer-shape';
import { feedbackFact } from './placeholders';
import { placeholderFactIds, renderFacts } from '../limits/placeholders';
import type { FeedbackItem, GradeResult } from './types';

type Body<K extends QuestionPart['kind']> = Extract<QuestionPart, { kind: K }>;
type Options = Body<'single'>['options'];

function optionFeedback(
	options: Options,
	chosen: ReadonlySet<string>,
	model: LimitsModel,
): FeedbackItem[] {
	return options.map((o) => {
		const factId = placeholderFactIds(o.why)[0];
		return {
			id: o.id,
			correct: o.correct,
			chosen: chosen.has(o.id),
			explanation: renderFacts(o.why, model),
			...(factId === undefined ? {} : { fact: feedbackFact(model, factId) }),
		};
	});
}

const right = (correct: boolean) => ({ correct, score: correct ? 1 : 0, maxScore: 1 });

/** Single answer: right when the one chosen option is the correct one. */
export function gradeSingle(q: Body<'single'>, answer: unknown, model: LimitsModel): GradeResult {
	const id = oneId(
		answer,
		q.options.map((o) => o.id),
	);
	const correct = q.options.find((o) => o.id === id)?.correct === true;
	return { ...right(correct), feedback: optionFeedback(q.options, new Set([id]), model) };
}

/** "Choose N": right only when the chosen set is exactly the correct set (no partial credit). */
export function gradeMultiple(
	q: Body<'multiple'>,
	answer: unknown,
	model: LimitsModel,
): GradeResult {
	const ids = new Set(
		someIds(
			answer,
			q.options.map((o) => o.id),
			q.choose,
		),
	);
	const correct = ids.size === q.choose && q.options.every((o) => o.correct === ids.has(o.id));
	return { ...right(correct), feedback: optionFeedback(q.options, ids, model) };
}

/** Ordering: right only when every step is in its place. */
export function gradeOrdering(
	q: Body<'ordering'>,
	answer: unknown,
	model: LimitsModel,
): GradeResult {
	const order = permutation(
		answer,
		q.steps.map((s) => s.id),
	);
	const feedback = q.steps.map((step, i) => ({
		id: step.id,
		correct: order[i] === step.id,
		chosen: true,
		explanation: `Step ${i + 1} of ${q.steps.length}: ${renderFacts(step.text, model)}`,
	}));
	const correct = feedback.every((f) => f.correct);
	return { ...right(correct), feedback, explanation: renderFacts(q.explanation, model) };
}

/** Matching: right only when every prompt is matched to its answer. */
export function gradeMatching(
	q: Body<'matching'>,
	answer: unknown,
	model: LimitsModel,
): GradeResult {
	const chosen = pairs(
		answer,
		q.prompts.map((p) => p.id),
		q.answers.map((a) => a.id),
	);
	const answerText = (id: string) => q.answers.find((a) => a.id === id)?.text ?? id;
	const feedback = q.prompts.map((p) => ({
		id: p.id,
		correct: chosen[p.id] === p.match,
		chosen: true,
		explanation: `${renderFacts(p.text, model)} → ${renderFacts(answerText(p.match), model)}`,
	}));
	const correct = feedback.every((f) => f.correct);
	return { ...right(correct), feedback, explanation: renderFacts(q.explanation, model) };
}

/** Graders for every kind a case-study part can have; a new part kind is one new row. */
export const partGraders = {
	single: gradeSingle,
	multiple: gradeMultiple,
	ordering: gradeOrdering,
	matching: gradeMatching,
} satisfies {
	[K in QuestionPart['kind']]: (q: Body<K>, answer: unknown, model: LimitsModel) => GradeResult;
};

/** Grades one part with the grader of its kind. */
export function gradePart(part: QuestionPart, answer: unknown, model: LimitsModel): GradeResult {
	const grade = partGraders[part.kind] as (
		q: QuestionPart,
		a: unknown,
		m: LimitsModel,
	) => GradeResult;
	return grade(part, answer, model);
}
