// Starts a worker that reads one uploaded trace; cancelling (a newer file, or "use the traffic
// shape") terminates it.
import type { Trace } from '../../engine/simulator/types';
import { RunCancelled } from './run-in-worker';
import type { TraceWorkerMessage } from './trace.worker';

/** Parses the file in a Web Worker, reporting the fraction read. */
export function parseTraceInWorker(
	file: Blob,
	onProgress: (fraction: number) => void,
): { result: Promise<Trace>; cancel(): void } {
	const worker = new Worker(new URL('./trace.worker.ts', import.meta.url), { type: 'module' });
	let reject: (e: Error) => void = () => {};
	const result = new Promise<Trace>((resolve, fail) => {
		reject = fail;
		worker.onmessage = (event: MessageEvent<TraceWorkerMessage>) => {
			const m = event.data;
			if (m.type === 'progress') return onProgress(m.fraction);
			worker.terminate();
			if (m.type === 'done') resolve(m.trace);
			else fail(Object.assign(new Error(m.message), m.field ? { field: m.field } : {}));
		};
		worker.onerror = (event) => {
			worker.terminate();
			fail(new Error(event.message || 'the trace could not be read'));
		};
	});
	worker.postMessage({ file });
	return {
		result,
		cancel() {
			worker.terminate();
			reject(new RunCancelled('cancelled'));
		},
	};
}
