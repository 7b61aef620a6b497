import { describe, expect, it } from 'vitest';
import { numericFact } from '../../../src/engine/limits/model';
import { limits } from '../../../src/engine/shipped-limits';
import { simulate } from '../../../src/engine/simulator/simulate';
import type { Scenario } from '../../../src/engine/simulator/types';

const base = {
	seed: 1,
	durationSeconds: 3600,
	payloadMB: 0.1,
	traffic: { shape: 'steady', meanRps: 5 },
	service: { distribution: 'exponential', meanSeconds: 0.2 },
} as const;
const realTime = (over: Partial<Scenario> = {}): Scenario => ({
	...base,
	option: 'real-time',
	realTime: { instanceType: 'ml.m5.large', instances: 2, workersPerInstance: 1 },
	...over,
});

describe('real-time option', () => {
	it('rejects every request above the payload limit from the limits model', () => {
		const over = numericFact(limits, 'realtime.maxPayloadMB') + 0.5;
		const r = simulate(realTime({ payloadMB: over }));
		expect(r.requests.rejectedPayload).toBe(r.requests.total);
		expect(r.requests.completed).toBe(0);
		expect(simulate(realTime({ payloadMB: over - 1 })).requests.rejectedPayload).toBe(0);
	});

	it('times out requests whose wait plus processing passes the processing limit', () => {
		const limit = numericFact(limits, 'realtime.maxProcessingSeconds');
		const slow = simulate(
			realTime({
				service: { distribution: 'fixed', seconds: limit + 1 },
				traffic: { shape: 'steady', meanRps: 0.01 },
			}),
		);
		expect(slow.requests.timedOut).toBe(slow.requests.total);
		// Overloaded (5 req/s on 2 workers at 1 s each): the queue grows until waits pass the limit.
		const overloaded = simulate(realTime({ service: { distribution: 'fixed', seconds: 1 } }));
		expect(overloaded.requests.timedOut).toBeGreaterThan(0);
		expect(overloaded.latencySeconds.max).toBeLessThanOrEqual(limit);
	});

	it('autoscaling adds instances under load and removes them when it passes', () => {
		const r = simulate(
			realTime({
				durationSeconds: 4 * 3600,
				traffic: { shape: 'intermittent', meanRps: 20, onSeconds: 3600, offSeconds: 3 * 3600 },
				realTime: {
					instanceType: 'ml.m5.large',
					instances: 1,
					workersPerInstance: 4,
					instanceStartupMinutes: 3,
					autoscaling: { minInstances: 1, maxInstances: 10, target: 200 },
				},
			}),
		);
		// 1,200 invocations a minute at a target of 200 per instance wants 6 instances; a busy
		// Poisson minute (over 1,200) asks for 7.
		expect(r.instances.max).toBeGreaterThanOrEqual(6);
		expect(r.instances.max).toBeLessThanOrEqual(7);
		expect(r.instances.min).toBe(1);
		expect(r.series.capacity[r.series.capacity.length - 1]).toBe(1);
	});

	it('scaled to zero with inference components: calls fail until an instance has launched', () => {
		const r = simulate(
			realTime({
				traffic: { shape: 'intermittent', meanRps: 1, onSeconds: 600, offSeconds: 3000 },
				realTime: {
					instanceType: 'ml.m5.large',
					instances: 0,
					workersPerInstance: 1,
					inferenceComponents: true,
					instanceStartupMinutes: 4,
					autoscaling: { minInstances: 0, maxInstances: 2, target: 100 },
				},
			}),
		);
		expect(r.requests.noCapacity).toBeGreaterThan(150); // about 5 minutes of 1 req/s
		expect(r.requests.completed).toBeGreaterThan(0);
		expect(r.instances.min).toBe(0);
	});
});

describe('serverless option', () => {
	const serverless = (over: Partial<Scenario['serverless'] & object> = {}): Scenario => ({
		...base,
		option: 'serverless',
		traffic: { shape: 'intermittent', meanRps: 2, onSeconds: 120, offSeconds: 1680 },
		serverless: {
			memoryMB: 2048,
			maxConcurrency: 20,
			coldStartSeconds: 6,
			keepWarmSeconds: 300,
			...over,
		},
	});

	it('cold-starts after idle gaps longer than keep-warm, not within them', () => {
		const cold = simulate(serverless());
		expect(cold.coldStarts).toBeGreaterThan(0);
		expect(cold.latencySeconds.max).toBeGreaterThan(6);
		const warm = simulate(serverless({ keepWarmSeconds: 3600 }));
		expect(warm.coldStarts).toBeLessThan(cold.coldStarts);
	});

	it('bills compute time only: cost is GB-seconds x price, and nothing is spent idle', () => {
		const r = simulate({ ...serverless(), service: { distribution: 'fixed', seconds: 0.5 } });
		const price = numericFact(limits, 'price.serverless.usdPerGBSecond');
		expect(r.costUSD.total).toBeCloseTo(r.requests.completed * 0.5 * 2 * price, 12);
		expect(r.costUSD.idle).toBe(0);
	});

	it('provisioned concurrency with an unknown price is listed as unpriced, not guessed', () => {
		const r = simulate(serverless({ provisionedConcurrency: 2 }));
		expect(r.costUSD.unpriced.length).toBe(1);
		const priced = simulate({
			...serverless({ provisionedConcurrency: 2 }),
			prices: { provisionedUsdPerGBSecond: 0.00001 },
		});
		expect(priced.costUSD.unpriced).toEqual([]);
		expect(priced.costUSD.idle).toBeGreaterThan(0);
		expect(priced.costUSD.total - r.costUSD.total).toBeCloseTo(2 * 2 * 3600 * 0.00001, 9);
	});

	it('rejects payloads above the serverless limit, which is smaller than real-time', () => {
		const size = numericFact(limits, 'serverless.maxPayloadMB') + 0.5;
		const r = simulate({ ...serverless(), payloadMB: size });
		expect(r.requests.rejectedPayload).toBe(r.requests.total);
	});
});

describe('serverless against real-time on intermittent traffic', () => {
	it('serverless pays cold starts, real-time pays for idle instances', () => {
		const traffic = {
			shape: 'intermittent',
			meanRps: 1,
			onSeconds: 300,
			offSeconds: 3300,
		} as const;
		const sv = simulate({
			...base,
			durationSeconds: 4 * 3600,
			option: 'serverless',
			traffic,
			serverless: { memoryMB: 2048, maxConcurrency: 10, coldStartSeconds: 5, keepWarmSeconds: 600 },
		});
		const rt = simulate({
			...base,
			durationSeconds: 4 * 3600,
			option: 'real-time',
			traffic,
			realTime: { instanceType: 'ml.m5.large', instances: 1, workersPerInstance: 1 },
		});
		expect(sv.coldStarts).toBeGreaterThan(0);
		expect(rt.coldStarts).toBe(0);
		expect(rt.costUSD.idleShare).toBeGreaterThan(0.9);
		expect(sv.costUSD.idleShare).toBe(0);
	});
});

describe('asynchronous option', () => {
	const asyncScenario = (over: Partial<Scenario['asynchronous'] & object> = {}): Scenario => ({
		...base,
		option: 'asynchronous',
		payloadMB: 50,
		traffic: { shape: 'intermittent', meanRps: 0.5, onSeconds: 300, offSeconds: 3300 },
		service: { distribution: 'exponential', meanSeconds: 5 },
		asynchronous: {
			instanceType: 'ml.m5.large',
			instances: 0,
			minInstances: 0,
			maxInstances: 4,
			maxConcurrentPerInstance: 2,
			targetBacklogPerInstance: 5,
			scaleOutFromZero: true,
			instanceStartupMinutes: 3,
			...over,
		},
	});

	it('queues while scaled to zero, wakes up and serves everything', () => {
		const r = simulate(asyncScenario());
		expect(r.requests.noCapacity).toBe(0);
		expect(r.requests.completed).toBe(r.requests.total);
		expect(r.waitSeconds.max).toBeGreaterThan(180); // the first requests wait for the start-up
		expect(r.instances.min).toBe(0);
		expect(r.instances.max).toBeGreaterThan(0);
	});

	it('expires requests older than their TTL', () => {
		const r = simulate(asyncScenario({ requestTtlSeconds: 60 }));
		expect(r.requests.expired).toBeGreaterThan(0);
	});

	it('accepts payloads far above the real-time limit', () => {
		expect(simulate(asyncScenario()).requests.rejectedPayload).toBe(0);
	});
});

describe('batch transform option', () => {
	const batch = (instances: number): Scenario => ({
		...base,
		option: 'batch-transform',
		payloadMB: 0.5,
		service: { distribution: 'fixed', seconds: 0.1 },
		batch: {
			records: 10_000,
			instanceType: 'ml.m5.xlarge',
			instances,
			miniBatchMB: 6,
			startupMinutes: 5,
		},
	});

	it('job time is start-up plus records x time / instances, and cost is instances x job hours x price', () => {
		const r = simulate(batch(2));
		// 12 records per 6 MB mini-batch, 834 mini-batches, 417 per instance at 1.2 s each.
		expect(r.batch?.recordsPerMiniBatch).toBe(12);
		expect(r.batch?.miniBatches).toBe(834);
		expect(r.durationSeconds).toBeCloseTo(300 + 417 * 1.2, 6);
		const price = numericFact(limits, 'price.ml.m5.xlarge.usdPerHour');
		expect(r.costUSD.total).toBeCloseTo((2 * r.durationSeconds * price) / 3600, 12);
		expect(r.requests.completed).toBe(10_000);
	});

	it('more instances finish sooner', () => {
		expect(simulate(batch(4)).durationSeconds).toBeLessThan(simulate(batch(2)).durationSeconds);
	});
});
