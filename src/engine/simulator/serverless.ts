import { numericFact } from '../limits/model';
import { InvalidInputError } from '../errors';
import { checkNumber, requireSection } from './checks';
import { TimeHeap } from './heap';
import { IdlePool } from './idle-pool';
import type { OptionModel } from './option-model';
import { priceOf, summariseCost } from './prices';
import { checkProgress } from './progress';
import { createServiceSampler } from './service';
import { createArrivals } from './traffic';
import type { ServerlessConfig } from './types';

/**
 * Serverless endpoint: no queue. A request takes a warm environment (provisioned first, then
 * the most recently used), or cold-starts a new one; above MaxConcurrency it is throttled, so
 * with exponential service and no cold starts it is an Erlang loss system (M/M/c/c).
 */
export const serverlessModel: OptionModel = {
	validate(s, limits) {
		const c = requireSection('serverless', s.serverless);
		checkNumber('serverless.memoryMB', c.memoryMB, {
			min: numericFact(limits, 'serverless.minMemoryMB'),
			max: numericFact(limits, 'serverless.maxMemoryMB'),
			step: numericFact(limits, 'serverless.memoryStepMB'),
		});
		const max = checkNumber('serverless.maxConcurrency', c.maxConcurrency, {
			integer: true,
			min: 1,
			max: numericFact(limits, 'serverless.maxConcurrency'),
		});
		if (c.provisionedConcurrency !== undefined) {
			const cap = numericFact(limits, 'serverless.maxProvisionedConcurrency');
			const pc = checkNumber('serverless.provisionedConcurrency', c.provisionedConcurrency, {
				integer: true,
				min: 0,
				max: cap,
			});
			if (pc > max)
				throw new InvalidInputError(
					'serverless.provisionedConcurrency',
					`must be from 0 to maxConcurrency (${max}), got ${pc}`,
				);
		}
		checkNumber('serverless.coldStartSeconds', c.coldStartSeconds, {
			min: 0,
			max: numericFact(limits, 'serverless.startupSeconds'),
		});
		checkNumber('serverless.keepWarmSeconds', c.keepWarmSeconds, { min: 0, max: 86_400 });
	},
	run(s, limits, streams, rec, options) {
		const c = s.serverless as ServerlessConfig;
		const duration = s.durationSeconds;
		const provisioned = c.provisionedConcurrency ?? 0;
		const timeout = numericFact(limits, 'serverless.maxProcessingSeconds');
		const rejectAll = s.payloadMB > numericFact(limits, 'serverless.maxPayloadMB');
		const arrivals = createArrivals(s.traffic, duration, streams.traffic, streams.arrivals);
		const sample = createServiceSampler(s.service, streams.service);
		const provDone = new TimeHeap(Math.max(4, provisioned));
		const odDone = new TimeHeap(64);
		const pool = new IdlePool(c.keepWarmSeconds);
		let provIdle = provisioned;
		let computeSeconds = 0;
		let provBusySeconds = 0;
		let inSystemArea = 0;
		let last = 0;
		let events = 0;
		let minWarm = Infinity;
		let maxWarm = 0;
		let nextArrival = arrivals.next();
		let nextSample = rec.nextSampleAt;
		const warmup = rec.warmup;

		for (;;) {
			const tProv = provDone.peek();
			const tOd = odDone.peek();
			const tTimer = Math.min(nextSample, duration);
			const t = Math.min(tProv, tOd, nextArrival, tTimer);
			if (t > warmup) inSystemArea += (provDone.size + odDone.size) * (t - Math.max(last, warmup));
			last = t;
			events++;
			if (tProv <= t && tProv <= nextArrival && tProv <= tTimer) {
				provDone.pop();
				provIdle++;
			} else if (tOd <= nextArrival && tOd <= tTimer) {
				odDone.pop();
				pool.release(t);
			} else if (nextArrival <= tTimer) {
				const arrived = nextArrival;
				nextArrival = arrivals.next();
				rec.arrival(arrived);
				if (rejectAll) rec.fail(arrived, 'rejectedPayload');
				else if (provDone.size + odDone.size >= c.maxConcurrency) rec.fail(arrived, 'throttled');
				else {
					const service = sample();
					const hold = Math.min(service, timeout);
					let cold = 0;
					pool.expire(t);
					if (provIdle > 0) {
						provIdle--;
						provDone.push(t + hold);
						provBusySeconds += Math.min(hold, duration - t);
					} else {
						if (!pool.take(t)) {
							cold = c.coldStartSeconds;
							rec.cold(arrived);
						}
						odDone.push(t + cold + hold);
					}
					computeSeconds += hold;
					if (service > timeout) rec.fail(arrived, 'timedOut');
					else rec.complete(arrived, 0, cold + service);
				}
			} else {
				pool.expire(t);
				const busy = provDone.size + odDone.size;
				const warm = provisioned + odDone.size + pool.size;
				minWarm = Math.min(minWarm, warm);
				maxWarm = Math.max(maxWarm, warm);
				rec.sample({ capacity: warm, pending: 0, queue: 0, busy });
				nextSample = rec.nextSampleAt;
				checkProgress(options, t / duration);
				if (t >= duration) break;
			}
		}
		pool.close(duration);
		const memoryGB = c.memoryMB / 1024;
		const onDemand = priceOf(
			limits,
			'price.serverless.usdPerGBSecond',
			s.prices?.serverlessUsdPerGBSecond,
		);
		const pcPrice = priceOf(
			limits,
			'price.serverless.provisionedUsdPerGBSecond',
			s.prices?.provisionedUsdPerGBSecond,
		);
		const computeCost = computeSeconds * memoryGB * (onDemand.value ?? 0);
		const pcGBSeconds = provisioned * memoryGB * duration;
		const pcCost = pcGBSeconds * (pcPrice.value ?? 0);
		const pcIdleShare = provisioned > 0 ? 1 - provBusySeconds / (provisioned * duration) : 0;
		const unpriced = [
			...(onDemand.value === null ? [onDemand.label] : []),
			...(provisioned > 0 && pcPrice.value === null ? [pcPrice.label] : []),
		];
		const warmSeconds =
			computeSeconds + pool.idleSeconds + (provisioned * duration - provBusySeconds);
		const measured = duration - warmup;
		return {
			utilisation: warmSeconds > 0 ? computeSeconds / warmSeconds : 0,
			meanInSystem: measured > 0 ? inSystemArea / measured : 0,
			instances: {
				min: minWarm === Infinity ? 0 : minWarm,
				max: maxWarm,
				mean: warmSeconds / duration,
			},
			events,
			durationSeconds: duration,
			cost: summariseCost(
				{ total: computeCost + pcCost, idle: pcCost * pcIdleShare },
				rec.counts.completed,
				provisioned > 0 ? [onDemand, pcPrice] : [onDemand],
				unpriced,
			),
		};
	},
};
