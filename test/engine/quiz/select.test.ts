import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesFilter, selectQuestions, shuffle } from '../../../src/engine/quiz';
import { createRng } from '../../../src/engine/random';
import { caseStudy, matching, multiple, ordering, scenario, single } from './fixtures';

const bank = [single, multiple, ordering, matching, caseStudy, scenario];

describe('selectQuestions', () => {
	it('keeps only questions that pass every filter', () => {
		const picked = selectQuestions(bank, { kinds: ['single', 'ordering'] }, 10, createRng(1));
		expect(picked.map((q) => q.kind).sort()).toEqual(['ordering', 'single']);
		expect(selectQuestions(bank, { topics: ['batch-transform'] }, 10, createRng(1))).toEqual([]);
		expect(matchesFilter(single, { difficulty: [1, 3] })).toBe(false);
		expect(matchesFilter(single, { lessons: ['serverless'] })).toBe(true);
		expect(matchesFilter(single, { lessons: ['rollout'] })).toBe(false);
	});

	it('returns the same order for the same seed and never more than asked (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0 }), fc.integer({ min: 0, max: 10 }), (seed, count) => {
				const a = selectQuestions(bank, {}, count, createRng(seed));
				expect(a).toEqual(selectQuestions(bank, {}, count, createRng(seed)));
				expect(a.length).toBe(Math.min(count, bank.length));
				expect(new Set(a.map((q) => q.id)).size).toBe(a.length);
			}),
		);
	});
});

describe('shuffle', () => {
	it('is a permutation of its input (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.integer()), fc.integer({ min: 0 }), (items, seed) => {
				expect(shuffle(createRng(seed), items).sort()).toEqual([...items].sort());
			}),
		);
	});
});
