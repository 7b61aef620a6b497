import type { Misconception } from '../../schemas/question';
import { InvalidInputError } from '../errors';
import type { GradeResult } from '../quiz/types';
import type { ExamFormat } from './format';
import { scenarioMisconception } from './misconceptions';
import { estimateScaledScore, scaledFormula } from './scaled';
import type { ExamItem, ExamState, Grade } from './types';

/** One item in the report. */
export interface ItemScore {
	item: ExamItem;
	answered: boolean;
	flagged: boolean;
	correct: boolean;
	/** The grader's result; absent when unanswered. */
	result?: GradeResult;
	/** Wrong beliefs behind this item's wrong choices. */
	misconceptions: Misconception[];
}

/** Right out of total for one group (a topic or an exam task). */
export interface GroupScore {
	key: string;
	correct: number;
	total: number;
}

/** The score report's numbers. */
export interface ExamScore {
	correct: number;
	total: number;
	answered: number;
	/** Estimated scaled score; AWS does not publish its mapping. */
	scaled: number;
	scaledFormula: string;
	passingScore: number;
	passed: boolean;
	byTopic: GroupScore[];
	byTask: GroupScore[];
	/** Misconceptions behind wrong answers, most frequent first. */
	misconceptions: { id: Misconception; count: number; itemIds: string[] }[];
	items: ItemScore[];
	/** How long the learner took, ms (to submit or to the deadline). */
	elapsedMs: number;
	/** Practice exams score every item; the real exam leaves some unscored (see the report text). */
	unscoredOnRealExam: number;
}

function beliefs(item: ExamItem, result: GradeResult, answer: unknown): Misconception[] {
	const q = item.question;
	if (q.kind === 'single' || q.kind === 'multiple') {
		const chosen = new Set(result.feedback.filter((f) => f.chosen && !f.correct).map((f) => f.id));
		return q.options.flatMap((o) => (chosen.has(o.id) && o.misconception ? [o.misconception] : []));
	}
	if (q.kind === 'scenario' && typeof answer === 'string') {
		const key = result.feedback.find((f) => f.correct)?.id;
		const slip = key === undefined ? undefined : scenarioMisconception(answer, key);
		return slip ? [slip] : [];
	}
	return [];
}

function groups(scores: ItemScore[], keys: (s: ItemScore) => readonly string[]): GroupScore[] {
	const map = new Map<string, GroupScore>();
	for (const s of scores)
		for (const key of keys(s)) {
			const g = map.get(key) ?? { key, correct: 0, total: 0 };
			g.total += 1;
			if (s.correct) g.correct += 1;
			map.set(key, g);
		}
	return [...map.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Scores a finished (or running) exam: every item graded on its own, no partial credit (the
 * grader gives 0 or 1 per item), unanswered items wrong, an answer of the wrong shape wrong.
 * @example scoreExam(state, resolveItems(state.itemIds, bank), gradeAnswer, format).scaled
 */
export function scoreExam(
	state: ExamState,
	items: readonly ExamItem[],
	grade: Grade,
	format: ExamFormat,
): ExamScore {
	if (
		items.length !== state.itemIds.length ||
		items.some((item, i) => item.id !== state.itemIds[i])
	)
		throw new InvalidInputError('items', 'must be the exam items in the order of state.itemIds');
	const flags = new Set(state.flags);
	const scores: ItemScore[] = items.map((item) => {
		const flagged = flags.has(item.id);
		const answer = state.answers[item.id];
		if (answer === undefined)
			return { item, answered: false, flagged, correct: false, misconceptions: [] };
		let result: GradeResult;
		try {
			result = grade(item.question, answer);
		} catch (error) {
			if (error instanceof InvalidInputError)
				return { item, answered: true, flagged, correct: false, misconceptions: [] };
			throw error;
		}
		const correct = result.score === result.maxScore && result.correct;
		return {
			item,
			answered: true,
			flagged,
			correct,
			result,
			misconceptions: correct ? [] : beliefs(item, result, answer),
		};
	});
	const correct = scores.filter((s) => s.correct).length;
	const total = scores.length;
	const scaled = estimateScaledScore(total === 0 ? 0 : correct / total, format);
	const byMisconception = new Map<Misconception, string[]>();
	for (const s of scores)
		for (const m of s.misconceptions)
			byMisconception.set(m, [...(byMisconception.get(m) ?? []), s.item.id]);
	return {
		correct,
		total,
		answered: scores.filter((s) => s.answered).length,
		scaled,
		scaledFormula: scaledFormula(format),
		passingScore: format.passingScore,
		passed: scaled >= format.passingScore,
		byTopic: groups(scores, (s) => s.item.question.topics),
		byTask: groups(scores, (s) => [s.item.question.task]),
		misconceptions: [...byMisconception]
			.map(([id, itemIds]) => ({ id, count: itemIds.length, itemIds }))
			.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
		items: scores,
		elapsedMs: Math.max(
			0,
			(state.submittedAt ?? state.deadline ?? state.startedAt) - state.startedAt,
		),
		unscoredOnRealExam: format.questions - format.scoredQuestions,
	};
}
