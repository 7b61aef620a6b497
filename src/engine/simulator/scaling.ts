/** One minute's CloudWatch view of an instance fleet, as a scaling policy sees it. */
export interface MinuteMetrics {
	/** Requests sent to the endpoint in the last minute. */
	invocations: number;
	/** Requests waiting now (ApproximateBacklogSize). */
	backlog: number;
	/** Requests that failed for lack of an instance in the last minute. */
	noCapacityFailures: number;
}

/** How a policy turns metrics into a desired instance count, before limits and cooldowns. */
export type DesiredCount = (m: MinuteMetrics, inService: number) => number;

/** Target tracking on SageMakerVariantInvocationsPerInstance (per minute). */
export function invocationsPerInstance(target: number, wakeFromZero: boolean): DesiredCount {
	return (m) => {
		const desired = Math.ceil(m.invocations / target);
		// At zero instances the metric has no denominator; a step policy on failed calls wakes it.
		return wakeFromZero && m.noCapacityFailures > 0 ? Math.max(1, desired) : desired;
	};
}

/** Target tracking on ApproximateBacklogSizePerInstance, with the optional wake-from-zero step. */
export function backlogPerInstance(target: number, wakeFromZero: boolean): DesiredCount {
	return (m, inService) => {
		if (inService === 0 && m.backlog > 0)
			// HasBacklogWithoutCapacity step policy; without it the backlog must pass the target.
			return wakeFromZero
				? Math.max(1, Math.ceil(m.backlog / target))
				: m.backlog > target
					? Math.ceil(m.backlog / target)
					: 0;
		return Math.ceil(m.backlog / target);
	};
}

export interface ScalerLimits {
	min: number;
	max: number;
	scaleOutCooldown: number;
	scaleInCooldown: number;
	/** Consecutive low minutes before scaling in. */
	scaleInMinutes: number;
}

/**
 * Applies min/max, cooldowns and the slow scale-in alarm to a policy's desired count. Scale-in
 * goes to the highest count wanted over the alarm window, so one quiet minute removes nothing.
 */
export class Scaler {
	private lastOut = -Infinity;
	private lastIn = -Infinity;
	private readonly window: Float64Array;
	private minutes = 0;

	constructor(
		private readonly desired: DesiredCount,
		private readonly limits: ScalerLimits,
	) {
		this.window = new Float64Array(Math.max(1, limits.scaleInMinutes));
	}

	/** The instance count to move to now, given the current count (in service + launching). */
	decide(now: number, current: number, inService: number, m: MinuteMetrics): number {
		const { min, max } = this.limits;
		const want = Math.min(max, Math.max(min, this.desired(m, inService)));
		this.window[this.minutes++ % this.window.length] = want;
		if (want > current) {
			if (now - this.lastOut < this.limits.scaleOutCooldown) return current;
			this.lastOut = now;
			return want;
		}
		if (want < current && this.minutes >= this.window.length) {
			let highest = 0;
			for (const w of this.window) highest = Math.max(highest, w);
			if (highest >= current) return current;
			if (now - Math.max(this.lastIn, this.lastOut) < this.limits.scaleInCooldown) return current;
			this.lastIn = now;
			return highest;
		}
		return current;
	}
}
