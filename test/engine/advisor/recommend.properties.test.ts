import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	eliminate,
	recommend,
	NoFeasibleOptionError,
	type InferenceOption,
	type Workload,
} from '../../../src/engine/index';
import { createLimitsModel } from '../../../src/engine/limits/model';
import { shippedLimitFiles, limits } from '../../../src/engine/shipped-limits';
import type { Fact, LimitsModel } from '../../../src/schemas/limits';

const allOptions: InferenceOption[] = [
	'real-time',
	'serverless',
	'asynchronous',
	'batch-transform',
];

const live = fc.record({
	caller: fc.constantFrom('waits' as const, 'notified' as const),
	traffic: fc.constantFrom('steady' as const, 'spiky' as const, 'intermittent' as const),
});
const offline = fc.constant({ caller: 'offline' as const, traffic: 'none' as const });

/** Workloads across every limit: payloads from bytes to beyond async, times from ms to hours. */
export const workloadArb: fc.Arbitrary<Workload> = fc
	.record({
		mode: fc.oneof(live, offline),
		payloadMB: fc.double({ min: 0.001, max: 3000, noNaN: true }),
		processingSeconds: fc.double({ min: 0.001, max: 8000, noNaN: true }),
		latencyFactor: fc.option(fc.double({ min: 1, max: 50, noNaN: true }), { nil: undefined }),
		memoryGB: fc.option(fc.double({ min: 0.5, max: 64, noNaN: true }), { nil: undefined }),
		gpu: fc.option(fc.boolean(), { nil: undefined }),
		vpc: fc.option(fc.boolean(), { nil: undefined }),
		dataCapture: fc.option(fc.boolean(), { nil: undefined }),
	})
	.map(({ mode, latencyFactor, memoryGB, gpu, vpc, dataCapture, ...rest }) => {
		const w: Workload = { ...rest, ...mode };
		if (latencyFactor !== undefined && mode.caller === 'waits')
			w.latencyTargetMs = rest.processingSeconds * 1000 * latencyFactor;
		if (memoryGB !== undefined) w.memoryGB = memoryGB;
		if (gpu !== undefined) w.gpu = gpu;
		if (vpc !== undefined) w.vpc = vpc;
		if (dataCapture !== undefined) w.dataCapture = dataCapture;
		return w;
	});

function feasibleSet(w: Workload, model: LimitsModel = limits): Set<InferenceOption> {
	const out = new Set(eliminate(w, model).map((e) => e.option));
	return new Set(allOptions.filter((o) => !out.has(o)));
}

const isSubset = <T>(a: Set<T>, b: Set<T>) => [...a].every((x) => b.has(x));

/** A copy of the shipped model with one fact loosened: a larger maximum, or a feature now supported. */
function loosened(id: string, factor: number): LimitsModel {
	return createLimitsModel(
		shippedLimitFiles.map((file) => ({
			...file,
			facts: file.facts.map((f): Fact => {
				if (f.id !== id) return f;
				if (typeof f.value === 'number') return { ...f, value: f.value * factor };
				if (f.value === false) return { ...f, value: true };
				return f;
			}),
		})),
	);
}

const looseningTargets = [
	'realtime.maxPayloadMB',
	'realtime.maxProcessingSeconds',
	'serverless.maxPayloadMB',
	'serverless.maxProcessingSeconds',
	'serverless.maxMemoryMB',
	'serverless.supportsGpu',
	'serverless.supportsVpc',
	'serverless.supportsDataCapture',
	'async.maxPayloadMB',
	'async.maxProcessingSeconds',
	'batch.maxPayloadPerRequestMB',
	'batch.maxInvocationSeconds',
];

describe('recommend: properties', () => {
	it('raising the payload never adds a feasible option', () => {
		fc.assert(
			fc.property(workloadArb, fc.double({ min: 1, max: 100, noNaN: true }), (w, k) => {
				expect(isSubset(feasibleSet({ ...w, payloadMB: w.payloadMB * k }), feasibleSet(w))).toBe(
					true,
				);
			}),
		);
	});

	it('raising the processing time never adds a feasible option', () => {
		fc.assert(
			fc.property(workloadArb, fc.double({ min: 1, max: 100, noNaN: true }), (w, k) => {
				const slower: Workload = { ...w, processingSeconds: w.processingSeconds * k };
				// Only the processing time changes; a budget shorter than the model's own time is invalid input.
				fc.pre(
					slower.latencyTargetMs === undefined ||
						slower.latencyTargetMs >= slower.processingSeconds * 1000,
				);
				expect(isSubset(feasibleSet(slower), feasibleSet(w))).toBe(true);
			}),
		);
	});

	it('loosening a limit never removes a feasible option', () => {
		fc.assert(
			fc.property(
				workloadArb,
				fc.constantFrom(...looseningTargets),
				fc.double({ min: 1, max: 10, noNaN: true }),
				(w, id, k) => {
					expect(isSubset(feasibleSet(w), feasibleSet(w, loosened(id, k)))).toBe(true);
				},
			),
			{ numRuns: 300 },
		);
	});

	it('every elimination names an existing fact and a reason', () => {
		fc.assert(
			fc.property(workloadArb, (w) => {
				for (const e of eliminate(w)) {
					expect(limits.byId[e.factId]).toBeDefined();
					expect(e.reason.length).toBeGreaterThan(10);
				}
			}),
		);
	});

	it('best is the first feasible option, and feasible and eliminated options partition the four', () => {
		fc.assert(
			fc.property(workloadArb, (w) => {
				const expected = feasibleSet(w);
				if (expected.size === 0) {
					expect(() => recommend(w)).toThrow(NoFeasibleOptionError);
					return;
				}
				const r = recommend(w);
				expect(r.feasible[0]).toBe(r.best);
				expect(new Set(r.feasible)).toEqual(expected);
				for (const e of r.eliminated) expect(r.feasible).not.toContain(e.option);
			}),
		);
	});

	it('the same input always gives the same output', () => {
		fc.assert(
			fc.property(workloadArb, (w) => {
				const run = () => {
					try {
						return recommend(structuredClone(w));
					} catch (e) {
						return (e as Error).message;
					}
				};
				expect(run()).toEqual(run());
			}),
		);
	});
});
