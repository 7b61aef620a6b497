// The presenter and audience windows talk over a BroadcastChannel: same browser, same origin, no
// server. Missing support (very old browsers) leaves each window working on its own.
import {
	channelName,
	parseMessage,
	type WalkthroughMessage,
} from '../../engine/walkthrough/messages';

/** A channel for one walkthrough; `post` and `close` are no-ops where unsupported. */
export interface WalkthroughChannel {
	post(message: WalkthroughMessage): void;
	close(): void;
}

/** Opens the walkthrough's channel; only well-formed messages reach `onMessage`. */
export function openChannel(
	slug: string,
	onMessage: (message: WalkthroughMessage) => void,
): WalkthroughChannel {
	if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
	const channel = new BroadcastChannel(channelName(slug));
	channel.onmessage = (event: MessageEvent<unknown>) => {
		const message = parseMessage(event.data);
		if (message) onMessage(message);
	};
	return {
		post: (message) => channel.postMessage(message),
		close: () => channel.close(),
	};
}
