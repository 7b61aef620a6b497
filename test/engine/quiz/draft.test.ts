import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	choicesOf,
	emptyDraft,
	gradeAnswer,
	isComplete,
	pickByNumber,
	presentQuestion,
} from '../../../src/engine/quiz';
import { createRng } from '../../../src/engine/random';
import { caseStudy, matching, multiple, ordering, scenario, single } from './fixtures';

describe('drafts', () => {
	it('start empty and become complete only when gradable', () => {
		const rng = createRng(1);
		expect(isComplete(single, emptyDraft(single, rng))).toBe(false);
		expect(isComplete(single, 'a')).toBe(true);
		expect(isComplete(multiple, ['gpu'])).toBe(false);
		expect(isComplete(multiple, ['gpu', 'vpc'])).toBe(true);
		expect(isComplete(matching, { p1: 'async', p2: 'batch' })).toBe(false);
		expect(isComplete(matching, { p1: 'async', p2: 'batch', p3: 'rt' })).toBe(true);
		expect(isComplete(caseStudy, ['b', null])).toBe(false);
		expect(isComplete(caseStudy, emptyDraft(caseStudy, rng))).toBe(false);
		expect(isComplete(ordering, emptyDraft(ordering, rng))).toBe(true);
	});

	it('never start an ordering question in the right order (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0 }), (seed) => {
				const draft = emptyDraft(ordering, createRng(seed));
				expect(gradeAnswer(ordering, draft).correct).toBe(false);
			}),
		);
	});

	it('number keys pick one option, or toggle up to N for "choose N" (property)', () => {
		expect(pickByNumber(scenario, null, 3)).toBe(choicesOf(scenario)[2]?.id);
		expect(pickByNumber(single, 'a', 9)).toBe('a');
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 12 }), (keys) => {
				const draft = keys.reduce(
					(d, n) => pickByNumber(multiple, d, n),
					[] as unknown as ReturnType<typeof pickByNumber>,
				);
				expect(Array.isArray(draft) && draft.length <= 2).toBe(true);
			}),
		);
	});

	it('presenting a question reorders options without changing the key (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0 }), (seed) => {
				const shown = presentQuestion(single, createRng(seed));
				expect(gradeAnswer(shown, 'b').correct).toBe(true);
				expect(
					choicesOf(shown)
						.map((c) => c.id)
						.sort(),
				).toEqual(['a', 'b', 'c']);
			}),
		);
	});
});
