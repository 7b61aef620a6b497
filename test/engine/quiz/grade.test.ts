import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/engine/errors';
import { gradeAnswer } from '../../../src/engine/quiz';
import { caseStudy, hosting, matching, multiple, ordering, scenario, single } from './fixtures';

describe('gradeAnswer: single', () => {
	it('marks the correct option right and explains every option with facts filled in', () => {
		const result = gradeAnswer(single, 'b');
		expect(result).toMatchObject({ correct: true, score: 1, maxScore: 1 });
		expect(result.feedback.map((f) => f.id)).toEqual(['a', 'b', 'c']);
		expect(result.feedback[0]?.explanation).toBe('That is the real-time limit (6 MB).');
		expect(result.feedback[0]?.fact).toMatchObject({ id: 'realtime.maxPayloadMB', value: '6 MB' });
		expect(result.feedback[0]?.fact?.url).toMatch(/^https:\/\//);
		expect(result.feedback.find((f) => f.chosen)?.id).toBe('b');
	});

	it('marks a distractor wrong', () => {
		expect(gradeAnswer(single, 'a')).toMatchObject({ correct: false, score: 0 });
	});

	it('rejects an unknown option or a wrong shape with a clear error', () => {
		expect(() => gradeAnswer(single, 'z')).toThrow(/unknown option "z"/);
		expect(() => gradeAnswer(single, ['b'])).toThrow(InvalidInputError);
	});
});

describe('gradeAnswer: multiple ("choose N", no partial credit)', () => {
	it('is right only for exactly the correct set', () => {
		expect(gradeAnswer(multiple, ['vpc', 'gpu']).correct).toBe(true);
		expect(gradeAnswer(multiple, ['gpu', 'scale'])).toMatchObject({ correct: false, score: 0 });
		expect(gradeAnswer(multiple, ['gpu'])).toMatchObject({ correct: false, score: 0 });
	});

	it('refuses more than N choices and duplicates', () => {
		expect(() => gradeAnswer(multiple, ['gpu', 'vpc', 'scale'])).toThrow(/at most 2/);
		expect(() => gradeAnswer(multiple, ['gpu', 'gpu'])).toThrow(/twice/);
	});

	it('gives no partial credit to any other subset (property)', () => {
		const ids = ['gpu', 'vpc', 'scale', 'https'];
		fc.assert(
			fc.property(fc.subarray(ids, { maxLength: 2 }), (chosen) => {
				const exact = chosen.length === 2 && chosen.includes('gpu') && chosen.includes('vpc');
				expect(gradeAnswer(multiple, chosen).score).toBe(exact ? 1 : 0);
			}),
		);
	});
});

describe('gradeAnswer: ordering and matching', () => {
	it('accepts the authored order and rejects a swap, with per-step feedback', () => {
		expect(gradeAnswer(ordering, ['model', 'config', 'endpoint']).correct).toBe(true);
		const wrong = gradeAnswer(ordering, ['config', 'model', 'endpoint']);
		expect(wrong.correct).toBe(false);
		expect(wrong.feedback.map((f) => f.correct)).toEqual([false, false, true]);
		expect(wrong.explanation).toMatch(/configuration names a model/);
	});

	it('requires every step exactly once', () => {
		expect(() => gradeAnswer(ordering, ['model', 'config'])).toThrow(/all 3 steps/);
	});

	it('grades matching per prompt and refuses unknown ids', () => {
		expect(gradeAnswer(matching, { p1: 'async', p2: 'batch', p3: 'rt' }).correct).toBe(true);
		const wrong = gradeAnswer(matching, { p1: 'async', p2: 'sl' });
		expect(wrong.correct).toBe(false);
		expect(wrong.feedback.map((f) => f.correct)).toEqual([true, false, false]);
		expect(() => gradeAnswer(matching, { p9: 'async' })).toThrow(/answer\.p9/);
		expect(() => gradeAnswer(matching, { p1: 'nope' })).toThrow(/unknown option "nope"/);
	});
});

describe('gradeAnswer: case study', () => {
	it('scores each part on its own', () => {
		const result = gradeAnswer(caseStudy, ['b', ['config', 'model', 'endpoint']]);
		expect(result).toMatchObject({ correct: false, score: 1, maxScore: 2 });
		expect(result.parts?.map((p) => p.correct)).toEqual([true, false]);
		expect(result.feedback[0]?.id).toBe('1.a');
	});

	it('needs one answer per part and names the part of a bad answer', () => {
		expect(() => gradeAnswer(caseStudy, ['b'])).toThrow(/one answer per part/);
		expect(() => gradeAnswer(caseStudy, ['b', ['model']])).toThrow(/answer\[1\]/);
	});
});

describe('gradeAnswer: scenario (key computed by the advisor)', () => {
	it('accepts the advisor’s best option', () => {
		expect(gradeAnswer(scenario, 'real-time').correct).toBe(true);
	});

	it('explains a wrong option with the limit it breaks, its value, the scenario value and the source', () => {
		const result = gradeAnswer(scenario, 'serverless');
		expect(result.correct).toBe(false);
		const chosen = result.feedback.find((f) => f.chosen);
		expect(chosen).toMatchObject({
			id: 'serverless',
			correct: false,
			fact: { id: 'serverless.maxPayloadMB', value: '4 MB' },
			scenarioValue: '5 MB',
		});
		expect(chosen?.explanation).toMatch(/5 MB payload is over the 4 MB limit/);
		expect(chosen?.fact?.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
	});

	it('grades hosting scenarios against recommendHosting', () => {
		const result = gradeAnswer(hosting, 'multi-container');
		expect(result.correct).toBe(false);
		expect(result.feedback.find((f) => f.id === 'multi-container')?.fact).toMatchObject({
			id: 'mce.maxContainers',
			value: '15',
		});
		expect(gradeAnswer(hosting, 'inference-components').correct).toBe(true);
	});

	it('refuses an option that is not one of the four', () => {
		expect(() => gradeAnswer(scenario, 'lambda')).toThrow(/unknown option "lambda"/);
	});
});
