import type { LimitsModel } from '../../schemas/limits';
import type { Question, QuestionKind } from '../../schemas/question';
import { InvalidInputError } from '../errors';
import { limits as shippedLimits } from '../shipped-limits';
import { oneId } from './answer-shape';
import { gradeMatching, gradeMultiple, gradeOrdering, gradePart, gradeSingle } from './grade-items';
import { scenarioModel } from './scenario-key';
import type { GradeResult } from './types';

type Of<K extends QuestionKind> = Extract<Question, { kind: K }>;
type Grader<K extends QuestionKind> = (
	q: Of<K>,
	answer: unknown,
	model: LimitsModel,
) => GradeResult;

function gradeCaseStudy(q: Of<'case-study'>, answer: unknown, model: LimitsModel): GradeResult {
	if (!Array.isArray(answer) || answer.length !== q.parts.length)
		throw new InvalidInputError('answer', `must hold one answer per part (${q.parts.length})`);
	const parts = q.parts.map((part, i) => {
		try {
			return gradePart(part, answer[i], model);
		} catch (error) {
			if (error instanceof InvalidInputError)
				throw new InvalidInputError(`answer[${i}]`, error.message);
			throw error;
		}
	});
	const score = parts.reduce((sum, p) => sum + p.score, 0);
	return {
		correct: parts.every((p) => p.correct),
		score,
		maxScore: parts.length,
		feedback: parts.flatMap((p, i) => p.feedback.map((f) => ({ ...f, id: `${i + 1}.${f.id}` }))),
		parts,
	};
}

function gradeScenario(q: Of<'scenario'>, answer: unknown, model: LimitsModel): GradeResult {
	const { key, options, feedback } = scenarioModel(q, model);
	const id = oneId(
		answer,
		options.map((o) => o.id),
	);
	const correct = id === key;
	return {
		correct,
		score: correct ? 1 : 0,
		maxScore: 1,
		feedback: feedback.map((f) => ({ ...f, chosen: f.id === id })),
	};
}

/** One grader per question kind; a new kind is one new row. */
export const graders = {
	single: gradeSingle,
	multiple: gradeMultiple,
	ordering: gradeOrdering,
	matching: gradeMatching,
	'case-study': gradeCaseStudy,
	scenario: gradeScenario,
} satisfies { [K in QuestionKind]: Grader<K> };

/**
 * Grades an answer: right or wrong, the score, and feedback on every option, step or prompt.
 * Throws InvalidInputError when the answer has the wrong shape or names an unknown option.
 * @example
 * gradeAnswer(question, 'asynchronous').correct // true when the advisor's key is asynchronous
 * gradeAnswer(question, ['b', 'd']).score // 0 or 1: "choose N" has no partial credit
 */
export function gradeAnswer(
	question: Question,
	answer: unknown,
	model: LimitsModel = shippedLimits,
): GradeResult {
	const grade = graders[question.kind] as Grader<QuestionKind>;
	return grade(question as Of<QuestionKind>, answer, model);
}
