import { afterEach, describe, expect, it } from 'vitest';
import { presetBlueprint, timeLeft, type ExamState } from '../../src/engine/exam';
import { createExamSession, examKey } from '../../src/stores/exam-session';
import { createMemoryStorage } from '../../src/stores/safe-storage';
import { bank, format, t0 } from '../engine/exam/bank';

const quick = presetBlueprint('quick', format);
const channels: BroadcastChannel[] = [];
const channel = (name: string) => () => {
	const c = new BroadcastChannel(name);
	channels.push(c);
	return c;
};
afterEach(() => {
	for (const c of channels.splice(0)) c.close();
});

function running(storage = createMemoryStorage(), name = 'test-a', tab = 'tab-1') {
	const store = createExamSession(() => storage, channel(name), tab);
	store.getState().start(quick, bank, format, { seed: 4, now: t0, accommodation: 'standard' });
	return { store, storage };
}

describe('exam session store', () => {
	it('saves on every answer and a fresh page offers to resume with the same answers and time', async () => {
		const { store, storage } = running(undefined, 'resume');
		const id = store.getState().exam!.itemIds[0]!;
		store.getState().dispatch({ type: 'answer', now: t0 + 1000, itemId: id, answer: 'a' });
		store.getState().dispatch({ type: 'flag', now: t0 + 2000, itemId: id, flagged: true });
		store.getState().dispatch({ type: 'move', now: t0 + 3000, to: 2 });
		channels.splice(0).forEach((c) => c.close()); // the first tab is gone (reload or crash)
		const again = createExamSession(() => storage, channel('resume'), 'tab-2');
		await again.getState().init(t0 + 60_000);
		const s = again.getState();
		expect(s.phase).toBe('resume');
		expect(s.exam?.answers).toEqual({ [id]: 'a' });
		expect(s.exam?.flags).toEqual([id]);
		expect(s.exam?.position).toBe(2);
		expect(timeLeft(s.exam!, t0 + 60_000)).toBe(quick.minutes! * 60_000 - 60_000);
		again.getState().resume(t0 + 61_000);
		expect(again.getState().phase).toBe('running');
	});

	it('shows "running in another tab" while the owner tab is alive, and hands over on request', async () => {
		const storage = createMemoryStorage();
		const { store: owner } = running(storage, 'owner');
		const second = createExamSession(() => storage, channel('owner'), 'tab-2');
		await second.getState().init(t0 + 5000);
		expect(second.getState().phase).toBe('elsewhere');
		second.getState().resume(t0 + 6000);
		await new Promise((r) => setTimeout(r, 50));
		expect(second.getState().phase).toBe('running');
		expect(owner.getState().phase).toBe('elsewhere');
		// The tab that lost the exam no longer accepts answers.
		const before = owner.getState().exam;
		owner
			.getState()
			.dispatch({ type: 'answer', now: t0 + 7000, itemId: before!.itemIds[0]!, answer: 'a' });
		expect(owner.getState().exam).toBe(before);
	});

	it('ends an exam whose deadline passed while the page was closed', async () => {
		const { storage } = running(undefined, 'late');
		const later = createExamSession(() => storage, channel('late-2'), 'tab-2');
		await later.getState().init(t0 + 2 * 60 * 60_000);
		expect(later.getState().phase).toBe('done');
		expect(later.getState().exam?.submitReason).toBe('time-up');
		expect(JSON.parse(storage.getItem(examKey)!).exam.submitReason).toBe('time-up');
	});

	it('sets aside an unreadable saved exam with a notice', async () => {
		const storage = createMemoryStorage();
		storage.setItem(examKey, '{"version":1,"owner":"x","exam":{"itemIds":"nope"}}');
		const store = createExamSession(() => storage, channel('bad'), 'tab-1');
		await store.getState().init(t0);
		expect(store.getState().phase).toBe('start');
		expect(store.getState().notice).toMatch(/set aside \(kept as endpoint-lab:exam\.corrupt-1\)/);
		expect(storage.getItem(examKey)).toBeNull();
	});

	it('keeps running and reports "not saved" when storage is full', () => {
		const { store } = running(createMemoryStorage(50), 'full');
		expect(store.getState().phase).toBe('running');
		expect(store.getState().saveStatus).toBe('not-saved');
	});
});

/** One storage shared by tabs, sending each write to the other tabs as a storage event would. */
function sharedStorage(storage = createMemoryStorage()) {
	const listeners = new Map<string, (key: string | null) => void>();
	const emit = (from: string, key: string) => {
		for (const [tab, listener] of listeners) if (tab !== from) setTimeout(() => listener(key), 0);
	};
	/** A tab's session over the shared storage and channel `name`. */
	const open = (name: string, tab: string) =>
		createExamSession(
			() => ({
				getItem: (k) => storage.getItem(k),
				setItem(k, v) {
					storage.setItem(k, v);
					emit(tab, k);
				},
				removeItem(k) {
					storage.removeItem(k);
					emit(tab, k);
				},
			}),
			channel(name),
			tab,
			(listener) => {
				listeners.set(tab, listener);
				return () => listeners.delete(tab);
			},
		);
	return { storage, open };
}

const settle = () => new Promise((r) => setTimeout(r, 20));
const savedExam = (storage: { getItem(k: string): string | null }) =>
	JSON.parse(storage.getItem(examKey)!).exam as ExamState;

describe('exam session store with two tabs', () => {
	const answer = (store: ReturnType<typeof createExamSession>, i: number, now: number) =>
		store.getState().dispatch({
			type: 'answer',
			now,
			itemId: store.getState().exam!.itemIds[i]!,
			answer: 'a',
		});

	it('a tab taking over merges what the owner saved instead of overwriting it', async () => {
		const storage = createMemoryStorage();
		const { store: a } = running(storage, 'merge');
		answer(a, 0, t0 + 1000);
		// B reads the exam with one answer and shows "running elsewhere"; it hears no storage events.
		const b = createExamSession(
			() => storage,
			channel('merge'),
			'tab-2',
			() => () => {},
		);
		await b.getState().init(t0 + 2000);
		expect(b.getState().phase).toBe('elsewhere');
		for (const i of [1, 2, 3]) answer(a, i, t0 + 3000 + i);
		b.getState().resume(t0 + 5000);
		expect(Object.keys(savedExam(storage).answers)).toHaveLength(4);
		expect(Object.keys(b.getState().exam!.answers)).toHaveLength(4);
	});

	it('tabs taking turns keep every answer given in either', async () => {
		const { storage, open } = sharedStorage();
		const a = open('turns', 'tab-a');
		a.getState().start(quick, bank, format, { seed: 4, now: t0, accommodation: 'standard' });
		const b = open('turns', 'tab-b');
		await b.getState().init(t0 + 100);
		for (let turn = 0; turn < 6; turn++) {
			const [mine, other] = turn % 2 === 0 ? [b, a] : [a, b];
			mine.getState().resume(t0 + 1000 * turn + 500);
			await settle();
			expect(other.getState().phase).toBe('elsewhere');
			answer(mine, turn, t0 + 1000 * turn + 600);
		}
		await settle();
		expect(Object.keys(savedExam(storage).answers)).toHaveLength(6);
	});

	it('a tab showing "running elsewhere" follows the owner’s answers', async () => {
		const { open } = sharedStorage();
		const a = open('follow', 'tab-a');
		a.getState().start(quick, bank, format, { seed: 4, now: t0, accommodation: 'standard' });
		const b = open('follow', 'tab-b');
		await b.getState().init(t0 + 100);
		for (const i of [0, 1, 2]) answer(a, i, t0 + 1000 + i);
		await settle();
		expect(b.getState().phase).toBe('elsewhere');
		expect(Object.keys(b.getState().exam!.answers)).toHaveLength(3);
	});

	it('a tab offering to resume shows "running elsewhere" once another tab starts a new exam', async () => {
		const { open } = sharedStorage();
		const a = open('replaced', 'tab-a');
		a.getState().start(quick, bank, format, { seed: 4, now: t0, accommodation: 'standard' });
		channels.splice(0).forEach((c) => c.close()); // tab A is closed
		const b = open('replaced', 'tab-b');
		await b.getState().init(t0 + 100);
		expect(b.getState().phase).toBe('resume');
		const c = open('replaced', 'tab-c');
		c.getState().start(quick, bank, format, { seed: 5, now: t0 + 200, accommodation: 'standard' });
		await settle();
		expect(b.getState().phase).toBe('elsewhere');
		expect(b.getState().exam?.id).toBe(c.getState().exam?.id);
	});

	it('a submit in one tab is final: the other tab shows the result and cannot resume it', async () => {
		const { storage, open } = sharedStorage();
		const a = open('final', 'tab-a');
		a.getState().start(quick, bank, format, { seed: 4, now: t0, accommodation: 'standard' });
		const b = open('final', 'tab-b');
		await b.getState().init(t0 + 100);
		b.getState().resume(t0 + 200);
		await settle();
		expect(a.getState().phase).toBe('elsewhere');
		answer(b, 0, t0 + 300);
		b.getState().dispatch({ type: 'submit', now: t0 + 400 });
		await settle();
		expect(a.getState().phase).toBe('done');
		expect(a.getState().exam?.submittedAt).toBe(t0 + 400);
		a.getState().resume(t0 + 500);
		expect(a.getState().phase).toBe('done');
		expect(savedExam(storage).submittedAt).toBe(t0 + 400);
	});

	it('Continue in a tab that missed the submit still finds the exam finished', async () => {
		const storage = createMemoryStorage();
		const { store: a } = running(storage, 'missed');
		const b = createExamSession(
			() => storage,
			channel('missed'),
			'tab-2',
			() => () => {},
		);
		await b.getState().init(t0 + 100);
		a.getState().dispatch({ type: 'submit', now: t0 + 200 });
		b.getState().resume(t0 + 300);
		expect(b.getState().phase).toBe('done');
		expect(savedExam(storage).submittedAt).toBe(t0 + 200);
	});
});

/** A storage that, while `full`, refuses every write that needs more room than the value it replaces. */
function fillable() {
	const storage = createMemoryStorage();
	const state = { full: false };
	const view = {
		getItem: (k: string) => storage.getItem(k),
		setItem(k: string, v: string) {
			const before = storage.getItem(k);
			if (state.full && (before === null || v.length > before.length))
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			storage.setItem(k, v);
		},
		removeItem: (k: string) => storage.removeItem(k),
	};
	return { storage: view, state };
}

describe('exam session store with full storage', () => {
	it('a submit refused by storage is still finished after a reload, and saved once space frees', async () => {
		const { storage, state } = fillable();
		const { store } = running(storage as ReturnType<typeof createMemoryStorage>, 'full-submit');
		state.full = true;
		store.getState().dispatch({ type: 'submit', now: t0 + 1000 });
		expect(store.getState().saveStatus).toBe('not-saved');
		expect(savedExam(storage).submittedAt).toBeUndefined();
		channels.splice(0).forEach((c) => c.close());
		const reloaded = createExamSession(() => storage, channel('full-submit'), 'tab-2');
		await reloaded.getState().init(t0 + 5000);
		expect(reloaded.getState().phase).toBe('done');
		expect(reloaded.getState().exam?.submittedAt).toBe(t0 + 1000);
		state.full = false;
		reloaded.getState().save();
		expect(savedExam(storage).submittedAt).toBe(t0 + 1000);
	});

	it('does not rewrite (nor warn about) a finished exam that is already saved', async () => {
		const storage = createMemoryStorage();
		const { store } = running(storage, 'finished-read');
		store.getState().dispatch({ type: 'submit', now: t0 + 1000 });
		const refusing = {
			...storage,
			setItem() {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			},
		};
		const again = createExamSession(() => refusing, channel('finished-read-2'), 'tab-2');
		await again.getState().init(t0 + 5000);
		expect(again.getState().phase).toBe('done');
		expect(again.getState().saveStatus).toBe('saved');
	});

	it('retries a refused submit when another tab changes storage (space may have freed)', () => {
		const { storage, state } = fillable();
		let storageEvent: (key: string | null) => void = () => {};
		const store = createExamSession(
			() => storage,
			channel('retry-event'),
			'tab-1',
			(listener) => {
				storageEvent = listener;
				return () => {};
			},
		);
		store.getState().start(quick, bank, format, { seed: 4, now: t0, accommodation: 'standard' });
		state.full = true;
		store.getState().dispatch({ type: 'submit', now: t0 + 1000 });
		expect(store.getState().saveStatus).toBe('not-saved');
		state.full = false;
		storageEvent('endpoint-lab:progress');
		expect(store.getState().saveStatus).toBe('saved');
		expect(savedExam(storage).submittedAt).toBe(t0 + 1000);
	});

	it('retries a refused submit when the page is hidden, without a reload', () => {
		const { storage, state } = fillable();
		const { store } = running(storage as ReturnType<typeof createMemoryStorage>, 'retry');
		state.full = true;
		store.getState().dispatch({ type: 'submit', now: t0 + 1000 });
		state.full = false;
		store.getState().save();
		expect(store.getState().saveStatus).toBe('saved');
		expect(savedExam(storage).submitReason).toBe('submitted');
	});
});

describe('exam session store against bad input', () => {
	it('ignores null and malformed channel messages', async () => {
		const fake = {
			onmessage: null as ((e: { data: unknown }) => void) | null,
			postMessage() {},
			addEventListener() {},
			removeEventListener() {},
		};
		const storage = createMemoryStorage();
		const store = createExamSession(
			() => storage,
			() => fake as unknown as BroadcastChannel,
			'tab-1',
		);
		store.getState().start(quick, bank, format, { seed: 4, now: t0, accommodation: 'standard' });
		const id = store.getState().exam!.id;
		for (const data of [null, 42, 'claim', { type: 'claim' }, { type: 'claim', examId: id }])
			expect(() => fake.onmessage?.({ data })).not.toThrow();
		expect(store.getState().phase).toBe('running');
		fake.onmessage?.({ data: { type: 'claim', examId: id, tab: 'tab-2' } });
		expect(store.getState().phase).toBe('elsewhere');
	});

	it('still resumes an exam saved before answer times and added time were kept', async () => {
		const { storage, store: first } = running(undefined, 'old-record');
		const id = first.getState().exam!.itemIds[0]!;
		first.getState().dispatch({ type: 'answer', now: t0 + 1000, itemId: id, answer: 'a' });
		const old: Partial<ExamState> = { ...first.getState().exam! };
		delete old.answeredAt;
		delete old.flaggedAt;
		delete old.addedMs;
		storage.setItem(examKey, JSON.stringify({ version: 1, owner: 'x', exam: old }));
		channels.splice(0).forEach((c) => c.close());
		const store = createExamSession(() => storage, channel('old-record-2'), 'tab-2');
		await store.getState().init(t0 + 2000);
		expect(store.getState().phase).toBe('resume');
		expect(store.getState().exam).toMatchObject({
			answers: { [id]: 'a' },
			answeredAt: {},
			addedMs: 0,
		});
	});

	it.each([
		['a deadline far beyond the time allowed', (e: ExamState) => ({ deadline: e.deadline! * 2 })],
		[
			'answers to items the exam does not have',
			() => ({
				answers: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`q-${i}`, 'a'])),
			}),
		],
		['a position beyond the last item', (e: ExamState) => ({ position: e.itemIds.length })],
	])('sets aside a saved exam with %s', async (_, change) => {
		const { storage, store: first } = running(undefined, 'absurd');
		const exam = first.getState().exam!;
		storage.setItem(
			examKey,
			JSON.stringify({ version: 1, owner: 'x', exam: { ...exam, ...change(exam) } }),
		);
		channels.splice(0).forEach((c) => c.close());
		const store = createExamSession(() => storage, channel('absurd-2'), 'tab-2');
		await store.getState().init(t0 + 1000);
		expect(store.getState().phase).toBe('start');
		expect(store.getState().notice).toMatch(/set aside/);
	});
});

describe('exam session store clock', () => {
	it('keeps time moving forward when the wall clock is set back', () => {
		let mono = 0;
		const store = createExamSession(
			() => createMemoryStorage(),
			channel('clock'),
			'tab-1',
			() => () => {},
			() => mono,
		);
		store.getState().start(quick, bank, format, { seed: 4, now: t0, accommodation: 'standard' });
		mono = 10_000;
		store.getState().dispatch({ type: 'tick', now: t0 + 10_000 });
		mono = 11_000;
		// The system clock is set back an hour: the exam counts the one second that passed.
		store.getState().dispatch({ type: 'tick', now: t0 - 60 * 60_000 });
		expect(store.getState().now).toBe(t0 + 11_000);
		const id = store.getState().exam!.itemIds[0]!;
		store.getState().dispatch({ type: 'answer', now: t0 - 60 * 60_000, itemId: id, answer: 'a' });
		expect(store.getState().exam!.answeredAt[id]).toBe(t0 + 11_000);
	});
});
