import { numericFact } from '../limits/model';
import { checkNumber, checkOneOf, requireSection } from './checks';
import { runFleet } from './fleet';
import type { OptionModel } from './option-model';
import { instanceTypes } from './prices';
import {
	DEFAULT_SCALE_IN_MINUTES,
	DEFAULT_STARTUP_MINUTES,
	checkCooldowns,
	fleetOutcome,
} from './real-time';
import { Scaler, backlogPerInstance } from './scaling';
import { createServiceSampler } from './service';
import { createArrivals } from './traffic';
import type { AsyncConfig } from './types';

/** Asynchronous endpoint: an internal queue that waits for capacity, scales on backlog, can reach zero. */
export const asyncModel: OptionModel = {
	validate(s, limits) {
		const a = requireSection('asynchronous', s.asynchronous);
		checkOneOf('asynchronous.instanceType', a.instanceType, instanceTypes(limits));
		const min = checkNumber('asynchronous.minInstances', a.minInstances, {
			integer: true,
			min: 0,
			max: 1000,
		});
		const max = checkNumber('asynchronous.maxInstances', a.maxInstances, {
			integer: true,
			min: Math.max(1, min),
			max: 1000,
		});
		checkNumber('asynchronous.instances', a.instances, { integer: true, min, max });
		checkNumber('asynchronous.maxConcurrentPerInstance', a.maxConcurrentPerInstance, {
			integer: true,
			min: 1,
			max: numericFact(limits, 'async.maxConcurrentInvocationsPerInstance'),
		});
		checkNumber('asynchronous.targetBacklogPerInstance', a.targetBacklogPerInstance, {
			min: 0,
			exclusiveMin: true,
			max: 1_000_000,
		});
		if (a.requestTtlSeconds !== undefined)
			checkNumber('asynchronous.requestTtlSeconds', a.requestTtlSeconds, {
				min: numericFact(limits, 'async.minQueueSeconds'),
				max: numericFact(limits, 'async.maxQueueSeconds'),
			});
		if (a.invocationTimeoutSeconds !== undefined)
			checkNumber('asynchronous.invocationTimeoutSeconds', a.invocationTimeoutSeconds, {
				min: 1,
				max: numericFact(limits, 'async.maxProcessingSeconds'),
			});
		if (a.instanceStartupMinutes !== undefined)
			checkNumber('asynchronous.instanceStartupMinutes', a.instanceStartupMinutes, {
				min: 0,
				max: 60,
			});
		checkCooldowns('asynchronous', a);
	},
	run(s, limits, streams, rec, options) {
		const a = s.asynchronous as AsyncConfig;
		const cooldown = numericFact(limits, 'autoscaling.defaultCooldownSeconds');
		const scaler = new Scaler(backlogPerInstance(a.targetBacklogPerInstance, a.scaleOutFromZero), {
			min: a.minInstances,
			max: a.maxInstances,
			scaleOutCooldown: a.scaleOutCooldownSeconds ?? cooldown,
			scaleInCooldown: a.scaleInCooldownSeconds ?? cooldown,
			scaleInMinutes: a.scaleInMinutes ?? DEFAULT_SCALE_IN_MINUTES,
		});
		const totals = runFleet(
			{
				duration: s.durationSeconds,
				instances: a.instances,
				workersPerInstance: a.maxConcurrentPerInstance,
				startupSeconds: (a.instanceStartupMinutes ?? DEFAULT_STARTUP_MINUTES) * 60,
				maxPayloadMB: numericFact(limits, 'async.maxPayloadMB'),
				payloadMB: s.payloadMB,
				timeoutSeconds:
					a.invocationTimeoutSeconds ?? numericFact(limits, 'async.defaultProcessingSeconds'),
				timeoutIncludesWait: false,
				ttlSeconds: a.requestTtlSeconds ?? numericFact(limits, 'async.maxQueueSeconds'),
				failWithoutCapacity: false,
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
			a.instanceType,
			a.maxConcurrentPerInstance,
			totals,
			rec.counts.completed,
		);
	},
};
