import type { LimitsModel } from '../../schemas/limits';
import { booleanFact, numericFact } from '../limits/model';
import { checkNumber, checkOneOf, requireSection } from './checks';
import { InvalidInputError } from '../errors';
import { runFleet } from './fleet';
import type { OptionModel } from './option-model';
import { instancePriceId, instanceTypes, priceOf, summariseCost } from './prices';
import { Scaler, invocationsPerInstance } from './scaling';
import { createServiceSampler } from './service';
import { createArrivals } from './traffic';
import type { RealTimeConfig, Scenario } from './types';

/** Minutes a new instance takes when the learner does not say (an assumption, not an AWS figure). */
export const DEFAULT_STARTUP_MINUTES = 5;
/** Target tracking scales in only after 15 low one-minute datapoints. */
export const DEFAULT_SCALE_IN_MINUTES = 15;
const MAX_INSTANCES = 1000;

/** Real-time endpoint: instances behind one queue; calls time out, and fail when none is in service. */
export const realTimeModel: OptionModel = {
	validate(s, limits) {
		const rt = requireSection('realTime', s.realTime);
		checkOneOf('realTime.instanceType', rt.instanceType, instanceTypes(limits));
		const zeroAllowed =
			rt.inferenceComponents === true && booleanFact(limits, 'realtime.scaleToZero');
		const floor = zeroAllowed ? 0 : numericFact(limits, 'realtime.minInstances');
		checkNumber('realTime.instances', rt.instances, {
			integer: true,
			min: floor,
			max: MAX_INSTANCES,
		});
		checkNumber('realTime.workersPerInstance', rt.workersPerInstance, {
			integer: true,
			min: 1,
			max: 1000,
		});
		if (rt.instanceStartupMinutes !== undefined)
			checkNumber('realTime.instanceStartupMinutes', rt.instanceStartupMinutes, {
				min: 0,
				max: 60,
			});
		const a = rt.autoscaling;
		if (a === undefined) return;
		const min = checkNumber('realTime.autoscaling.minInstances', a.minInstances, {
			integer: true,
			min: floor,
			max: MAX_INSTANCES,
		});
		if (min === 0 && !zeroAllowed)
			throw new InvalidInputError(
				'realTime.autoscaling.minInstances',
				'can be 0 only with inference components',
			);
		checkNumber('realTime.autoscaling.maxInstances', a.maxInstances, {
			integer: true,
			min: Math.max(1, min),
			max: MAX_INSTANCES,
		});
		checkNumber('realTime.instances', rt.instances, { integer: true, min, max: a.maxInstances });
		checkNumber('realTime.autoscaling.target', a.target, {
			min: 0,
			exclusiveMin: true,
			max: 1_000_000,
		});
		checkCooldowns('realTime.autoscaling', a);
	},
	run(s, limits, streams, rec, options) {
		const rt = s.realTime as RealTimeConfig;
		const a = rt.autoscaling;
		const cooldown = numericFact(limits, 'autoscaling.defaultCooldownSeconds');
		const scaler = a
			? new Scaler(invocationsPerInstance(a.target, rt.inferenceComponents === true), {
					min: a.minInstances,
					max: a.maxInstances,
					scaleOutCooldown: a.scaleOutCooldownSeconds ?? cooldown,
					scaleInCooldown: a.scaleInCooldownSeconds ?? cooldown,
					scaleInMinutes: a.scaleInMinutes ?? DEFAULT_SCALE_IN_MINUTES,
				})
			: null;
		const totals = runFleet(
			{
				duration: s.durationSeconds,
				instances: rt.instances,
				workersPerInstance: rt.workersPerInstance,
				startupSeconds: (rt.instanceStartupMinutes ?? DEFAULT_STARTUP_MINUTES) * 60,
				maxPayloadMB: numericFact(limits, 'realtime.maxPayloadMB'),
				payloadMB: s.payloadMB,
				timeoutSeconds: numericFact(limits, 'realtime.maxProcessingSeconds'),
				timeoutIncludesWait: true,
				ttlSeconds: Infinity,
				failWithoutCapacity: true,
				scaler,
			},
			createArrivals(s.traffic, s.durationSeconds, streams.traffic, streams.arrivals),
			createServiceSampler(s.service, streams.service),
			rec,
			options,
		);
		return fleetOutcome(
			s,
			limits,
			rt.instanceType,
			rt.workersPerInstance,
			totals,
			rec.counts.completed,
		);
	},
};

/** Checks optional cooldowns and the scale-in window of an autoscaling section. */
export function checkCooldowns(
	prefix: string,
	a: { scaleOutCooldownSeconds?: number; scaleInCooldownSeconds?: number; scaleInMinutes?: number },
): void {
	if (a.scaleOutCooldownSeconds !== undefined)
		checkNumber(`${prefix}.scaleOutCooldownSeconds`, a.scaleOutCooldownSeconds, {
			min: 0,
			max: 86_400,
		});
	if (a.scaleInCooldownSeconds !== undefined)
		checkNumber(`${prefix}.scaleInCooldownSeconds`, a.scaleInCooldownSeconds, {
			min: 0,
			max: 86_400,
		});
	if (a.scaleInMinutes !== undefined)
		checkNumber(`${prefix}.scaleInMinutes`, a.scaleInMinutes, { integer: true, min: 1, max: 1440 });
}

/** Cost and summary of an instance fleet: every billed instance-hour, idle share from busy time. */
export function fleetOutcome(
	s: Scenario,
	limits: LimitsModel,
	instanceType: string,
	workers: number,
	totals: ReturnType<typeof runFleet>,
	completed: number,
) {
	const price = priceOf(limits, instancePriceId(instanceType), s.prices?.instanceUsdPerHour);
	const hourly = price.value ?? 0;
	const total = (totals.instanceSeconds / 3600) * hourly;
	const workerSeconds = totals.instanceSeconds * workers;
	const utilisation = workerSeconds > 0 ? Math.min(1, totals.busySeconds / workerSeconds) : 0;
	const measured = s.durationSeconds - (s.warmupSeconds ?? 0);
	return {
		utilisation,
		meanInSystem: measured > 0 ? totals.inSystemArea / measured : 0,
		instances: {
			min: totals.minInstances,
			max: totals.maxInstances,
			mean: totals.instanceSeconds / s.durationSeconds,
		},
		events: totals.events,
		durationSeconds: s.durationSeconds,
		cost: summariseCost(
			{ total, idle: total * (1 - utilisation) },
			completed,
			[price],
			price.value === null ? [price.label] : [],
		),
	};
}
