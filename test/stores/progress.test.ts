import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dueCards } from '../../src/engine/review';
import type { Attempt } from '../../src/schemas/progress';
import { createProgressStore, followProgress } from '../../src/stores/progress';
import { createMemoryStorage } from '../../src/stores/safe-storage';

const fixture = (name: string) =>
	readFileSync(path.resolve(import.meta.dirname, '../fixtures/progress', name), 'utf8');
const key = 'test:progress';
const now = Date.UTC(2026, 10, 23, 10);

const attempt: Attempt = {
	id: 'exam-1-1',
	blueprint: 'quick',
	finishedAt: now,
	correct: 1,
	total: 2,
	scaled: 400,
	passed: false,
	reason: 'submitted',
	byTopic: [{ key: 'serverless', correct: 1, total: 2 }],
	missed: ['q-b'],
	seen: ['q-a', 'q-b'],
};

async function loaded(storage = createMemoryStorage()) {
	const store = createProgressStore(() => storage, key);
	await store.persist.rehydrate();
	return { store, storage };
}

describe('progress store: loading saved data', () => {
	it('migrates a version 1 fixture to the current shape', async () => {
		const storage = createMemoryStorage();
		storage.setItem(key, fixture('v1.json'));
		const { store } = await loaded(storage);
		const s = store.getState();
		expect(s.hydrated).toBe(true);
		expect(s.notice).toBeNull();
		expect(s.attempts.map((a) => [a.blueprint, a.correct, a.total])).toEqual([
			['quick', 18, 20],
			['full', 30, 65],
		]);
		expect(s.attempts[0]!.finishedAt).toBe(Date.parse('2026-11-20T09:00:00.000Z'));
		expect(s.attempts[0]!.passed).toBe(true);
		expect(s.attempts[1]!.passed).toBe(false);
		expect(s.settings.examDate).toBe('2026-12-15');
		// The migrated state was written back in the new version.
		expect(JSON.parse(storage.getItem(key)!).version).toBe(2);
	});

	it('loads a current fixture unchanged', async () => {
		const storage = createMemoryStorage();
		storage.setItem(key, fixture('v2.json'));
		const { store } = await loaded(storage);
		expect(store.getState().attempts[0]?.reason).toBe('time-up');
		expect(store.getState().settings.accommodation).toBe('x1.5');
	});

	it.each([
		['corrupt JSON', 'corrupt.txt'],
		['a wrong shape', 'wrong-shape.json'],
		['a newer version', 'future.json'],
	])('sets aside %s with a notice and starts fresh', async (_label, file) => {
		const storage = createMemoryStorage();
		storage.setItem(key, fixture(file));
		storage.setItem(`${key}.corrupt-1`, 'an older backup');
		const { store } = await loaded(storage);
		const s = store.getState();
		expect(s.hydrated).toBe(true);
		expect(s.attempts).toEqual([]);
		expect(s.notice).toMatch(/set aside \(kept as test:progress\.corrupt-2\)/);
		expect(storage.getItem(`${key}.corrupt-2`)).toBe(fixture(file));
		expect(storage.getItem(`${key}.corrupt-1`)).toBe('an older backup');
		// The page keeps working: a new attempt is saved over the set-aside value.
		s.recordAttempt(attempt, [], now);
		expect(JSON.parse(storage.getItem(key)!).state.attempts).toHaveLength(1);
	});
});

describe('progress store: saving', () => {
	it('reports "not saved" when storage is full, keeps the state, and recovers', async () => {
		const storage = createMemoryStorage(2000);
		const { store } = await loaded(storage);
		store.getState().recordAttempt(attempt, [], now);
		expect(store.getState().saveStatus).toBe('saved');
		const big = {
			...attempt,
			id: 'exam-2-2',
			seen: Array.from({ length: 150 }, (_, i) => `question-${i}`),
		};
		expect(() => store.getState().recordAttempt(big, [], now)).not.toThrow();
		expect(store.getState().saveStatus).toBe('not-saved');
		expect(store.getState().attempts).toHaveLength(2);
		store.getState().reset();
		expect(store.getState().saveStatus).toBe('saved');
	});

	it('reports "not saved" when storage is disabled', async () => {
		const throwing = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			removeItem: () => {},
		};
		const store = createProgressStore(() => throwing, key);
		await store.persist.rehydrate();
		expect(store.getState().hydrated).toBe(true);
		store.getState().setExamDate('2026-12-01');
		expect(store.getState().saveStatus).toBe('not-saved');
		expect(store.getState().settings.examDate).toBe('2026-12-01');
	});

	it('records an exam once even if the page reports it twice', async () => {
		const { store } = await loaded();
		store.getState().recordAttempt(attempt, [], now);
		store.getState().recordAttempt(attempt, [], now + 5);
		expect(store.getState().attempts).toHaveLength(1);
	});

	it('schedules missed questions for review and reschedules a rated card later', async () => {
		const { store } = await loaded();
		store.getState().recordAttempt(
			attempt,
			[
				{ id: 'q-a', correct: true },
				{ id: 'q-b', correct: false },
			],
			now,
		);
		const review = store.getState().review;
		expect(Object.keys(review)).toEqual(['q:q-b']);
		expect(dueCards(review, now + 86_400_000).map((c) => c.id)).toEqual(['q:q-b']);
		store.getState().rateCard('q:q-b', 3, now + 86_400_000);
		expect(store.getState().review['q:q-b']!.due).toBeGreaterThan(now + 86_400_000);
	});
});

describe('progress store: other tabs', () => {
	const g = globalThis as { window?: EventTarget };
	afterEach(() => {
		delete g.window;
	});

	it('picks up a change written by another tab on the storage event', async () => {
		g.window = new EventTarget();
		const storage = createMemoryStorage();
		const { store: tabA } = await loaded(storage);
		const tabB = createProgressStore(() => storage, key);
		const stop = followProgress(tabB, key);
		await Promise.resolve();
		tabA.getState().recordAttempt(attempt, [], now);
		expect(tabB.getState().attempts).toHaveLength(0);
		g.window.dispatchEvent(Object.assign(new Event('storage'), { key }));
		await new Promise((r) => setTimeout(r, 0));
		expect(tabB.getState().attempts.map((a) => a.id)).toEqual([attempt.id]);
		stop();
	});
});

describe('progress store: export and import', () => {
	it('restores the same history from an exported file', async () => {
		const { store: a } = await loaded();
		a.getState().recordAttempt(attempt, [{ id: 'q-b', correct: false }], now);
		a.getState().setExamDate('2026-12-24');
		const file = a.getState().exportJSON(now);
		const { store: b } = await loaded();
		expect(b.getState().importJSON(file)).toEqual({ ok: true });
		const pick = (s: ReturnType<typeof a.getState>) => ({
			attempts: s.attempts,
			review: s.review,
			settings: s.settings,
		});
		expect(pick(b.getState())).toEqual(pick(a.getState()));
	});

	it.each([
		['not JSON', '{nope', /not JSON/],
		['another app', '{"hello": 1}', /not an Endpoint Lab progress file/],
		[
			'a wrong field',
			JSON.stringify({
				app: 'endpoint-lab-progress',
				version: 2,
				exportedAt: 'x',
				state: { attempts: 3, review: {}, settings: { examDate: null, accommodation: 'standard' } },
			}),
			/attempts/,
		],
		[
			'a newer version',
			JSON.stringify({ app: 'endpoint-lab-progress', version: 7, exportedAt: 'x', state: {} }),
			/newer/,
		],
	])('refuses %s with the reason and overwrites nothing', async (_label, text, reason) => {
		const { store } = await loaded();
		store.getState().recordAttempt(attempt, [], now);
		const result = store.getState().importJSON(text);
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.reason).toMatch(reason);
		expect(store.getState().attempts).toHaveLength(1);
	});

	it('imports a version 1 export through the migration', async () => {
		const { store } = await loaded();
		const v1 = JSON.parse(fixture('v1.json'));
		const text = JSON.stringify({
			app: 'endpoint-lab-progress',
			version: 1,
			exportedAt: 'x',
			state: v1.state,
		});
		expect(store.getState().importJSON(text)).toEqual({ ok: true });
		expect(store.getState().attempts).toHaveLength(2);
	});
});
