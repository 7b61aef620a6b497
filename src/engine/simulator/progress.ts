import type { RunOptions } from './types';

/** Thrown when the caller's progress callback asks the run to stop. */
export class SimulationCancelled extends Error {
	override readonly name = 'SimulationCancelled';
	constructor() {
		super('simulation cancelled');
	}
}

/** Reports progress; throws SimulationCancelled when the callback returns false. */
export function checkProgress(options: RunOptions, fraction: number): void {
	if (options.onProgress?.(Math.min(1, fraction)) === false) throw new SimulationCancelled();
}
