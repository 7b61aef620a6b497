// The presenter's state in sessionStorage, so a reload keeps the reveals, what-if inputs, blank
// screen and playground results of the step it lands on. Read back through the same checks as a
// message from another window: storage is as untrusted as the channel.
import { parseMessage, stateMessage } from '../../engine/walkthrough/messages';
import type { RunSummary } from '../../engine/walkthrough/results';
import type { WalkthroughState } from '../../engine/walkthrough/state';

const key = (slug: string) => `endpoint-lab:walkthrough:${slug}:state`;

/** The saved state and results, or undefined when none (or nothing valid) was saved. */
export function readSaved(
	slug: string,
): { state: WalkthroughState; results: Record<number, RunSummary[]> } | undefined {
	try {
		const message = parseMessage(JSON.parse(sessionStorage.getItem(key(slug)) ?? 'null'));
		return message?.type === 'state' ? message : undefined;
	} catch {
		return undefined;
	}
}

/** Saves the state; a full or refused storage only loses this convenience. */
export function save(
	slug: string,
	state: WalkthroughState,
	results: Record<number, RunSummary[]>,
): void {
	try {
		sessionStorage.setItem(key(slug), JSON.stringify(stateMessage(state, results)));
	} catch {
		// Private mode or quota: the step still survives in the URL hash.
	}
}
