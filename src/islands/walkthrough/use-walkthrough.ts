// The walkthrough's state in one window: the reducer, the `#step-N` hash, and the channel to the
// other windows. The presenter owns the state and broadcasts every change; an audience window
// asks for it on opening, follows it, and moves on its own when no presenter is around.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { formatStepHash, parseStepHash } from '../../engine/walkthrough/hash';
import { helloMessage, stateMessage } from '../../engine/walkthrough/messages';
import type { RunSummary } from '../../engine/walkthrough/results';
import {
	clampState,
	initialState,
	reduceWalkthrough,
	type WalkthroughEvent,
	type WalkthroughState,
} from '../../engine/walkthrough/state';
import { openChannel, type WalkthroughChannel } from './channel';
import type { DeckView, WindowRole } from './deck';
import { createDeck } from './outcome';
import { readSaved, save } from './saved-state';

type Action =
	{ type: 'event'; event: WalkthroughEvent } | { type: 'adopt'; state: WalkthroughState };

/** Playground results by step index. */
export type Results = Record<number, RunSummary[]>;

/** State, dispatch and playground results for one window. */
export function useWalkthrough(view: DeckView, role: WindowRole) {
	const deck = useMemo(() => createDeck(view.steps), [view.steps]);
	const [state, act] = useReducer(
		(s: WalkthroughState, a: Action) =>
			a.type === 'event' ? reduceWalkthrough(s, a.event, deck) : clampState(a.state, deck),
		initialState,
	);
	const dispatch = useCallback((event: WalkthroughEvent) => act({ type: 'event', event }), []);
	const [results, setResults] = useState<Results>({});
	// The server render (and hydration) show step 1; the hash is read once hydrated.
	const [ready, setReady] = useState(false);
	const latest = useRef({ state, results });
	useEffect(() => {
		latest.current = { state, results };
	}, [state, results]);
	const channel = useRef<WalkthroughChannel | null>(null);
	// Each presenter window names itself in its messages; hearing another name means two
	// presenters drive the same audience, and both windows say so.
	const [self] = useState(() => `p-${Math.random().toString(36).slice(2, 10)}`);
	const [otherPresenter, setOtherPresenter] = useState(false);
	const warned = useRef(false);

	useEffect(() => {
		const fromHash = () =>
			dispatch({ type: 'goto', step: parseStepHash(window.location.hash, deck.steps) });
		// A presenter reload on the same step restores its reveals and inputs; the hash decides.
		const saved = role === 'presenter' ? readSaved(view.slug) : undefined;
		if (saved && saved.state.step === parseStepHash(window.location.hash, deck.steps)) {
			act({ type: 'adopt', state: saved.state });
			setResults(saved.results);
		} else fromHash();
		setReady(true);
		window.addEventListener('hashchange', fromHash);
		return () => window.removeEventListener('hashchange', fromHash);
	}, [deck, dispatch, role, view.slug]);

	// replaceState, not pushState: stepping through forty reveals should not fill the history,
	// and Back leaves the presentation. A hand-edited hash or a #step link still fires hashchange.
	useEffect(() => {
		if (!ready) return;
		const hash = formatStepHash(state.step);
		if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
	}, [ready, state.step]);

	useEffect(() => {
		const open = openChannel(view.slug, (message) => {
			if (role === 'presenter' && message.type === 'hello')
				open.post(stateMessage(latest.current.state, latest.current.results, self));
			if (role === 'presenter' && message.type === 'state' && message.from !== self) {
				setOtherPresenter(true);
				// Answer once, so the other presenter learns of this one too.
				if (!warned.current)
					open.post(stateMessage(latest.current.state, latest.current.results, self));
				warned.current = true;
			}
			if (role === 'audience' && message.type === 'state') {
				act({ type: 'adopt', state: message.state });
				setResults(message.results);
			}
		});
		channel.current = open;
		if (role === 'audience') open.post(helloMessage());
		return () => {
			open.close();
			channel.current = null;
		};
	}, [view.slug, role, self]);

	useEffect(() => {
		if (role !== 'presenter' || !ready) return;
		channel.current?.post(stateMessage(state, results, self));
		save(view.slug, state, results);
	}, [role, ready, state, results, view.slug, self]);

	const setStepResults = useCallback(
		(step: number, rows: RunSummary[]) => setResults((r) => ({ ...r, [step]: rows })),
		[],
	);
	return { deck, state, dispatch, results, setStepResults, ready, otherPresenter };
}
