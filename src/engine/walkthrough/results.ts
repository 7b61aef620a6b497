// A playground run reduced to the numbers a room reads off the screen, small enough to send to
// the audience window. The simulator's full result carries time series the stage does not show.
import type { InferenceOption } from '../advisor/types';
import type { SimulationResult } from '../simulator/types';

/** One configuration's outcome, as the stage's table shows it. */
export interface RunSummary {
	option: InferenceOption;
	/** Instance type, or '' when the option has none (serverless). */
	instanceType: string;
	requests: number;
	completed: number;
	throttled: number;
	/** Requests that failed for other reasons: too large, timed out, expired, no capacity. */
	failed: number;
	coldStarts: number;
	p50Seconds: number;
	p90Seconds: number;
	p99Seconds: number;
	costUSD: number;
	/** The cost leaves out parts whose price is unknown. */
	costIncomplete: boolean;
}

/**
 * The stage's summary of each configuration's run, in the same order.
 * @example summarizeRuns(results, ['ml.m5.large', ''])[0].p99Seconds
 */
export function summarizeRuns(
	results: readonly SimulationResult[],
	instanceTypes: readonly string[],
): RunSummary[] {
	return results.map((r, i) => ({
		option: r.option,
		instanceType: instanceTypes[i] ?? '',
		requests: r.requests.total,
		completed: r.requests.completed,
		throttled: r.requests.throttled,
		failed:
			r.requests.rejectedPayload + r.requests.timedOut + r.requests.expired + r.requests.noCapacity,
		coldStarts: r.coldStarts,
		p50Seconds: r.latencySeconds.p50,
		p90Seconds: r.latencySeconds.p90,
		p99Seconds: r.latencySeconds.p99,
		costUSD: r.costUSD.total,
		costIncomplete: r.costUSD.unpriced.length > 0,
	}));
}
