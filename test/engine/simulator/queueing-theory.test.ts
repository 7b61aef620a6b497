// The simulator against queueing theory: each check would fail if the event logic were wrong
// (a lost departure, a wrong service count, a biased sampler), not just if it changed.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulator/simulate';
import { erlangB, erlangC, mmcMeanWait } from '../../../src/engine/simulator/theory';
import type { Scenario } from '../../../src/engine/simulator/types';
import { confidence, mmc, seeds } from './helpers';

const R = 10;

describe('queueing formulas', () => {
	it('match values worked by hand', () => {
		expect(erlangB(1, 1)).toBeCloseTo(0.5, 12);
		expect(erlangB(2, 1)).toBeCloseTo(0.2, 12);
		// M/M/1: P(wait) = rho; Wq = rho / (mu - lambda).
		expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12);
		expect(mmcMeanWait(1, 0.7, 1)).toBeCloseTo(0.7 / 0.3, 12);
		// M/M/2 with a = 1: C = 1/3, Wq = C / (2 - 1) = 1/3.
		expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
		expect(mmcMeanWait(2, 1, 1)).toBeCloseTo(1 / 3, 12);
		expect(mmcMeanWait(2, 2, 1)).toBe(Infinity);
	});

	it('stay finite for hundreds of servers (no factorial overflow)', () => {
		const c = erlangC(500, 480);
		expect(c).toBeGreaterThan(0);
		expect(c).toBeLessThan(1);
	});
});

describe('real-time endpoint with fixed instances is an M/M/c queue', () => {
	// c = 4 workers at 80% load: Wq = 0.597 s by Erlang C.
	const c = 4;
	const lambda = 3.2;
	const service = 1;
	const runs = seeds(R).map((seed) => simulate(mmc(c, lambda, service, seed, 20_000, 2_000)));

	it('mean queue wait matches Erlang C within the 95% confidence interval of 10 seeded runs', () => {
		const expected = mmcMeanWait(c, lambda, service);
		const { mean, half } = confidence(runs.map((r) => r.waitSeconds.mean));
		expect(Math.abs(mean - expected)).toBeLessThanOrEqual(half);
		// The interval is narrow enough to catch a real error: M/M/c with one worker more or less is far outside.
		expect(half).toBeLessThan(0.1 * expected);
		expect(Math.abs(mmcMeanWait(c + 1, lambda, service) - mean)).toBeGreaterThan(half);
	});

	it("Little's law: time-average requests in system = arrival rate x mean time in system", () => {
		for (const r of runs) {
			const lambdaSeen = r.requests.completed / (20_000 - 2_000);
			expect(Math.abs(r.meanInSystem / (lambdaSeen * r.latencySeconds.mean) - 1)).toBeLessThan(
				0.02,
			);
		}
		// And L matches theory: Lq + a = lambda * Wq + lambda / mu.
		const theory = lambda * mmcMeanWait(c, lambda, service) + lambda * service;
		const { mean, half } = confidence(runs.map((r) => r.meanInSystem));
		expect(Math.abs(mean - theory)).toBeLessThanOrEqual(half);
	});

	it('utilisation is lambda / (c mu)', () => {
		const { mean, half } = confidence(runs.map((r) => r.utilisation));
		expect(Math.abs(mean - lambda / (c * (1 / service)))).toBeLessThanOrEqual(
			Math.max(half, 0.005),
		);
	});

	it('an M/M/1 queue at 90% load matches too (long waits, heavy correlation)', () => {
		const results = seeds(R).map(
			(seed) => simulate(mmc(1, 0.9, 1, seed, 40_000, 4_000)).waitSeconds.mean,
		);
		const { mean, half } = confidence(results);
		expect(Math.abs(mean - mmcMeanWait(1, 0.9, 1))).toBeLessThanOrEqual(half);
	});

	it('workers per instance count as servers: 2 instances x 2 workers behave as c = 4', () => {
		const results = seeds(R).map((seed) => {
			const s = mmc(c, lambda, service, seed, 20_000, 2_000);
			return simulate({ ...s, realTime: { ...s.realTime!, instances: 2, workersPerInstance: 2 } })
				.waitSeconds.mean;
		});
		const { mean, half } = confidence(results);
		expect(Math.abs(mean - mmcMeanWait(c, lambda, service))).toBeLessThanOrEqual(half);
	});
});

describe('serverless is an Erlang loss system', () => {
	const lossScenario = (seed: number, provisioned: number): Scenario => ({
		option: 'serverless',
		seed,
		durationSeconds: 20_000,
		warmupSeconds: 1_000,
		payloadMB: 0.01,
		traffic: { shape: 'steady', meanRps: 4 },
		service: { distribution: 'exponential', meanSeconds: 1 },
		serverless: {
			memoryMB: 2048,
			maxConcurrency: 5,
			provisionedConcurrency: provisioned,
			coldStartSeconds: 0,
			keepWarmSeconds: 3600,
		},
	});

	it('max concurrency below demand throttles at the rate Erlang B predicts', () => {
		const expected = erlangB(5, 4);
		const shares = seeds(R).map((seed) => {
			const r = simulate(lossScenario(seed, 5));
			return r.requests.throttled / r.requests.total;
		});
		const { mean, half } = confidence(shares);
		expect(Math.abs(mean - expected)).toBeLessThanOrEqual(half);
		expect(Math.abs(erlangB(6, 4) - mean)).toBeGreaterThan(half);
	});

	it('with enough provisioned concurrency there are no cold starts; without it there are', () => {
		const warm = simulate(lossScenario(1, 5));
		expect(warm.coldStarts).toBe(0);
		const cold = simulate({
			...lossScenario(1, 0),
			serverless: { ...lossScenario(1, 0).serverless!, coldStartSeconds: 2, keepWarmSeconds: 5 },
		});
		expect(cold.coldStarts).toBeGreaterThan(0);
	});
});
