import type { Question } from '../../schemas/question';
import { generateScenario } from '../quiz/generate';
import type { ExamItem } from './types';

/** The items a question contributes: itself, or one per case-study part (each scored on its own). */
export function itemsOf(q: Question): ExamItem[] {
	if (q.kind !== 'case-study')
		return [{ id: q.id, questionId: q.id, bankKind: q.kind, question: q }];
	const { topics, task, difficulty, lessons, facts } = q;
	return q.parts.map((part, i) => ({
		id: `${q.id}#${i + 1}`,
		questionId: q.id,
		bankKind: 'case-study',
		question: {
			...part,
			id: `${q.id}#${i + 1}`,
			topics,
			task,
			difficulty,
			lessons,
			facts,
		} as Question,
		caseStudy: {
			scenario: q.scenario,
			...(q.stem === undefined ? {} : { lead: q.stem }),
			part: i + 1,
			parts: q.parts.length,
		},
	}));
}

const generatedPattern = /^gen-(\d+)$/;

/** The id of a generated scenario drawn for an exam (plain seed, so it can be rebuilt). */
export const generatedItemId = (seed: number): string => `gen-${seed}`;

/** True for the id of a generated scenario (`gen-<seed>`). */
export const isGeneratedItemId = (id: string): boolean => generatedPattern.test(id);

/**
 * The items for these ids, rebuilt from the bank (authored) or from the seed in the id (generated).
 * Unknown ids are reported, not skipped, because a saved exam must come back whole.
 * @example resolveItems(state.itemIds, bank).length === state.itemIds.length
 */
export function resolveItems(itemIds: readonly string[], bank: readonly Question[]): ExamItem[] {
	const byId = new Map<string, ExamItem>();
	for (const q of bank) for (const item of itemsOf(q)) byId.set(item.id, item);
	return itemIds.map((id) => {
		const found = byId.get(id);
		if (found) return found;
		const seed = generatedPattern.exec(id)?.[1];
		if (seed !== undefined)
			return itemsOf({ ...generateScenario(Number(seed)), id })[0] as ExamItem;
		throw new Error(`exam item ${id} is not in the question bank`);
	});
}
