import type { LimitsModel } from '../../schemas/limits';
import { numericFact } from '../limits/model';
import { type ScenarioInput, scenarioModel } from './scenario-key';

/** 1 easy, 2 medium, 3 hard. */
export type Difficulty = 1 | 2 | 3;

/** Relative distance to the nearest deciding limit at or under which a scenario counts as hard / medium. */
export const closeness = { hard: 0.1, medium: 0.5 } as const;
/** A scenario is only emitted when moving any value this much (relative) cannot flip the key. */
export const robustness = 0.02;

// The numeric limits a generated workload is measured against, by the workload field they bound.
const numericLimits = {
	payloadMB: [
		'serverless.maxPayloadMB',
		'realtime.maxPayloadMB',
		'batch.maxPayloadPerRequestMB',
		'async.maxPayloadMB',
	],
	processingSeconds: [
		'realtime.maxProcessingSeconds',
		'serverless.maxProcessingSeconds',
		'async.maxProcessingSeconds',
		'batch.maxInvocationSeconds',
	],
} as const;
const hostingLimits = { models: ['mce.maxContainers', 'pipeline.maxContainers'] } as const;

type Probe = { field: string; value: number; limit: number; keyAcross: () => string };
type Input = ScenarioInput;

function keyOf(q: Input, model: LimitsModel): string | undefined {
	try {
		return scenarioModel(q, model).key;
	} catch {
		return undefined;
	}
}

function probes(q: Input, model: LimitsModel): Probe[] {
	const out: Probe[] = [];
	const across = (value: number, limit: number) => (value < limit ? limit * 1.01 : limit * 0.99);
	if (q.workload) {
		const w = q.workload;
		for (const [field, ids] of Object.entries(numericLimits) as [
			keyof typeof numericLimits,
			readonly string[],
		][])
			for (const id of ids) {
				const limit = numericFact(model, id);
				out.push({
					field,
					value: w[field],
					limit,
					keyAcross: () =>
						keyOf({ workload: { ...w, [field]: across(w[field], limit) } }, model) ?? 'none',
				});
			}
	}
	if (q.hosting) {
		const h = q.hosting;
		for (const id of hostingLimits.models) {
			const limit = numericFact(model, id);
			const moved = h.models < limit ? limit + 1 : Math.max(1, limit - 1);
			out.push({
				field: 'models',
				value: h.models,
				limit,
				keyAcross: () => keyOf({ hosting: { ...h, models: moved } }, model) ?? 'none',
			});
		}
	}
	return out;
}

/**
 * How hard a scenario is: how close its deciding value sits to the limit that decides it.
 * A limit decides when putting the value just across it changes the key.
 * @example measureDifficulty({ workload: { payloadMB: 3.9, processingSeconds: 2, caller: 'waits', traffic: 'spiky' } }, limits) // 3
 */
export function measureDifficulty(q: Input, model: LimitsModel): Difficulty {
	const key = keyOf(q, model);
	const deciding = probes(q, model).filter((p) => p.keyAcross() !== key);
	const nearest = Math.min(...deciding.map((p) => Math.abs(p.value - p.limit) / p.limit));
	return nearest <= closeness.hard ? 3 : nearest <= closeness.medium ? 2 : 1;
}

/** True when the key has one defensible answer: no value sits on a limit, so a small nudge cannot flip it. */
export function isDefensible(q: Input, model: LimitsModel): boolean {
	const key = keyOf(q, model);
	if (key === undefined) return false;
	if (q.workload) {
		const w = q.workload;
		for (const field of ['payloadMB', 'processingSeconds'] as const)
			for (const factor of [1 - robustness, 1 + robustness])
				if (keyOf({ workload: { ...w, [field]: w[field] * factor } }, model) !== key) return false;
	}
	return probes(q, model).every((p) => p.value !== p.limit);
}
