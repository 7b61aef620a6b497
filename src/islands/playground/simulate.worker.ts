// Runs the simulator off the main thread, so the page stays responsive; progress is posted at
// most every 50 ms and the series arrays are transferred, not copied.
import { simulate } from '../../engine/simulator/simulate';
import type { Scenario, SimulationResult } from '../../engine/simulator/types';

export type WorkerRequest = { scenarios: Scenario[] };
export type WorkerMessage =
	| { type: 'progress'; fraction: number }
	| { type: 'done'; results: SimulationResult[] }
	| { type: 'error'; message: string; field?: string };

const post = (message: WorkerMessage, transfer: Transferable[] = []) =>
	self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const { scenarios } = event.data;
	const results: SimulationResult[] = [];
	let lastPost = 0;
	try {
		scenarios.forEach((scenario, i) => {
			results.push(
				simulate(scenario, undefined, {
					onProgress: (fraction) => {
						const now = performance.now();
						if (now - lastPost < 50) return;
						lastPost = now;
						post({ type: 'progress', fraction: (i + fraction) / scenarios.length });
					},
				}),
			);
		});
		post(
			{ type: 'done', results },
			results.flatMap((r) => Object.values(r.series).map((a: Float64Array) => a.buffer)),
		);
	} catch (error) {
		const e = error as Error & { field?: string };
		post({ type: 'error', message: e.message, ...(e.field ? { field: e.field } : {}) });
	}
};
