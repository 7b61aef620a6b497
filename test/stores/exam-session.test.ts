import { afterEach, describe, expect, it } from 'vitest';
import { presetBlueprint, timeLeft } from '../../src/engine/exam';
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
