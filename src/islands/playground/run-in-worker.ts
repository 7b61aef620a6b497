// Starts a simulation worker per run; cancelling terminates it, which stops even a long loop.
import type { Scenario, SimulationResult } from '../../engine/simulator/types';
import type { WorkerMessage } from './simulate.worker';

export interface RunHandle {
	result: Promise<SimulationResult[]>;
	cancel(): void;
}

/** Thrown (as the promise's rejection) when the run was cancelled. */
export class RunCancelled extends Error {
	override readonly name = 'RunCancelled';
}

/** Runs the scenarios in a Web Worker, reporting the fraction done. */
export function runInWorker(
	scenarios: Scenario[],
	onProgress: (fraction: number) => void,
): RunHandle {
	const worker = new Worker(new URL('./simulate.worker.ts', import.meta.url), { type: 'module' });
	let reject: (e: Error) => void = () => {};
	const result = new Promise<SimulationResult[]>((resolve, fail) => {
		reject = fail;
		worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
			const m = event.data;
			if (m.type === 'progress') onProgress(m.fraction);
			else {
				worker.terminate();
				if (m.type === 'done') resolve(m.results);
				else fail(Object.assign(new Error(m.message), m.field ? { field: m.field } : {}));
			}
		};
		worker.onerror = (event) => {
			worker.terminate();
			fail(new Error(event.message || 'the simulation worker failed'));
		};
	});
	worker.postMessage({ scenarios });
	return {
		result,
		cancel() {
			worker.terminate();
			reject(new RunCancelled('cancelled'));
		},
	};
}
