import type { LimitsModel } from '../../schemas/limits';
import { numericFact } from '../limits/model';
import type { Accommodation, Blueprint } from './types';

/** The exam's shape as the limits model states it (never typed in here). */
export interface ExamFormat {
	questions: number;
	scoredQuestions: number;
	minutes: number;
	passingScore: number;
	minScore: number;
	maxScore: number;
	/** Domain number ('1'..'4') -> its weight in percent. */
	domainWeights: Record<string, number>;
}

/**
 * Reads the exam format from the `exam.*` facts.
 * @example examFormat(limits).questions // 65
 */
export function examFormat(model: LimitsModel): ExamFormat {
	const n = (id: string) => numericFact(model, `exam.${id}`);
	return {
		questions: n('questions'),
		scoredQuestions: n('scoredQuestions'),
		minutes: n('minutes'),
		passingScore: n('passingScore'),
		minScore: n('minScore'),
		maxScore: n('maxScore'),
		domainWeights: Object.fromEntries(['1', '2', '3', '4'].map((d) => [d, n(`domain${d}Percent`)])),
	};
}

/** Items in a quick exam; a product choice, not an exam fact. */
export const QUICK_EXAM_ITEMS = 20;

/** The ready-made blueprints: the full mock and a quick exam at the real exam's pace. */
export function presetBlueprint(name: 'full' | 'quick', format: ExamFormat): Blueprint {
	const count = name === 'full' ? format.questions : QUICK_EXAM_ITEMS;
	const minutes =
		name === 'full' ? format.minutes : Math.round((format.minutes / format.questions) * count);
	return { name, count, minutes, topics: [], kinds: [], source: 'both', only: 'all' };
}

/** How each accommodation changes the time limit; null = no limit. */
export const accommodationFactor = {
	standard: 1,
	'x1.5': 1.5,
	x2: 2,
	untimed: null,
} as const satisfies Record<Accommodation, number | null>;

/** Milliseconds allowed for a blueprint under an accommodation; null when untimed. */
export function allowedMs(blueprint: Blueprint, accommodation: Accommodation): number | null {
	const factor = accommodationFactor[accommodation];
	if (blueprint.minutes === null || factor === null) return null;
	return Math.round(blueprint.minutes * 60_000 * factor);
}
