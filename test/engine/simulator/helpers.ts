import type { Scenario } from '../../../src/engine/simulator/types';

/** Two-sided 95% Student t quantiles by degrees of freedom (1..30). */
const T95 = [
	12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
	2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
	2.045, 2.042,
];

/** Mean and 95% confidence half-width of independent replications: mean ± t * s / sqrt(R). */
export function confidence(values: readonly number[]): { mean: number; half: number } {
	const r = values.length;
	const mean = values.reduce((a, b) => a + b, 0) / r;
	const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (r - 1);
	const t = T95[r - 2] ?? 1.96;
	return { mean, half: (t * Math.sqrt(variance)) / Math.sqrt(r) };
}

/** A fixed real-time fleet fed Poisson arrivals with exponential service: an M/M/c queue. */
export function mmc(
	c: number,
	lambda: number,
	meanService: number,
	seed: number,
	durationSeconds: number,
	warmupSeconds: number,
): Scenario {
	return {
		option: 'real-time',
		seed,
		durationSeconds,
		warmupSeconds,
		payloadMB: 0.01,
		traffic: { shape: 'steady', meanRps: lambda },
		service: { distribution: 'exponential', meanSeconds: meanService },
		realTime: { instanceType: 'ml.m5.large', instances: c, workersPerInstance: 1 },
	};
}

/** Seeds 1..r. */
export const seeds = (r: number) => Array.from({ length: r }, (_, i) => i + 1);
