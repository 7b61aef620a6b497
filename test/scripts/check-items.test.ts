// The item-writing checks of issue 13, each shown to catch a tell and to pass a balanced item.
import { describe, expect, it } from 'vitest';
import { limits } from '../../src/engine/shipped-limits';
import type { Question } from '../../src/schemas/question';
import { bankItems, checkItems, itemRules, similarity } from '../../scripts/check-items';
import { checkQuestions, loadQuestionFiles } from '../../scripts/check-content';

let n = 0;
/** A single-answer item whose option texts are given, the first being the key. */
function single(
	texts: string[],
	stem = `A team asks question number ${++n} about endpoints.`,
): {
	file: string;
	question: Question;
} {
	return {
		file: `content/questions/x/q${n}.yaml`,
		question: {
			id: `q${n}`,
			kind: 'single',
			stem,
			options: texts.map((text, i) => ({
				id: `o${i}`,
				text,
				correct: i === 0,
				why: 'Because of the rule.',
			})),
			topics: ['real-time'],
			task: '3.1',
			difficulty: 2,
			lessons: ['real-time'],
			facts: [],
		} as unknown as Question,
	};
}
const words = (k: number) => Array.from({ length: k }, (_, i) => `word${i}`).join(' ');
const reasons = (bank: ReturnType<typeof single>[]) =>
	checkItems(bank, limits).problems.map((p) => p.reason);

describe('checkItems', () => {
	it('a key longer than 1.25x its longest distractor is a problem, naming the field', () => {
		const tell = single(['x'.repeat(130), 'y'.repeat(100), 'z'.repeat(60)]);
		expect(reasons([tell])).toContainEqual(
			expect.stringMatching(
				/^options: the key \(130 characters\) is longer than 1.25x the longest distractor \(100\)/,
			),
		);
		const fine = single(['x'.repeat(124), 'y'.repeat(100), 'z'.repeat(60)]);
		expect(reasons([fine]).filter((r) => r.startsWith('options'))).toEqual([]);
	});

	it('the key being the longest option in more than 35% of single items fails the bank', () => {
		const longest = (k: number) =>
			Array.from({ length: k }, () => single(['x'.repeat(105), 'y'.repeat(100), 'z'.repeat(100)]));
		const shorter = (k: number) =>
			Array.from({ length: k }, () => single(['x'.repeat(95), 'y'.repeat(100), 'z'.repeat(100)]));
		const share = (bank: ReturnType<typeof single>[]) =>
			checkItems(bank, limits).figures.keyLongestShare;
		expect(share([...longest(35), ...shorter(65)])).toBeCloseTo(0.35);
		expect(
			reasons([...longest(35), ...shorter(65)]).some((r) => r.includes('single-answer items')),
		).toBe(false);
		expect(reasons([...longest(36), ...shorter(64)])).toContainEqual(
			expect.stringMatching(/key is the longest option in 36 of 100/),
		);
	});

	it('absolute words above the bank share are reported, and counted in keys too', () => {
		const bank = Array.from({ length: 10 }, (_, i) =>
			single([
				i === 0 ? 'It never scales to zero at all' : 'It scales down to zero at night',
				'A second plain option here',
				'A third plain option here',
			]),
		);
		const { figures, problems } = checkItems(bank, limits);
		expect(figures.absoluteOptions).toBe(1);
		expect(figures.absoluteInKeys).toBe(1);
		expect(figures.absoluteShare).toBeLessThanOrEqual(itemRules.maxAbsoluteShare);
		expect(problems.some((p) => p.reason.includes('"always"'))).toBe(false);
		bank[1] = single(['Only the key', 'It is always on', 'It never stops']);
		expect(reasons(bank)).toContainEqual(
			expect.stringMatching(/options use "always", "never" or "only"/),
		);
	});

	it('two items asking the same thing are near-duplicates; different questions are not', () => {
		const a = single(
			['Grant sagemaker:InvokeEndpoint on the endpoint', 'Grant s3:GetObject', 'Grant kms:Decrypt'],
			'A Lambda function gets AccessDeniedException when it calls a SageMaker endpoint. Which permission is missing?',
		);
		const b = single(
			[
				'Grant sagemaker:InvokeEndpoint on the endpoint',
				'Grant ecr:BatchGetImage',
				'Grant iam:PassRole',
			],
			'Calls from a Lambda function to an endpoint fail with AccessDeniedException. What does its role lack?',
		);
		const c = single(
			['A scheduled action before each sale', 'A lower target value', 'A longer cooldown'],
			'Ticket sales bring a known surge at noon. What keeps latency low when the doors open?',
		);
		expect(reasons([a, b])).toContainEqual(
			expect.stringMatching(/^stem: a near-duplicate of content\/questions\/x\/q\d+\.yaml/),
		);
		expect(reasons([a, c]).filter((r) => r.startsWith('stem'))).toEqual([]);
	});

	it('similarity is 1 for the same words, 0 for none shared, and symmetric', () => {
		expect(similarity('serverless endpoint memory', 'memory endpoint serverless')).toBe(1);
		expect(similarity('serverless memory', 'batch transform')).toBe(0);
		expect(similarity(words(6), words(3))).toBe(similarity(words(3), words(6)));
	});
});

describe('the shipped bank', () => {
	it('has no item-writing tell: every figure within its rule', () => {
		const loaded = loadQuestionFiles();
		const { questions } = checkQuestions(loaded.raw);
		const { figures, problems } = checkItems(bankItems(loaded.raw, questions), limits);
		expect(problems).toEqual([]);
		expect(figures.singles).toBeGreaterThan(100);
		expect(figures.keyLongestShare).toBeLessThanOrEqual(itemRules.maxKeyLongestShare);
		expect(figures.keySetLongestShare).toBeLessThanOrEqual(itemRules.maxKeySetLongestShare);
		expect(figures.absoluteShare).toBeLessThanOrEqual(itemRules.maxAbsoluteShare);
	});
});
