import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLimitsModel } from '../../../src/engine/limits/model';
import { numericFact } from '../../../src/engine/limits/model';
import { limits, shippedLimitFiles } from '../../../src/engine/shipped-limits';
import { simulate } from '../../../src/engine/simulator/simulate';
import type { Scenario, SimulationResult } from '../../../src/engine/simulator/types';

const fleet = (seed: number, instances: number, rps: number, hours = 0.25): Scenario => ({
	option: 'real-time',
	seed,
	durationSeconds: hours * 3600,
	payloadMB: 0.5,
	traffic: { shape: 'steady', meanRps: rps },
	service: { distribution: 'lognormal', medianSeconds: 0.2, p99Seconds: 1.2 },
	realTime: { instanceType: 'ml.m5.large', instances, workersPerInstance: 1 },
});

const outcomeSum = (r: SimulationResult) => {
	const { total, ...rest } = r.requests;
	return { total, sum: Object.values(rest).reduce((a, b) => a + b, 0) };
};

describe('simulate properties', () => {
	it('the same seed gives the same result; another seed a different one', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
				const a = simulate(fleet(seed, 3, 5));
				expect(simulate(fleet(seed, 3, 5))).toEqual(a);
				expect(simulate(fleet(seed + 1, 3, 5)).latencySeconds).not.toEqual(a.latencySeconds);
			}),
			{ numRuns: 10 },
		);
	});

	it('more instances never raise p99 (or mean or max) at the same load and seed', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1e6 }),
				fc.integer({ min: 1, max: 4 }),
				fc.double({ min: 0.3, max: 0.9, noNaN: true }),
				(seed, c, load) => {
					// Mean service of this lognormal is about 0.28 s; keep the smallest fleet stable.
					const rps = (load * c) / 0.28;
					let previous = simulate(fleet(seed, c, rps));
					for (let more = c + 1; more <= c + 3; more++) {
						const next = simulate(fleet(seed, more, rps));
						expect(next.latencySeconds.p99).toBeLessThanOrEqual(previous.latencySeconds.p99);
						expect(next.latencySeconds.mean).toBeLessThanOrEqual(
							previous.latencySeconds.mean + 1e-12,
						);
						expect(next.latencySeconds.max).toBeLessThanOrEqual(previous.latencySeconds.max);
						previous = next;
					}
				},
			),
			{ numRuns: 15 },
		);
	});

	it('cost of a fixed fleet is instances x hours x price, exactly', () => {
		const price = numericFact(limits, 'price.ml.m5.large.usdPerHour');
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 24 }), (n, hours) => {
				const r = simulate(fleet(1, n, 0.2, hours));
				expect(r.costUSD.total).toBe(n * hours * price);
			}),
			{ numRuns: 20 },
		);
	});

	it('cost follows the limits model passed in, and a typed price overrides it', () => {
		const files = shippedLimitFiles.map((f) => ({
			...f,
			facts: f.facts.map((fact) =>
				fact.id === 'price.ml.m5.large.usdPerHour' ? { ...fact, value: 2 } : fact,
			),
		}));
		const model = createLimitsModel(files);
		expect(simulate(fleet(1, 3, 1, 2), model).costUSD.total).toBe(12);
		const typed = simulate({ ...fleet(1, 3, 1, 2), prices: { instanceUsdPerHour: 1 } });
		expect(typed.costUSD.total).toBe(6);
		expect(typed.costUSD.prices[0]?.overridden).toBe(true);
	});

	it('every request has exactly one outcome, for every option', () => {
		const scenarios = (seed: number, rps: number): Scenario[] => [
			{
				...fleet(seed, 1, rps),
				service: { distribution: 'lognormal', medianSeconds: 2, p99Seconds: 90 },
			},
			{
				option: 'serverless',
				seed,
				durationSeconds: 900,
				payloadMB: 1,
				traffic: {
					shape: 'spiky',
					baseRps: rps / 4,
					burstRps: rps * 3,
					burstSeconds: 30,
					burstsPerHour: 6,
				},
				service: { distribution: 'lognormal', medianSeconds: 1, p99Seconds: 70 },
				serverless: { memoryMB: 1024, maxConcurrency: 4, coldStartSeconds: 3, keepWarmSeconds: 60 },
			},
			{
				option: 'asynchronous',
				seed,
				durationSeconds: 900,
				payloadMB: 20,
				traffic: { shape: 'intermittent', meanRps: rps, onSeconds: 60, offSeconds: 240 },
				service: { distribution: 'exponential', meanSeconds: 30 },
				asynchronous: {
					instanceType: 'ml.m5.large',
					instances: 0,
					minInstances: 0,
					maxInstances: 2,
					maxConcurrentPerInstance: 1,
					targetBacklogPerInstance: 5,
					scaleOutFromZero: true,
					requestTtlSeconds: 120,
					invocationTimeoutSeconds: 60,
					instanceStartupMinutes: 1,
				},
			},
		];
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1e6 }),
				fc.double({ min: 0.1, max: 8, noNaN: true }),
				(seed, rps) => {
					for (const s of scenarios(seed, rps)) {
						const { total, sum } = outcomeSum(simulate(s));
						expect(sum).toBe(total);
					}
				},
			),
			{ numRuns: 10 },
		);
	});
});
