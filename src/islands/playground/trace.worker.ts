// Reads an uploaded trace off the main thread: a five-million-line file takes seconds to parse,
// and the page (and its progress bar) must stay responsive meanwhile.
import { parseTrace } from '../../engine/simulator/trace';
import type { Trace } from '../../engine/simulator/types';

export type TraceWorkerRequest = { file: Blob };
export type TraceWorkerMessage =
	| { type: 'progress'; fraction: number }
	| { type: 'done'; trace: Trace }
	| { type: 'error'; message: string; field?: string };

const post = (message: TraceWorkerMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<TraceWorkerRequest>) => {
	try {
		const text = await event.data.file.text();
		let lastPost = 0;
		const trace = parseTrace(text, (fraction) => {
			const now = performance.now();
			if (now - lastPost < 50) return;
			lastPost = now;
			post({ type: 'progress', fraction });
		});
		post({ type: 'done', trace });
	} catch (error) {
		const e = error as Error & { field?: string };
		post({ type: 'error', message: e.message, ...(e.field ? { field: e.field } : {}) });
	}
};
