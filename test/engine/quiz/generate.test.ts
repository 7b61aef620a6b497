import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/engine/errors';
import {
	generateScenario,
	gradeAnswer,
	isDefensible,
	measureDifficulty,
	scenarioModel,
} from '../../../src/engine/quiz';
import { limits } from '../../../src/engine/shipped-limits';
import { questionSchema } from '../../../src/schemas/question';

const seed = fc.integer({ min: 0, max: 2 ** 31 });
const options = fc.record(
	{
		difficulty: fc.constantFrom(1 as const, 2 as const, 3 as const),
		mode: fc.constantFrom('inference' as const, 'hosting' as const),
	},
	{ requiredKeys: [] },
);

describe('generateScenario', () => {
	it('tells a workload as a story and computes its key with the advisor', () => {
		const q = generateScenario(42, { mode: 'inference' });
		expect(q.kind).toBe('scenario');
		expect(q.story.length).toBeGreaterThan(80);
		expect(q.workload).toBeDefined();
		expect(q.expected).toBe(scenarioModel(q, limits).key);
		expect(q.id).toBe('gen-42-inference');
	});

	it('refuses a seed that is not a whole number, naming the field', () => {
		expect(() => generateScenario(-1)).toThrow(InvalidInputError);
		expect(() => generateScenario(1.5)).toThrow(/seed/);
		expect(() => generateScenario(1, { difficulty: 4 as never })).toThrow(/difficulty/);
	});

	it('gives the same question for the same seed and options (property)', () => {
		fc.assert(
			fc.property(seed, options, (s, o) => {
				expect(generateScenario(s, o)).toEqual(generateScenario(s, o));
			}),
			{ numRuns: 60 },
		);
	});

	it('emits questions that pass the same schema as authored ones (property)', () => {
		fc.assert(
			fc.property(seed, options, (s, o) => {
				const result = questionSchema.safeParse(generateScenario(s, o));
				expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
			}),
			{ numRuns: 80 },
		);
	});

	it('has a key the grader accepts, and every other option graded wrong with an explanation (property)', () => {
		fc.assert(
			fc.property(seed, options, (s, o) => {
				const q = generateScenario(s, o);
				const right = gradeAnswer(q, q.expected);
				expect(right.correct).toBe(true);
				for (const item of right.feedback.filter((f) => f.id !== q.expected)) {
					const wrong = gradeAnswer(q, item.id);
					expect(wrong.correct).toBe(false);
					expect(wrong.feedback.find((f) => f.chosen)?.explanation.length).toBeGreaterThan(20);
				}
			}),
			{ numRuns: 80 },
		);
	});

	it('only emits scenarios whose key survives a 2% nudge, with the difficulty it measures (property)', () => {
		fc.assert(
			fc.property(seed, options, (s, o) => {
				const q = generateScenario(s, o);
				expect(isDefensible(q, limits)).toBe(true);
				expect(q.difficulty).toBe(measureDifficulty(q, limits));
			}),
			{ numRuns: 80 },
		);
	});

	it('has the same key whether the story’s KB or GB is read as 1000 or 1024 (property)', () => {
		fc.assert(
			fc.property(seed, fc.constantFrom(1 as const, 2 as const, 3 as const), (s, difficulty) => {
				const q = generateScenario(s, { difficulty, mode: 'inference' });
				const said = / an? ([\d.,]+) (KB|GB) /.exec(q.story);
				if (!said?.[1] || !q.workload) return;
				const n = Number(said[1].replaceAll(',', ''));
				const decimal = said[2] === 'KB' ? n / 1000 : n * 1000;
				expect(scenarioModel({ workload: { ...q.workload, payloadMB: decimal } }, limits).key).toBe(
					q.expected,
				);
			}),
			{ numRuns: 150 },
		);
	});

	it('hits the asked difficulty for nearly every seed', () => {
		for (const difficulty of [1, 2, 3] as const) {
			const hits = Array.from({ length: 100 }, (_, s) =>
				generateScenario(s, { difficulty }),
			).filter((q) => q.difficulty === difficulty);
			expect(hits.length, `difficulty ${difficulty}`).toBeGreaterThanOrEqual(95);
		}
	}, 60_000);

	it('varies stories, answers and units across 500 seeds', () => {
		const qs = Array.from({ length: 500 }, (_, s) => generateScenario(s));
		expect(new Set(qs.map((q) => q.story)).size).toBeGreaterThanOrEqual(480);
		expect(new Set(qs.map((q) => q.expected)).size).toBeGreaterThanOrEqual(8);
		const units = ['KB', 'MB', 'GB', 'ms', 'seconds', 'minutes', '-minute'];
		for (const unit of units)
			expect(
				qs.some((q) => q.story.includes(` ${unit}`) || q.story.includes(unit)),
				unit,
			).toBe(true);
		expect(new Set(qs.map((q) => q.story.split(' runs a model')[0])).size).toBeGreaterThanOrEqual(
			15,
		);
	}, 60_000);
});
