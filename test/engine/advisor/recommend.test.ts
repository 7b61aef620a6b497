import { describe, expect, it } from 'vitest';
import { limits } from '../../../src/engine/shipped-limits';
import type { LimitsModel } from '../../../src/schemas/limits';
import {
	InvalidInputError,
	NoFeasibleOptionError,
	fact,
	recommend,
	type InferenceOption,
	type Workload,
} from '../../../src/engine/index';

interface Case {
	name: string;
	workload: Workload;
	best: InferenceOption;
	/** option -> fact ids that must rule it out */
	eliminatedBy?: Partial<Record<InferenceOption, string[]>>;
	notEliminated?: InferenceOption[];
}

// The worked examples of the study guides, and the limits around them, as the exam reasons.
const cases: Case[] = [
	{
		name: '50 MB medical images, 45 s, user notified: asynchronous; payload rules out real-time and serverless',
		workload: { payloadMB: 50, processingSeconds: 45, caller: 'notified', traffic: 'intermittent' },
		best: 'asynchronous',
		eliminatedBy: {
			'real-time': ['realtime.maxPayloadMB'],
			serverless: ['serverless.maxPayloadMB'],
			'batch-transform': ['batch.persistentEndpoint'],
		},
	},
	{
		name: 'fraud check during a card swipe: real-time',
		workload: {
			payloadMB: 0.01,
			processingSeconds: 0.05,
			caller: 'waits',
			traffic: 'steady',
			latencyTargetMs: 100,
		},
		best: 'real-time',
		eliminatedBy: {
			asynchronous: ['async.returnsResultInResponse'],
			'batch-transform': ['batch.persistentEndpoint'],
		},
		notEliminated: ['serverless'],
	},
	{
		name: 'a recommender used a few times a day: serverless',
		workload: { payloadMB: 0.2, processingSeconds: 1, caller: 'waits', traffic: 'intermittent' },
		best: 'serverless',
		notEliminated: ['real-time'],
	},
	{
		name: 'weekly scoring of millions of users: batch transform',
		workload: { payloadMB: 0.001, processingSeconds: 0.01, caller: 'offline', traffic: 'none' },
		best: 'batch-transform',
	},
	{
		name: '3.9 MB on intermittent traffic fits serverless (just under its payload limit)',
		workload: { payloadMB: 3.9, processingSeconds: 2, caller: 'waits', traffic: 'intermittent' },
		best: 'serverless',
	},
	{
		name: '4.5 MB on intermittent traffic is over serverless, under real-time',
		workload: { payloadMB: 4.5, processingSeconds: 2, caller: 'waits', traffic: 'intermittent' },
		best: 'real-time',
		eliminatedBy: { serverless: ['serverless.maxPayloadMB'] },
	},
	{
		name: '61 s of processing with a notified caller: asynchronous',
		workload: { payloadMB: 1, processingSeconds: 61, caller: 'notified', traffic: 'steady' },
		best: 'asynchronous',
		eliminatedBy: {
			'real-time': ['realtime.maxProcessingSeconds'],
			serverless: ['serverless.maxProcessingSeconds'],
		},
	},
	{
		name: '45 s is within serverless time limit (the seed was wrong to rule it out by time)',
		workload: { payloadMB: 1, processingSeconds: 45, caller: 'waits', traffic: 'intermittent' },
		best: 'serverless',
	},
	{
		name: 'GPU model on spiky traffic: serverless has no GPUs, so real-time',
		workload: { payloadMB: 1, processingSeconds: 1, caller: 'waits', traffic: 'spiky', gpu: true },
		best: 'real-time',
		eliminatedBy: { serverless: ['serverless.supportsGpu'] },
	},
	{
		name: 'must run in a VPC with data capture: serverless out twice',
		workload: {
			payloadMB: 1,
			processingSeconds: 1,
			caller: 'waits',
			traffic: 'intermittent',
			vpc: true,
			dataCapture: true,
		},
		best: 'real-time',
		eliminatedBy: { serverless: ['serverless.supportsVpc', 'serverless.supportsDataCapture'] },
	},
	{
		name: '8 GB model: beyond serverless memory',
		workload: {
			payloadMB: 1,
			processingSeconds: 1,
			caller: 'waits',
			traffic: 'intermittent',
			memoryGB: 8,
		},
		best: 'real-time',
		eliminatedBy: { serverless: ['serverless.maxMemoryMB'] },
	},
	{
		name: 'spiky traffic with a 300 ms budget: cold starts rule out serverless',
		workload: {
			payloadMB: 0.1,
			processingSeconds: 0.1,
			caller: 'waits',
			traffic: 'spiky',
			latencyTargetMs: 300,
		},
		best: 'real-time',
		eliminatedBy: { serverless: ['rule.coldStartSensitiveLatencyMs'] },
	},
	{
		name: '50 MB archive records taking 50 minutes each, scored offline: batch transform',
		workload: { payloadMB: 50, processingSeconds: 3000, caller: 'offline', traffic: 'none' },
		best: 'batch-transform',
	},
	{
		name: '300 MB records offline: over the mini-batch cap, batch transform streams them with MaxPayloadInMB 0',
		workload: { payloadMB: 300, processingSeconds: 120, caller: 'offline', traffic: 'none' },
		best: 'batch-transform',
		notEliminated: ['batch-transform'],
	},
];

describe('recommend: canonical scenarios', () => {
	it.each(cases)('$name', ({ workload, best, eliminatedBy = {}, notEliminated = [] }) => {
		const r = recommend(workload);
		expect(r.best).toBe(best);
		expect(r.feasible[0]).toBe(best);
		for (const [option, factIds] of Object.entries(eliminatedBy))
			expect(r.eliminated.filter((e) => e.option === option).map((e) => e.factId)).toEqual(factIds);
		for (const option of notEliminated) expect(r.feasible).toContain(option);
		expect(r.reasons.length).toBeGreaterThan(0);
	});

	it('explains an elimination with the limit and the workload value', () => {
		const r = recommend({
			payloadMB: 50,
			processingSeconds: 45,
			caller: 'notified',
			traffic: 'intermittent',
		});
		const serverless = r.eliminated.find((e) => e.option === 'serverless');
		expect(serverless?.reason).toContain('50 MB');
		expect(serverless?.reason).toContain(`${fact('serverless.maxPayloadMB').value} MB`);
	});

	it('says why the preferred option lost when it is ruled out', () => {
		const r = recommend({
			payloadMB: 4.5,
			processingSeconds: 2,
			caller: 'waits',
			traffic: 'intermittent',
		});
		expect(r.reasons.join(' ')).toMatch(/Serverless inference would come first here/);
	});
});

describe('recommend: invalid workloads name the field', () => {
	const valid: Workload = {
		payloadMB: 1,
		processingSeconds: 1,
		caller: 'waits',
		traffic: 'steady',
	};
	const bad: [string, Record<string, unknown>][] = [
		['payloadMB', { payloadMB: -1 }],
		['payloadMB', { payloadMB: Number.NaN }],
		['payloadMB', { payloadMB: undefined }],
		['processingSeconds', { processingSeconds: 0 }],
		['processingSeconds', { processingSeconds: Infinity }],
		['caller', { caller: 'phones' }],
		['traffic', { traffic: 'bursty' }],
		['traffic', { traffic: 'none' }],
		['traffic', { caller: 'offline', traffic: 'steady' }],
		['latencyTargetMs', { latencyTargetMs: -5 }],
		['latencyTargetMs', { latencyTargetMs: 500, processingSeconds: 2 }],
		['memoryGB', { memoryGB: 'lots' }],
		['gpu', { gpu: 'yes' }],
	];
	it.each(bad)('rejects a bad %s', (field, change) => {
		const call = () => recommend({ ...valid, ...change } as Workload);
		expect(call).toThrow(InvalidInputError);
		try {
			call();
		} catch (e) {
			expect((e as InvalidInputError).field).toBe(field);
			expect((e as Error).message).toContain(field);
		}
	});

	it('throws NoFeasibleOptionError with every reason when nothing fits', () => {
		const w: Workload = {
			payloadMB: 2000,
			processingSeconds: 10,
			caller: 'waits',
			traffic: 'steady',
		};
		expect(() => recommend(w)).toThrow(NoFeasibleOptionError);
		try {
			recommend(w);
		} catch (e) {
			const options = new Set((e as NoFeasibleOptionError).eliminated.map((x) => x.option));
			expect(options).toEqual(
				new Set(['real-time', 'serverless', 'asynchronous', 'batch-transform']),
			);
		}
	});
});

describe('recommend: an archive of large records', () => {
	const archive: Workload = {
		payloadMB: 300,
		processingSeconds: 120,
		caller: 'offline',
		traffic: 'none',
	};

	it('says why batch transform takes a record over the mini-batch cap', () => {
		const why = recommend(archive).reasons.join(' ');
		expect(why).toMatch(/MaxPayloadInMB to 0/);
		expect(why).toMatch(/300 MB record is over the 100 MB mini-batch cap/);
	});

	it('without the chunked-encoding fact, the cap rules batch transform out', () => {
		const fact = limits.byId['batch.chunkedPayloadUnlimited'];
		if (!fact) throw new Error('missing fact batch.chunkedPayloadUnlimited');
		const model: LimitsModel = {
			...limits,
			byId: { ...limits.byId, 'batch.chunkedPayloadUnlimited': { ...fact, value: false } },
		};
		const r = recommend(archive, model);
		expect(r.best).toBe('asynchronous');
		expect(r.eliminated).toContainEqual(
			expect.objectContaining({
				option: 'batch-transform',
				factId: 'batch.maxPayloadPerRequestMB',
			}),
		);
	});

	it('prints sizes and times for a reader, not raw floats', () => {
		const small: Workload = {
			payloadMB: 0.1142578125,
			processingSeconds: 0.35,
			caller: 'waits',
			traffic: 'steady',
		};
		const why = recommend(small).reasons.join(' ');
		expect(why).toContain('117 KB payload and 350 ms of processing');
		expect(why).not.toMatch(/0\.11425/);
	});
});
