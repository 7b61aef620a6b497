import { allowedMs } from './format';
import { MAX_ADDED_MS } from './reduce';
import type { ExamState } from './types';

/** One rule a saved exam must keep: a name for the report and the test. */
type Rule = [problem: string, holds: (s: ExamState) => boolean];

const onlyItems = (s: ExamState, ids: string[]) => ids.every((id) => s.itemIds.includes(id));

const rules: Rule[] = [
	['item ids repeat', (s) => new Set(s.itemIds).size === s.itemIds.length],
	['answers name items not in the exam', (s) => onlyItems(s, Object.keys(s.answers))],
	['answer times name items not in the exam', (s) => onlyItems(s, Object.keys(s.answeredAt))],
	['flags name items not in the exam', (s) => onlyItems(s, s.flags)],
	['flags repeat', (s) => new Set(s.flags).size === s.flags.length],
	['flag times name items not in the exam', (s) => onlyItems(s, Object.keys(s.flaggedAt))],
	['position beyond the last item', (s) => s.position < s.itemIds.length],
	['added time beyond the most allowed', (s) => s.addedMs >= 0 && s.addedMs <= MAX_ADDED_MS],
	[
		'deadline does not match the time allowed',
		(s) => {
			const ms = allowedMs(s.blueprint, s.accommodation);
			if (ms === null) return s.deadline === null;
			// Never more than the time allowed plus the time added; less does no harm.
			return (
				s.deadline !== null &&
				s.deadline >= s.startedAt &&
				s.deadline - s.startedAt <= ms + s.addedMs
			);
		},
	],
	[
		'ended before it started or after its deadline',
		(s) =>
			s.submittedAt === undefined ||
			(s.submittedAt >= s.startedAt && (s.deadline === null || s.submittedAt <= s.deadline)),
	],
	[
		'end time and reason disagree',
		(s) => (s.submittedAt === undefined) === (s.submitReason === undefined),
	],
];

/**
 * What is impossible in an exam state read back from storage (empty when it could be real):
 * answers to items the exam does not have, a deadline beyond the time allowed, and the like.
 * @example examProblems(startExam(blueprint, bank, 1, now, format)) // []
 */
export function examProblems(state: ExamState): string[] {
	return rules.filter(([, holds]) => !holds(state)).map(([problem]) => problem);
}
