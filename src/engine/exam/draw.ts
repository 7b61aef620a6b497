import type { Question } from '../../schemas/question';
import { matchesFilter } from '../quiz/select';
import type { Rng } from '../random';
import { generatedItemId, isGeneratedItemId, itemsOf } from './items';
import type { Blueprint } from './types';

/** What the learner did before, for the 'missed before' and 'not seen yet' filters. */
export interface ExamHistory {
	/** Question ids answered wrongly at least once (and not right since). */
	missed: readonly string[];
	/** Question ids seen in any earlier exam. */
	seen: readonly string[];
}

// The exam weights domains, and our questions name a task such as '3.1': its domain is the digit.
const domainOf = (q: Question) => q.task.split('.')[0] ?? '';

function pickWeighted<T>(rng: Rng, entries: readonly [T, number][]): T | undefined {
	const total = entries.reduce((sum, [, w]) => sum + w, 0);
	if (total <= 0) return entries[0]?.[0];
	let r = rng.next() * total;
	for (const [value, w] of entries) {
		r -= w;
		if (r < 0) return value;
	}
	return entries[entries.length - 1]?.[0];
}

/**
 * Item ids for a blueprint: first one question of every kind the pool has, then questions drawn
 * domain by domain in proportion to the exam's domain weights, then generated scenarios if the
 * authored pool runs out (when the blueprint allows them). Case studies come whole or not at all.
 */
export function drawItemIds(
	blueprint: Blueprint,
	bank: readonly Question[],
	domainWeights: Record<string, number>,
	rng: Rng,
	history: ExamHistory,
): string[] {
	const missed = new Set(history.missed);
	const seen = new Set(history.seen);
	const pool =
		blueprint.source === 'generated'
			? []
			: bank.filter(
					(q) =>
						!q.id.startsWith('gen-') &&
						matchesFilter(q, { topics: blueprint.topics, kinds: blueprint.kinds }) &&
						(blueprint.only === 'all' ||
							(blueprint.only === 'missed' ? missed.has(q.id) : !seen.has(q.id))),
				);
	// Groups of item ids: a case study's parts stay together and in order.
	const chosen: string[][] = [];
	let size = 0;
	const remaining = [...pool];
	const take = (q: Question) => {
		remaining.splice(remaining.indexOf(q), 1);
		const ids = itemsOf(q).map((i) => i.id);
		if (size + ids.length > blueprint.count) return;
		chosen.push(ids);
		size += ids.length;
	};
	// Every kind represented: one of each, in a seeded order of kinds.
	const kinds = [...new Set(remaining.map((q) => q.kind))].sort();
	for (const kind of kinds) {
		const ofKind = remaining.filter((q) => q.kind === kind);
		if (ofKind.length > 0 && size < blueprint.count) take(rng.pick(ofKind));
	}
	while (size < blueprint.count && remaining.length > 0) {
		const domains = [...new Set(remaining.map(domainOf))].sort();
		const domain = pickWeighted(
			rng,
			domains.map((d) => [d, domainWeights[d] ?? 1] as [string, number]),
		);
		take(rng.pick(remaining.filter((q) => domainOf(q) === domain)));
	}
	if (
		blueprint.source !== 'authored' &&
		(blueprint.kinds.length === 0 || blueprint.kinds.includes('scenario'))
	) {
		const used = new Set(chosen.flat());
		// Generated scenarios missed before come back by their id (its seed rebuilds the same one);
		// a new random scenario was never missed, so 'missed' adds none.
		if (blueprint.only === 'missed')
			for (const id of history.missed)
				if (isGeneratedItemId(id) && !used.has(id) && size < blueprint.count) {
					used.add(id);
					chosen.push([id]);
					size += 1;
				}
		while (size < blueprint.count && blueprint.only !== 'missed') {
			const id = generatedItemId(rng.int(0, 2 ** 31 - 1));
			if (used.has(id)) continue;
			used.add(id);
			chosen.push([id]);
			size += 1;
		}
	}
	// Shuffle so the "one of each kind" items are not all at the front.
	for (let i = chosen.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[chosen[i], chosen[j]] = [chosen[j] as string[], chosen[i] as string[]];
	}
	return chosen.flat();
}
