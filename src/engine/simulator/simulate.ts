import type { LimitsModel } from '../../schemas/limits';
import { createRng } from '../random';
import { limits as shippedLimits } from '../shipped-limits';
import { asyncModel } from './asynchronous';
import { batchModel } from './batch';
import { checkOneOf } from './checks';
import type { OptionModel, Streams } from './option-model';
import { realTimeModel } from './real-time';
import { Recorder } from './recorder';
import { serverlessModel } from './serverless';
import type { InferenceOption, RunOptions, Scenario, SimulationResult } from './types';
import { validateCommon } from './validate-common';

/** Each inference option's checks and run, keyed by option. */
export const optionModels = {
	'real-time': realTimeModel,
	serverless: serverlessModel,
	asynchronous: asyncModel,
	'batch-transform': batchModel,
} satisfies Record<InferenceOption, OptionModel>;

/** Throws InvalidInputError naming the first field that is out of range; returns nothing if valid. */
export function validateScenario(scenario: Scenario, limits: LimitsModel = shippedLimits): void {
	// The keys of the table, not the schema's list: importing the schema would pull zod into the worker.
	const option = checkOneOf(
		'option',
		scenario?.option,
		Object.keys(optionModels) as InferenceOption[],
	);
	validateCommon(scenario);
	optionModels[option].validate(scenario, limits);
}

/**
 * Runs one scenario to the end. Pure and seeded: the same scenario and limits give the same
 * result, so it runs the same in a test, in `tsx` and in a Web Worker.
 * @example
 * simulate({
 *   option: 'real-time', seed: 1, durationSeconds: 3600, payloadMB: 0.1,
 *   traffic: { shape: 'steady', meanRps: 8 },
 *   service: { distribution: 'exponential', meanSeconds: 0.5 },
 *   realTime: { instanceType: 'ml.m5.large', instances: 5, workersPerInstance: 1 },
 * }).latencySeconds.p99
 */
export function simulate(
	scenario: Scenario,
	limits: LimitsModel = shippedLimits,
	options: RunOptions = {},
): SimulationResult {
	validateScenario(scenario, limits);
	const root = createRng(scenario.seed);
	const streams: Streams = { arrivals: root.fork(), service: root.fork(), traffic: root.fork() };
	const isBatch = scenario.option === 'batch-transform';
	const rec = new Recorder(
		isBatch ? 1 : scenario.durationSeconds,
		isBatch ? 0 : (scenario.warmupSeconds ?? 0),
	);
	const out = optionModels[scenario.option].run(scenario, limits, streams, rec, options);
	options.onProgress?.(1);
	return {
		option: scenario.option,
		durationSeconds: out.durationSeconds,
		requests: { ...rec.counts },
		latencySeconds: rec.latencySummary(),
		waitSeconds: rec.waitSummary(),
		coldStarts: rec.coldStarts,
		utilisation: out.utilisation,
		meanInSystem: out.meanInSystem,
		instances: out.instances,
		costUSD: out.cost,
		series: rec.series,
		events: out.events,
		...(out.batch ? { batch: out.batch } : {}),
	};
}
