// The lesson-progress store when the browser refuses to save: a failed write once set a notice,
// which persist saved again, which failed again, until the stack ran out ("Maximum call stack
// size exceeded" on /progress/).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notSavedNotice, progressStorageKey } from '../../src/stores/lesson-marks';
import { useLessonProgress } from '../../src/stores/lesson-progress';
import { createMemoryStorage, type KeyValueStorage } from '../../src/stores/safe-storage';

const now = new Date(Date.UTC(2026, 10, 23, 10));

/** Storage whose writes throw as a full or refusing browser's do. */
function refusing(error: () => Error): KeyValueStorage & { writes: number } {
	const inner = createMemoryStorage();
	const storage = {
		writes: 0,
		getItem: (k: string) => inner.getItem(k),
		setItem() {
			storage.writes += 1;
			throw error();
		},
		removeItem: (k: string) => inner.removeItem(k),
	};
	return storage;
}

const failures = {
	'setItem throwing': () => refusing(() => new Error('SecurityError')),
	'storage full (QuotaExceededError)': () =>
		refusing(() => new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
};

beforeEach(() => {
	useLessonProgress.setState({ done: {}, hydrated: false, notice: null });
});
afterEach(() => {
	vi.unstubAllGlobals();
});

describe('lesson progress: a save the browser refuses', () => {
	it.each(Object.entries(failures))(
		'%s: hydration and a new mark finish, with the not-saved notice',
		async (_label, make) => {
			const storage = make();
			vi.stubGlobal('localStorage', storage);
			await useLessonProgress.persist.rehydrate();
			const s = useLessonProgress.getState();
			expect(s.hydrated).toBe(true);
			expect(s.notice).toBe(notSavedNotice);
			const before = storage.writes;
			useLessonProgress.getState().markDone('anatomy', now);
			expect(useLessonProgress.getState().done['anatomy']).toBe(now.toISOString());
			expect(useLessonProgress.getState().notice).toBe(notSavedNotice);
			// One attempt per change, not an endless retry.
			expect(storage.writes - before).toBeLessThanOrEqual(2);
		},
	);

	it('storage disabled (reading localStorage throws): no loop, the notice says so', async () => {
		vi.stubGlobal('localStorage', undefined);
		Object.defineProperty(globalThis, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
		try {
			await useLessonProgress.persist.rehydrate();
			useLessonProgress.getState().markDone('anatomy', now);
			expect(useLessonProgress.getState().hydrated).toBe(true);
			expect(useLessonProgress.getState().notice).toBe(notSavedNotice);
		} finally {
			Object.defineProperty(globalThis, 'localStorage', {
				configurable: true,
				writable: true,
				value: undefined,
			});
		}
	});

	it('a later save that works clears the not-saved notice', async () => {
		const storage = createMemoryStorage(10);
		vi.stubGlobal('localStorage', storage);
		await useLessonProgress.persist.rehydrate();
		expect(useLessonProgress.getState().notice).toBe(notSavedNotice);
		vi.stubGlobal('localStorage', createMemoryStorage());
		useLessonProgress.getState().markDone('anatomy', now);
		expect(useLessonProgress.getState().notice).toBeNull();
		expect(JSON.parse(globalThis.localStorage.getItem(progressStorageKey)!).state.done).toEqual({
			anatomy: now.toISOString(),
		});
	});
});
