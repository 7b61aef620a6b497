// The presenter's position in a walkthrough as plain data, and the one reducer that moves it.
// Keys, buttons, the URL hash and messages from another window all become events here, so the
// presenter and audience windows agree by replaying the same rules.
import type { WhatIfDraft, WhatIfKey } from './what-if';

/** Where the presentation stands; small and serialisable, so it can cross windows. */
export interface WalkthroughState {
	/** The current step, 0-based. */
	step: number;
	/** How many reveals of the current step are shown (eliminations, then the answer). */
	reveal: number;
	/** The screen is blanked (B), so the room looks at the presenter. */
	blank: boolean;
	/** What-if inputs changed by the presenter, by step index; untouched steps have no entry. */
	overrides: Record<number, WhatIfDraft>;
}

/** What a walkthrough offers to move through: its step count and each step's reveals. */
export interface Deck {
	/** Number of steps; at least 1. */
	steps: number;
	/**
	 * Presses of "next" a step takes before moving on (a scenario: its eliminations, then the
	 * answer), under the given what-if inputs; `undefined` when those inputs are invalid.
	 */
	reveals(step: number, draft: WhatIfDraft | undefined): number | undefined;
}

/** Everything that can change the state. */
export type WalkthroughEvent =
	| { type: 'next' }
	| { type: 'back' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'goto'; step: number }
	| { type: 'blank'; blank?: boolean }
	| { type: 'what-if'; step: number; field: WhatIfKey; value: string }
	| { type: 'reset-what-if'; step: number };

/** The opening state: first step, nothing revealed, screen showing. */
export const initialState: WalkthroughState = { step: 0, reveal: 0, blank: false, overrides: {} };

/** An integer in [0, max], with anything that is not a finite number becoming 0. */
export function clampIndex(value: number, max: number): number {
	if (!Number.isFinite(value)) return 0;
	return Math.min(Math.max(0, Math.trunc(value)), Math.max(0, max));
}

/** The reveals of a step under its current what-if inputs (0 when they are invalid). */
export function revealsAt(state: WalkthroughState, deck: Deck, step = state.step): number {
	return deck.reveals(step, state.overrides[step]) ?? 0;
}

/** A state from elsewhere (another window, an older deck) fitted into this deck. */
export function clampState(state: WalkthroughState, deck: Deck): WalkthroughState {
	const step = clampIndex(state.step, deck.steps - 1);
	const overrides = Object.fromEntries(
		Object.entries(state.overrides).filter(([key]) => Number(key) < deck.steps),
	) as Record<number, WhatIfDraft>;
	const next = { ...state, step, overrides };
	return { ...next, reveal: clampIndex(state.reveal, revealsAt(next, deck)) };
}

const at = (state: WalkthroughState, step: number, reveal: number): WalkthroughState =>
	state.step === step && state.reveal === reveal ? state : { ...state, step, reveal };

/**
 * The state after one event. Next shows the step's next reveal, then moves on; back undoes
 * exactly one next, landing on the previous step fully revealed, as slide tools do.
 * @example
 * reduceWalkthrough(initialState, { type: 'next' }, { steps: 3, reveals: () => 0 }).step // 1
 */
export function reduceWalkthrough(
	state: WalkthroughState,
	event: WalkthroughEvent,
	deck: Deck,
): WalkthroughState {
	const last = Math.max(0, deck.steps - 1);
	switch (event.type) {
		case 'next':
			if (state.reveal < revealsAt(state, deck)) return at(state, state.step, state.reveal + 1);
			return state.step < last ? at(state, state.step + 1, 0) : state;
		case 'back':
			if (state.reveal > 0) return at(state, state.step, state.reveal - 1);
			return state.step > 0
				? at(state, state.step - 1, revealsAt(state, deck, state.step - 1))
				: state;
		case 'first':
			return at(state, 0, 0);
		case 'last':
			return at(state, last, 0);
		case 'goto': {
			const step = clampIndex(event.step, last);
			return step === state.step ? state : at(state, step, 0);
		}
		case 'blank': {
			const blank = event.blank ?? !state.blank;
			return blank === state.blank ? state : { ...state, blank };
		}
		case 'what-if':
		case 'reset-what-if':
			return changeWhatIf(state, event, deck);
	}
}

/** Applies a what-if change and keeps the reveal sensible: a shown answer stays shown. */
function changeWhatIf(
	state: WalkthroughState,
	event: Extract<WalkthroughEvent, { type: 'what-if' | 'reset-what-if' }>,
	deck: Deck,
): WalkthroughState {
	const step = clampIndex(event.step, deck.steps - 1);
	const before = state.overrides[step];
	const draft = event.type === 'what-if' ? { ...before, [event.field]: event.value } : undefined;
	const overrides = Object.fromEntries(
		Object.entries(state.overrides).filter(([key]) => Number(key) !== step),
	) as Record<number, WhatIfDraft>;
	if (draft) overrides[step] = draft;
	if (step !== state.step) return { ...state, overrides };
	const wasFull = deck.reveals(step, before);
	const nowFull = deck.reveals(step, draft);
	// Invalid inputs: keep the reveal as it is until they are fixed.
	if (nowFull === undefined) return { ...state, overrides };
	const reveal = wasFull !== undefined && state.reveal >= wasFull ? nowFull : state.reveal;
	return { ...state, overrides, reveal: Math.min(reveal, nowFull) };
}
