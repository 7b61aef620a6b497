import type { LimitsModel } from '../../schemas/limits';
import { numericFact } from '../limits/model';
import type { Rng } from '../random';
import type { Caller, Traffic, Workload } from '../advisor/types';
import type { Difficulty } from './difficulty';
import { callerLines, extraLines, industries, trafficLines } from './story-parts';
import { sayDuration, sayPayload } from './units';

/** A drawn workload and the story that tells it. */
export interface DrawnScenario {
	story: string;
	workload: Workload;
	/** The payload a reader gets by converting KB or GB with 1000, when the story uses those units. */
	decimalPayloadMB?: number;
}

const uniform = (rng: Rng, lo: number, hi: number) => lo + (hi - lo) * rng.next();
const logUniform = (rng: Rng, lo: number, hi: number) =>
	Math.exp(uniform(rng, Math.log(lo), Math.log(hi)));
const fill = (line: string, words: Record<string, string>) =>
	line.replace(/\{(\w+)\}/g, (_, k: string) => words[k] ?? k);

// Which limits can decide the answer for each way of calling: the generator aims values near them.
const decidingLimits = {
	waits: [
		['payloadMB', 'serverless.maxPayloadMB'],
		['payloadMB', 'realtime.maxPayloadMB'],
		['processingSeconds', 'realtime.maxProcessingSeconds'],
	],
	notified: [
		['payloadMB', 'async.maxPayloadMB'],
		['processingSeconds', 'async.maxProcessingSeconds'],
		['payloadMB', 'realtime.maxPayloadMB'],
	],
	// A record over the mini-batch cap still goes to batch transform (MaxPayloadInMB = 0), so
	// only the time one request may take can decide an offline answer.
	offline: [['processingSeconds', 'batch.maxInvocationSeconds']],
} as const satisfies Record<
	Caller,
	readonly (readonly ['payloadMB' | 'processingSeconds', string])[]
>;

/** A value placed relative to a limit so that it lands in the band of the wanted difficulty. */
function near(rng: Rng, limit: number, difficulty: Difficulty): number {
	const side = rng.next() < 0.5 ? -1 : 1;
	if (difficulty === 3) return limit * (1 + side * uniform(rng, 0.03, 0.09));
	if (difficulty === 2) return limit * (1 + side * uniform(rng, 0.15, 0.45));
	return side < 0 ? limit * uniform(rng, 0.02, 0.4) : limit * uniform(rng, 1.7, 4);
}

/** Draws one workload aimed at the wanted difficulty and tells it as a story; may miss, the caller measures. */
export function drawWorkload(rng: Rng, difficulty: Difficulty, model: LimitsModel): DrawnScenario {
	const industry = rng.pick(industries);
	const caller: Caller = rng.pick(['waits', 'waits', 'notified', 'notified', 'offline'] as const);
	const traffic: Traffic =
		caller === 'offline' ? 'none' : rng.pick(['steady', 'spiky', 'intermittent'] as const);
	const [field, factId] = rng.pick<readonly ['payloadMB' | 'processingSeconds', string]>(
		decidingLimits[caller],
	);
	const aimed = near(rng, numericFact(model, factId), difficulty);
	const payloadTarget =
		field === 'payloadMB' ? aimed : logUniform(rng, 0.005, caller === 'waits' ? 2 : 40);
	const secondsTarget =
		field === 'processingSeconds' ? aimed : logUniform(rng, 0.02, caller === 'waits' ? 20 : 900);
	const media = /clip|recording/.test(industry.item);
	const payload = sayPayload(rng, payloadTarget, industry.item, media);
	const duration = sayDuration(rng, secondsTarget);
	const workload: Workload = {
		payloadMB: payload.value,
		processingSeconds: duration.value,
		caller,
		traffic,
	};
	const words = { user: industry.user, event: industry.event };
	const extras: string[] = [];
	if (caller !== 'offline')
		for (const flag of ['vpc', 'gpu', 'dataCapture'] as const)
			if (rng.next() < 0.12) {
				workload[flag] = true;
				extras.push(rng.pick(extraLines[flag]));
			}
	if (caller === 'waits' && rng.next() < 0.3) {
		const budget = rng.pick([300, 500, 800, 2000, 5000]);
		if (budget >= duration.value * 1000 * 1.5) {
			workload.latencyTargetMs = budget;
			extras.push(`Each answer must be back within ${budget.toLocaleString('en-US')} ms.`);
		}
	}
	const opening = `${rng.pick(industry.org)} runs a model that ${industry.task}.`;
	const size =
		caller === 'offline'
			? `Each record in the dataset is ${payload.text}, and scoring one takes about ${duration.text}.`
			: rng.pick([
					`Each request carries ${payload.text}, and the model needs about ${duration.text} to process it.`,
					`A request is ${payload.text}; processing one takes up to ${duration.text}.`,
				]);
	const story = [
		opening,
		size,
		fill(rng.pick(callerLines[caller]), words),
		fill(rng.pick(trafficLines[traffic]), words),
		...extras,
	]
		.filter((s) => s !== '')
		.join(' ');
	return payload.decimal === undefined
		? { story, workload }
		: { story, workload, decimalPayloadMB: payload.decimal };
}
