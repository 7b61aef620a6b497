import type { Question, QuestionKind } from '../../schemas/question';
import type { Rng } from '../random';

/** A Fisher–Yates shuffle driven by a seeded rng; returns a new array. */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/** Which authored questions a practice set may draw. */
export interface QuestionFilter {
	topics?: readonly string[];
	kinds?: readonly QuestionKind[];
	difficulty?: readonly (1 | 2 | 3)[];
	/** Lesson slugs: questions that send the learner to one of these lessons. */
	lessons?: readonly string[];
}

/** True when the question passes every filter that is set (an empty list means no filter). */
export function matchesFilter(q: Question, f: QuestionFilter): boolean {
	const some = <T>(wanted: readonly T[] | undefined, test: (v: T) => boolean) =>
		wanted === undefined || wanted.length === 0 || wanted.some(test);
	return (
		some(f.topics, (t) => (q.topics as readonly string[]).includes(t)) &&
		some(f.kinds, (k) => k === q.kind) &&
		some(f.difficulty, (d) => d === q.difficulty) &&
		some(f.lessons, (l) => (q.lessons as readonly string[]).includes(l))
	);
}

/**
 * Up to `count` questions that pass the filter, in a seeded order.
 * @example selectQuestions(bank, { kinds: ['single'] }, 10, createRng(7)).length // <= 10
 */
export function selectQuestions(
	bank: readonly Question[],
	filter: QuestionFilter,
	count: number,
	rng: Rng,
): Question[] {
	return shuffle(
		rng,
		bank.filter((q) => matchesFilter(q, filter)),
	).slice(0, Math.max(0, count));
}
