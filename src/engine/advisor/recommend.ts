import type { LimitsModel } from '../../schemas/limits';
import { limits as shippedLimits } from '../shipped-limits';
import { rankingFor, strengths } from './ranking';
import { eliminationRules, formatSeconds, formatSize, payloadLift, sizeLimits } from './rules';
import { numericFact } from '../limits/model';
import { shownFact } from '../limits/format';
import type { Elimination, InferenceOption, Recommendation, Workload } from './types';
import { validateWorkload } from './validate';

export const optionNames = {
	'real-time': 'Real-time inference',
	serverless: 'Serverless inference',
	asynchronous: 'Asynchronous inference',
	'batch-transform': 'Batch transform',
} as const satisfies Record<InferenceOption, string>;

const allOptions = Object.keys(optionNames) as InferenceOption[];

/** Thrown when every option breaks a limit; carries every elimination so a UI can show why. */
export class NoFeasibleOptionError extends Error {
	override readonly name = 'NoFeasibleOptionError';
	constructor(readonly eliminated: Elimination[]) {
		super(`No inference option fits this workload: ${eliminated.map((e) => e.reason).join(' ')}`);
	}
}

/** Every limit the workload breaks, option by option, in rule order. */
export function eliminate(workload: Workload, model: LimitsModel = shippedLimits): Elimination[] {
	const w = validateWorkload(workload);
	return eliminationRules
		.filter((rule) => rule.breaks(w, model))
		.map((rule) => ({ option: rule.option, factId: rule.factId, reason: rule.reason(w, model) }));
}

/**
 * Picks the SageMaker inference option for a workload, explaining every option it rules out.
 * @example
 * recommend({ payloadMB: 50, processingSeconds: 45, caller: 'notified', traffic: 'intermittent' }).best
 * // 'asynchronous' (real-time and serverless are ruled out by the payload)
 */
export function recommend(workload: Workload, model: LimitsModel = shippedLimits): Recommendation {
	const eliminated = eliminate(workload, model);
	const ruledOut = new Set(eliminated.map((e) => e.option));
	const row = rankingFor(workload.caller, workload.traffic);
	const ranked = [...row.order, ...allOptions.filter((o) => !row.order.includes(o))];
	const feasible = ranked.filter((o) => !ruledOut.has(o));
	const best = feasible[0];
	if (best === undefined) throw new NoFeasibleOptionError(eliminated);
	const passedOver = row.order
		.slice(0, row.order.indexOf(best))
		.map(
			(o) =>
				`${optionNames[o]} would come first here, but it is ruled out. ${firstReason(eliminated, o)}`,
		);
	const why = best === row.order[0] ? row.why : strengths[best];
	return {
		best,
		feasible,
		eliminated,
		reasons: [why, fitReason(workload, best, model), ...passedOver],
	};
}

function fitReason(w: Workload, option: InferenceOption, model: LimitsModel): string {
	const { payload, processing } = sizeLimits[option];
	const size = formatSize(w.payloadMB);
	const time = formatSeconds(w.processingSeconds);
	if (w.payloadMB > numericFact(model, payload) && payloadLift(option, model))
		return `A ${size} record is over the ${shownFact(model, payload)} mini-batch cap, so the job sets MaxPayloadInMB to 0 and streams each record (a custom container; built-in algorithms cannot), and ${time} per record fits the ${shownFact(model, processing)} one request may take.`;
	return `The ${size} payload and ${time} of processing fit its limits of ${shownFact(model, payload)} and ${shownFact(model, processing)}.`;
}

function firstReason(eliminated: Elimination[], option: InferenceOption): string {
	return eliminated.find((e) => e.option === option)?.reason ?? 'it is ruled out.';
}
