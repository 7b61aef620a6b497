import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	generateOptionsFor,
	planSession,
	usePractice,
	type Settings,
} from '../../src/stores/practice';
import { caseStudy, matching, multiple, ordering, scenario, single } from '../engine/quiz/fixtures';

const bank = [single, multiple, ordering, matching, caseStudy, scenario];
const settings = (patch: Partial<Settings> = {}): Settings => ({
	topics: [],
	kinds: [],
	difficulty: [],
	count: 4,
	source: 'both',
	...patch,
});

describe('planSession', () => {
	it('mixes authored and generated questions, or keeps to one source', () => {
		const both = planSession(bank, settings(), 5);
		expect(both.filter((s) => s.from === 'generated')).toHaveLength(2);
		expect(
			planSession(bank, settings({ source: 'authored' }), 5).every((s) => s.from === 'authored'),
		).toBe(true);
		expect(
			planSession(bank, settings({ source: 'generated' }), 5).map(
				(s) => s.from === 'generated' && s.seed,
			),
		).toEqual([5, 6, 7, 8]);
	});

	it('generates nothing when scenarios are filtered out, and nothing matches an unknown topic', () => {
		expect(planSession(bank, settings({ kinds: ['single'] }), 1)).toEqual([
			{ from: 'authored', id: 'fx-single' },
		]);
		expect(planSession(bank, settings({ source: 'authored', topics: ['neo'] }), 1)).toEqual([]);
	});

	it('is the same for the same seed and never longer than asked (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1e6 }),
				fc.integer({ min: 1, max: 12 }),
				(seed, count) => {
					const plan = planSession(bank, settings({ count }), seed);
					expect(plan).toEqual(planSession(bank, settings({ count }), seed));
					expect(plan.length).toBeLessThanOrEqual(count);
				},
			),
		);
	});

	it('passes a single difficulty and a one-family topic choice to the generator', () => {
		expect(
			generateOptionsFor(settings({ difficulty: [3], topics: ['serverless', 'real-time'] })),
		).toEqual({ difficulty: 3, mode: 'inference' });
		expect(generateOptionsFor(settings({ difficulty: [1, 2], topics: ['multi-model'] }))).toEqual({
			mode: 'hosting',
		});
		expect(generateOptionsFor(settings({ topics: ['serverless', 'multi-model'] }))).toEqual({});
	});
});

describe('usePractice', () => {
	beforeEach(() => {
		usePractice.getState().reset();
		usePractice.getState().setBank(bank);
	});

	it('checks only a complete answer, counts the score, and moves on', () => {
		const store = usePractice.getState();
		store.startWith([
			{ from: 'authored', id: 'fx-multiple' },
			{ from: 'authored', id: 'fx-single' },
		]);
		store.check();
		expect(usePractice.getState().result).toBeNull();
		store.setDraft(['gpu', 'vpc']);
		store.check();
		expect(usePractice.getState().result?.correct).toBe(true);
		expect(usePractice.getState().tally).toEqual({
			answered: 1,
			correct: 1,
			score: 1,
			maxScore: 1,
		});
		store.next();
		expect(usePractice.getState().question?.id).toBe('fx-single');
		expect(usePractice.getState().result).toBeNull();
	});

	it('starts a generated scenario from a seed, with what-if state from its workload', () => {
		usePractice.getState().startFromSeed(11, { mode: 'inference' });
		const { question, whatIf, slots } = usePractice.getState();
		expect(question?.id).toBe('gen-11-inference');
		expect(whatIf).toEqual(question?.kind === 'scenario' ? question.workload : null);
		expect(slots).toHaveLength(10);
		usePractice.getState().setWhatIf({ caller: 'notified' });
		expect(usePractice.getState().whatIf?.caller).toBe('notified');
		expect(usePractice.getState().whatIf?.latencyTargetMs).toBeUndefined();
	});

	it('starts a lesson’s written questions, or says there are none', () => {
		usePractice.getState().startLesson('serverless', 3);
		const { slots } = usePractice.getState();
		expect(slots.length).toBe(bank.length);
		expect(slots.every((s) => s.from === 'authored')).toBe(true);
		usePractice.getState().reset();
		usePractice.getState().startLesson('rollout', 3);
		expect(usePractice.getState().notice).toMatch(
			/No written questions link to the lesson "rollout"/,
		);
	});

	it('says so when no question matches', () => {
		usePractice.getState().setSettings({ source: 'authored', topics: ['neo'] });
		usePractice.getState().start(1);
		expect(usePractice.getState().notice).toMatch(/No questions match/);
		expect(usePractice.getState().question).toBeNull();
	});
});
