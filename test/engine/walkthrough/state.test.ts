import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	clampState,
	initialState,
	reduceWalkthrough,
	type Deck,
	type WalkthroughEvent,
	type WalkthroughState,
} from '../../../src/engine/walkthrough';

/** Three steps; step 1 is a scenario with 2 eliminations + the answer (3 reveals). */
const deck: Deck = { steps: 3, reveals: (step) => (step === 1 ? 3 : 0) };
const run = (events: WalkthroughEvent[], d: Deck = deck, from = initialState) =>
	events.reduce((s, e) => reduceWalkthrough(s, e, d), from);
const next: WalkthroughEvent = { type: 'next' };
const back: WalkthroughEvent = { type: 'back' };

describe('reduceWalkthrough', () => {
	test('next reveals each elimination and the answer before moving on', () => {
		const positions = [1, 2, 3, 4, 5].map((n) => {
			const s = run(Array<WalkthroughEvent>(n).fill(next));
			return [s.step, s.reveal];
		});
		expect(positions).toEqual([
			[1, 0],
			[1, 1],
			[1, 2],
			[1, 3],
			[2, 0],
		]);
	});

	test('back from the step after a scenario lands on it fully revealed', () => {
		const s = run([{ type: 'goto', step: 2 }, back]);
		expect([s.step, s.reveal]).toEqual([1, 3]);
	});

	test('next on the last step and back on the first change nothing', () => {
		const end = run([{ type: 'last' }]);
		expect(reduceWalkthrough(end, next, deck)).toBe(end);
		expect(reduceWalkthrough(initialState, back, deck)).toBe(initialState);
	});

	test('Home and End jump to the first and last step with nothing revealed', () => {
		const mid = run([next, next]);
		expect(run([{ type: 'last' }], deck, mid)).toMatchObject({ step: 2, reveal: 0 });
		expect(run([{ type: 'first' }], deck, mid)).toMatchObject({ step: 0, reveal: 0 });
	});

	test('goto clamps out-of-range and non-finite steps', () => {
		expect(run([{ type: 'goto', step: 99 }]).step).toBe(2);
		expect(run([{ type: 'goto', step: -4 }]).step).toBe(0);
		expect(run([{ type: 'goto', step: Number.NaN }]).step).toBe(0);
	});

	test('B toggles the blank screen, and an explicit value sets it', () => {
		expect(run([{ type: 'blank' }]).blank).toBe(true);
		expect(run([{ type: 'blank' }, { type: 'blank' }]).blank).toBe(false);
		expect(run([{ type: 'blank', blank: false }]).blank).toBe(false);
	});

	test('a what-if change keeps a shown answer shown, even when the eliminations change', () => {
		// Reveals depend on the typed payload: '10' gives 2 eliminations + answer, '1' gives none.
		const live: Deck = {
			steps: 2,
			reveals: (step, draft) => {
				if (step !== 0) return 0;
				if (draft?.payloadMB === 'x') return undefined;
				return draft?.payloadMB === '1' ? 1 : 3;
			},
		};
		const answered = run([next, next, next], live);
		expect(answered).toMatchObject({ step: 0, reveal: 3 });
		const small = run(
			[{ type: 'what-if', step: 0, field: 'payloadMB', value: '1' }],
			live,
			answered,
		);
		expect(small).toMatchObject({ reveal: 1, overrides: { 0: { payloadMB: '1' } } });
		const invalid = run(
			[{ type: 'what-if', step: 0, field: 'payloadMB', value: 'x' }],
			live,
			small,
		);
		expect(invalid.reveal).toBe(1);
		const reset = run([{ type: 'reset-what-if', step: 0 }], live, small);
		expect(reset).toMatchObject({ reveal: 3, overrides: {} });
	});

	test('a partly revealed step keeps its place when a what-if change leaves room', () => {
		const live: Deck = { steps: 1, reveals: (_, d) => (d?.payloadMB ? 5 : 3) };
		const one = run([next], live);
		const changed = run([{ type: 'what-if', step: 0, field: 'payloadMB', value: '9' }], live, one);
		expect(changed.reveal).toBe(1);
	});
});

describe('clampState', () => {
	test('a state from a longer deck lands on the last step with a valid reveal', () => {
		const foreign = {
			step: 7,
			reveal: 9,
			blank: true,
			overrides: { 1: { payloadMB: '2' }, 7: {} },
		};
		expect(clampState(foreign, deck)).toEqual({
			step: 2,
			reveal: 0,
			blank: true,
			overrides: { 1: { payloadMB: '2' } },
		});
		expect(clampState({ ...initialState, step: 1, reveal: 9 }, deck).reveal).toBe(3);
	});
});

const eventArb: fc.Arbitrary<WalkthroughEvent> = fc.oneof(
	fc.constantFrom<WalkthroughEvent>(
		{ type: 'next' },
		{ type: 'back' },
		{ type: 'first' },
		{ type: 'last' },
		{ type: 'blank' },
	),
	fc.integer({ min: -5, max: 50 }).map((step): WalkthroughEvent => ({ type: 'goto', step })),
);
const deckArb = fc
	.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 12 })
	.map((counts): Deck => ({ steps: counts.length, reveals: (s) => counts[s] ?? 0 }));
const inRange = (s: WalkthroughState, d: Deck) =>
	s.step >= 0 &&
	s.step < d.steps &&
	s.reveal >= 0 &&
	s.reveal <= (d.reveals(s.step, undefined) ?? 0);

describe('reduceWalkthrough properties', () => {
	test('any key sequence keeps the step and reveal in range', () => {
		fc.assert(
			fc.property(deckArb, fc.array(eventArb, { maxLength: 60 }), (d, events) => {
				let s = initialState;
				for (const e of events) {
					s = reduceWalkthrough(s, e, d);
					if (!inRange(s, d)) return false;
				}
				return true;
			}),
		);
	});

	test('next then back returns to the same place, unless next could not move', () => {
		fc.assert(
			fc.property(deckArb, fc.array(eventArb, { maxLength: 40 }), (d, events) => {
				const s = run(events, d);
				const moved = reduceWalkthrough(s, next, d);
				if (moved === s) return true;
				const returned = reduceWalkthrough(moved, back, d);
				expect([returned.step, returned.reveal]).toEqual([s.step, s.reveal]);
				return true;
			}),
		);
	});

	test('back then next returns to the same place, unless back could not move', () => {
		fc.assert(
			fc.property(deckArb, fc.array(eventArb, { maxLength: 40 }), (d, events) => {
				const s = run(events, d);
				const moved = reduceWalkthrough(s, back, d);
				if (moved === s) return true;
				const returned = reduceWalkthrough(moved, next, d);
				expect([returned.step, returned.reveal]).toEqual([s.step, s.reveal]);
				return true;
			}),
		);
	});

	test('clampState keeps any state in range', () => {
		fc.assert(
			fc.property(deckArb, fc.nat(100), fc.nat(100), (d, step, reveal) =>
				inRange(clampState({ ...initialState, step, reveal }, d), d),
			),
		);
	});

	test('pressing next steps+reveals times from the start reaches the last step', () => {
		fc.assert(
			fc.property(deckArb, (d) => {
				let presses = d.steps - 1;
				for (let i = 0; i < d.steps - 1; i++) presses += d.reveals(i, undefined) ?? 0;
				const s = run(Array<WalkthroughEvent>(presses).fill(next), d);
				expect([s.step, s.reveal]).toEqual([d.steps - 1, 0]);
			}),
		);
	});
});
