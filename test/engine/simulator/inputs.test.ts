import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/engine/errors';
import { createRng } from '../../../src/engine/random';
import { simulate, validateScenario } from '../../../src/engine/simulator/simulate';
import { parseTrace } from '../../../src/engine/simulator/trace';
import { createArrivals, expectedRequests } from '../../../src/engine/simulator/traffic';
import type { Scenario, Traffic } from '../../../src/engine/simulator/types';

const valid: Scenario = {
	option: 'real-time',
	seed: 1,
	durationSeconds: 600,
	payloadMB: 0.1,
	traffic: { shape: 'steady', meanRps: 2 },
	service: { distribution: 'exponential', meanSeconds: 0.2 },
	realTime: { instanceType: 'ml.m5.large', instances: 1, workersPerInstance: 1 },
};
const serverless: Scenario = {
	...valid,
	option: 'serverless',
	serverless: {
		memoryMB: 2048,
		maxConcurrency: 10,
		provisionedConcurrency: 2,
		coldStartSeconds: 5,
		keepWarmSeconds: 600,
	},
};

/** The field an invalid scenario is refused for. */
function fieldOf(s: unknown): string | undefined {
	try {
		validateScenario(s as Scenario);
		return undefined;
	} catch (e) {
		if (e instanceof InvalidInputError) return e.field;
		throw e;
	}
}

describe('validateScenario', () => {
	it('accepts the contract example', () => expect(fieldOf(valid)).toBeUndefined());

	it.each([
		['traffic.meanRps', { ...valid, traffic: { shape: 'steady', meanRps: -1 } }],
		['durationSeconds', { ...valid, durationSeconds: 0 }],
		['seed', { ...valid, seed: 1.5 }],
		['option', { ...valid, option: 'edge' }],
		[
			'service.p99Seconds',
			{ ...valid, service: { distribution: 'lognormal', medianSeconds: 1, p99Seconds: 0.5 } },
		],
		[
			'realTime.instanceType',
			{ ...valid, realTime: { ...valid.realTime!, instanceType: 'ml.z9.huge' } },
		],
		['realTime.instances', { ...valid, realTime: { ...valid.realTime!, instances: 0 } }],
		[
			'realTime.autoscaling.maxInstances',
			{
				...valid,
				realTime: {
					...valid.realTime!,
					autoscaling: { minInstances: 2, maxInstances: 1, target: 10 },
				},
			},
		],
		[
			'serverless.memoryMB',
			{ ...serverless, serverless: { ...serverless.serverless!, memoryMB: 1500 } },
		],
		[
			'serverless.memoryMB',
			{ ...serverless, serverless: { ...serverless.serverless!, memoryMB: 8192 } },
		],
		[
			'serverless.provisionedConcurrency',
			{ ...serverless, serverless: { ...serverless.serverless!, provisionedConcurrency: 11 } },
		],
		[
			'serverless.maxConcurrency',
			{ ...serverless, serverless: { ...serverless.serverless!, maxConcurrency: 201 } },
		],
		['serverless', { ...valid, option: 'serverless' }],
		[
			'traffic',
			{ ...valid, durationSeconds: 7 * 86_400, traffic: { shape: 'steady', meanRps: 1000 } },
		],
	])('names %s', (field, scenario) => {
		expect(fieldOf(scenario)).toBe(field);
	});

	it('says the allowed range in the message', () => {
		expect(() =>
			simulate({ ...serverless, serverless: { ...serverless.serverless!, memoryMB: 1500 } }),
		).toThrow(/multiple of 1024 from 1024 to 6144/);
		expect(() => simulate({ ...valid, traffic: { shape: 'steady', meanRps: -1 } })).toThrow(
			/traffic.meanRps: must be from 0 to/,
		);
	});

	it('accepts instances = 0 only with inference components', () => {
		const zero = {
			...valid,
			realTime: { ...valid.realTime!, instances: 0, inferenceComponents: true },
		};
		expect(fieldOf(zero)).toBeUndefined();
	});
});

describe('traffic', () => {
	const rng = () => createRng(9);
	const count = (t: Traffic, duration: number, seed = 1) => {
		const source = createArrivals(t, duration, createRng(seed), createRng(seed + 1));
		const times: number[] = [];
		for (let a = source.next(); a < Infinity; a = source.next()) times.push(a);
		return times;
	};

	it('steady arrivals: count within 5 standard deviations of rate x time, in order', () => {
		const times = count({ shape: 'steady', meanRps: 10 }, 10_000);
		expect(Math.abs(times.length - 100_000)).toBeLessThan(5 * Math.sqrt(100_000));
		expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
	});

	it('intermittent traffic is silent while off', () => {
		const times = count(
			{ shape: 'intermittent', meanRps: 5, onSeconds: 60, offSeconds: 240 },
			3000,
		);
		expect(times.length).toBeGreaterThan(0);
		expect(times.every((t) => t % 300 < 60)).toBe(true);
	});

	it('diurnal traffic keeps its mean over whole days and peaks at the peak hour', () => {
		const t: Traffic = { shape: 'diurnal', meanRps: 2, amplitude: 0.8, peakAtSeconds: 14 * 3600 };
		expect(expectedRequests(t, 86_400, rng())).toBeCloseTo(2 * 86_400, 6);
		const times = count(t, 86_400);
		const atPeak = times.filter((x) => Math.abs(x - 14 * 3600) < 1800).length;
		const atTrough = times.filter((x) => Math.abs(x - 2 * 3600) < 1800).length;
		expect(atPeak).toBeGreaterThan(5 * atTrough);
	});

	it('spiky traffic has bursts: some minutes far above the base rate', () => {
		const times = count(
			{ shape: 'spiky', baseRps: 1, burstRps: 30, burstSeconds: 60, burstsPerHour: 4 },
			7200,
		);
		const perMinute = new Array<number>(120).fill(0);
		times.forEach((x) => perMinute[Math.floor(x / 60)]!++);
		expect(Math.max(...perMinute)).toBeGreaterThan(600);
	});

	it('an arrival count property: expected requests scale with duration for steady traffic', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 100, noNaN: true }),
				fc.integer({ min: 1, max: 86_400 }),
				(rps, d) => {
					expect(expectedRequests({ shape: 'steady', meanRps: rps }, d, rng())).toBeCloseTo(
						rps * d,
						6,
					);
				},
			),
		);
	});

	it('replays a timestamp trace exactly and a rate trace minute by minute', () => {
		expect(
			count({ shape: 'trace', trace: { kind: 'timestamps', seconds: [0, 1.5, 2, 700] } }, 600),
		).toEqual([0, 1.5, 2]);
		const rates = count(
			{ shape: 'trace', trace: { kind: 'rates', perMinute: [600, 0, 600] } },
			180,
		);
		expect(rates.some((x) => x >= 60 && x < 120)).toBe(false);
		expect(Math.abs(rates.length - 1200)).toBeLessThan(5 * Math.sqrt(1200));
	});
});

describe('parseTrace', () => {
	it('reads timestamps in seconds or ISO dates, and per-minute rates', () => {
		expect(parseTrace('timestamp\n0\n0.4\n2.5\n')).toEqual({
			kind: 'timestamps',
			seconds: [0, 0.4, 2.5],
		});
		expect(parseTrace('timestamp\r\n2026-01-01T00:00:00Z\r\n2026-01-01T00:00:02.5Z')).toEqual({
			kind: 'timestamps',
			seconds: [0, 2.5],
		});
		expect(parseTrace('requests_per_minute\n60\n0\n120')).toEqual({
			kind: 'rates',
			perMinute: [60, 0, 120],
		});
	});

	it.each([
		['no header', '0\n1', /line 1: the first line must name the column/],
		['a word in the data', 'timestamp\n0\nsoon', /line 3: "soon" is neither a number/],
		['time going backwards', 'timestamp\n5\n4', /line 3: 4 is earlier than the line before/],
		['a negative rate', 'rpm\n3\n-1', /line 3: -1 is negative/],
		['an empty line', 'rpm\n3\n\n4', /line 3: empty line/],
		['no data', 'rpm\n', /line 2: the trace has a header but no data/],
	])('rejects %s with the line and reason', (_name, text, message) => {
		expect(() => parseTrace(text)).toThrow(InvalidInputError);
		expect(() => parseTrace(text)).toThrow(message);
	});
});

describe('price overrides', () => {
	it('refuses a negative typed price, naming it', () => {
		expect(fieldOf({ ...valid, prices: { instanceUsdPerHour: -1 } })).toBe(
			'prices.instanceUsdPerHour',
		);
	});
});
