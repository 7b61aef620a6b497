// Import checks meaning, not only shape: a file that the schema's shape allows but that cannot be
// true is refused with its reason, and a refused import changes nothing. Export then import is a
// lossless round trip of the review schedule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueCards } from '../../src/engine/review';
import type { Attempt, Progress } from '../../src/schemas/progress';
import { createProgressStore, maxImportBytes, type ProgressStore } from '../../src/stores/progress';
import { createMemoryStorage, type KeyValueStorage } from '../../src/stores/safe-storage';

const key = 'test:progress';
const now = Date.UTC(2026, 10, 23, 10);
const DAY = 86_400_000;

const attempt = (id: string, over: Partial<Attempt> = {}): Attempt => ({
	id,
	blueprint: 'quick',
	finishedAt: now,
	correct: 15,
	total: 20,
	scaled: 765,
	passed: true,
	reason: 'submitted',
	byTopic: [{ key: 'serverless', correct: 3, total: 4 }],
	missed: ['q-b'],
	seen: ['q-a', 'q-b'],
	...over,
});

const card = (id: string) => ({
	id,
	due: now + DAY,
	stability: 3.2,
	difficulty: 5.1,
	reps: 2,
	lapses: 0,
	state: 2,
	lastReview: now,
	scheduledDays: 1,
	learningSteps: 0,
});

const file = (state: unknown) =>
	JSON.stringify({
		app: 'endpoint-lab-progress',
		version: 2,
		exportedAt: new Date(now).toISOString(),
		state,
	});
const valid = (over: Record<string, unknown> = {}) => ({
	attempts: [attempt('exam-1-1')],
	review: { 'q:q-b': card('q:q-b') },
	settings: { examDate: '2026-12-15', accommodation: 'standard' },
	...over,
});

async function loaded(storage: KeyValueStorage = createMemoryStorage()): Promise<ProgressStore> {
	const store = createProgressStore(() => storage, key);
	await store.persist.rehydrate();
	return store;
}
const saved = (s: ProgressStore): Progress => {
	const { attempts, review, settings } = s.getState();
	return { attempts, review, settings };
};

describe('import: files that cannot be true are refused', () => {
	const impossible: [string, unknown, RegExp][] = [
		['25 right of 20', valid({ attempts: [attempt('e', { correct: 25 })] }), /25 right of 20/],
		[
			'a topic at 450%',
			valid({ attempts: [attempt('e', { byTopic: [{ key: 't', correct: 18, total: 4 }] })] }),
			/byTopic\.0\.correct: more answered right than asked/,
		],
		[
			'a topic asked more than the exam',
			valid({ attempts: [attempt('e', { byTopic: [{ key: 't', correct: 1, total: 40 }] })] }),
			/topic t asked 40 of an exam of 20/,
		],
		[
			'the same exam twice',
			valid({ attempts: [attempt('exam-1-1'), attempt('exam-1-1')] }),
			/exam exam-1-1 appears twice/,
		],
		[
			'a finish date no browser can show',
			valid({ attempts: [attempt('e', { finishedAt: 9e15 })] }),
			/attempts\.0\.finishedAt/,
		],
		[
			'an exam date of 2026-02-31',
			valid({ settings: { examDate: '2026-02-31', accommodation: 'standard' } }),
			/examDate: not a day/,
		],
		[
			'a card whose id differs from its key',
			valid({ review: { 'q:q-b': card('q:q-c') } }),
			/card id q:q-c differs from its key q:q-b/,
		],
		[
			'a due date no browser can show',
			valid({ review: { 'q:q-b': { ...card('q:q-b'), due: 9e15 } } }),
			/review\.q:q-b\.due/,
		],
		[
			'a difficulty above the FSRS scale',
			valid({ review: { 'q:q-b': { ...card('q:q-b'), difficulty: 45 } } }),
			/difficulty/,
		],
	];

	it.each(impossible)('%s', async (_label, state, reason) => {
		const store = await loaded();
		store.getState().importJSON(file(valid({ attempts: [attempt('kept')] })));
		const before = saved(store);
		const result = store.getState().importJSON(file(state));
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.reason).toMatch(reason);
		expect(saved(store)).toEqual(before);
	});

	it('the valid file they were made from is accepted', async () => {
		const store = await loaded();
		expect(store.getState().importJSON(file(valid()))).toEqual({ ok: true });
	});

	it(`a file above ${maxImportBytes / 1024 / 1024} MB is refused with the reason, unread`, async () => {
		const store = await loaded();
		const big = file(valid()).replace('"standard"', `"standard"${' '.repeat(maxImportBytes)}`);
		const result = store.getState().importJSON(big);
		expect(result).toEqual({
			ok: false,
			reason: expect.stringMatching(/most this browser can keep is 5 MB/),
		});
		expect(saved(store).attempts).toEqual([]);
	});

	it('a file the browser refuses to store is refused, and the progress is as it was', async () => {
		const store = await loaded(createMemoryStorage(2_000));
		store.getState().recordAttempt(attempt('kept'), [], now);
		const before = saved(store);
		const many = Object.fromEntries(
			Array.from({ length: 40 }, (_, i) => [`q:q-${i}`, card(`q:q-${i}`)]),
		);
		const result = store.getState().importJSON(file(valid({ review: many })));
		expect(result).toEqual({ ok: false, reason: expect.stringMatching(/refused to store it/) });
		expect(saved(store)).toEqual(before);
		expect(store.getState().saveStatus).toBe('saved');
	});
});

describe('notices on the progress page', () => {
	it('a first visit with nothing saved shows no "set aside" notice', async () => {
		const store = await loaded();
		expect(store.getState().hydrated).toBe(true);
		expect(store.getState().notice).toBeNull();
	});

	it('a successful import clears the notice about an unreadable earlier save', async () => {
		const storage = createMemoryStorage();
		storage.setItem(key, '{ not json');
		const store = await loaded(storage);
		expect(store.getState().notice).toMatch(/set aside/);
		expect(store.getState().importJSON(file(valid()))).toEqual({ ok: true });
		expect(store.getState().notice).toBeNull();
	});
});

describe('export then import is lossless', () => {
	type Step =
		| { kind: 'exam'; misses: number[]; rights: number[]; after: number }
		| { kind: 'rate'; card: number; rating: 1 | 2 | 3 | 4; after: number };
	const step: fc.Arbitrary<Step> = fc.oneof(
		fc.record({
			kind: fc.constant('exam' as const),
			misses: fc.array(fc.nat(9), { maxLength: 4 }),
			rights: fc.array(fc.nat(9), { maxLength: 4 }),
			after: fc.integer({ min: 0, max: 20 * DAY }),
		}),
		fc.record({
			kind: fc.constant('rate' as const),
			card: fc.nat(9),
			rating: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
			after: fc.integer({ min: 0, max: 20 * DAY }),
		}),
	);

	it('the same attempts, settings and every card field, so the same cards are due at any time', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(step, { minLength: 1, maxLength: 12 }),
				fc.option(fc.constantFrom('2026-12-15', '2027-03-01'), { nil: null }),
				async (steps, examDate) => {
					const source = await loaded();
					source.getState().setExamDate(examDate);
					let t = now;
					steps.forEach((s, i) => {
						t += s.after;
						if (s.kind === 'exam')
							source
								.getState()
								.recordAttempt(
									attempt(`exam-${i}-${t}`, { finishedAt: t }),
									[
										...s.misses.map((n) => ({ id: `q-${n}`, correct: false })),
										...s.rights.map((n) => ({ id: `q-${n}`, correct: true })),
									],
									t,
								);
						else source.getState().rateCard(`q:q-${s.card}`, s.rating, t);
					});
					const target = await loaded();
					expect(target.getState().importJSON(source.getState().exportJSON(t))).toEqual({
						ok: true,
					});
					expect(saved(target)).toEqual(saved(source));
					for (const at of [t, t + 60_000, t + DAY, t + 30 * DAY])
						expect(dueCards(target.getState().review, at)).toEqual(
							dueCards(source.getState().review, at),
						);
				},
			),
			{ numRuns: 60 },
		);
	});
});
