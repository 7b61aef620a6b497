import { numericFact } from '../limits/model';
import { InvalidInputError } from '../errors';
import { checkNumber, checkOneOf, requireSection } from './checks';
import { TimeHeap } from './heap';
import type { OptionModel } from './option-model';
import { instancePriceId, instanceTypes, priceOf, summariseCost } from './prices';
import { checkProgress } from './progress';
import { createServiceSampler } from './service';
import type { BatchConfig } from './types';

/** Minutes to start a transform job when the learner does not say (an assumption). */
export const DEFAULT_JOB_STARTUP_MINUTES = 5;

/**
 * Batch transform: records packed into mini-batches up to MaxPayloadInMB, each mini-batch one
 * invocation on the next free worker; the job bills every instance from start-up to the end.
 */
export const batchModel: OptionModel = {
	validate(s, limits) {
		const b = requireSection('batch', s.batch);
		checkNumber('batch.records', b.records, { integer: true, min: 1, max: 50_000_000 });
		checkOneOf('batch.instanceType', b.instanceType, instanceTypes(limits));
		checkNumber('batch.instances', b.instances, { integer: true, min: 1, max: 1000 });
		if (b.workersPerInstance !== undefined)
			checkNumber('batch.workersPerInstance', b.workersPerInstance, {
				integer: true,
				min: 1,
				max: 1000,
			});
		if (b.startupMinutes !== undefined)
			checkNumber('batch.startupMinutes', b.startupMinutes, { min: 0, max: 60 });
		const mini = checkNumber('batch.miniBatchMB', b.miniBatchMB, {
			min: 0,
			exclusiveMin: true,
			max: numericFact(limits, 'batch.maxPayloadPerRequestMB'),
		});
		if (s.payloadMB > mini)
			throw new InvalidInputError(
				'payloadMB',
				`one record (${s.payloadMB} MB) must fit in a mini-batch (batch.miniBatchMB = ${mini} MB)`,
			);
		if (b.invocationTimeoutSeconds !== undefined)
			checkNumber('batch.invocationTimeoutSeconds', b.invocationTimeoutSeconds, {
				min: 1,
				max: numericFact(limits, 'batch.maxInvocationSeconds'),
			});
	},
	run(s, limits, streams, rec, options) {
		const b = s.batch as BatchConfig;
		const workers = b.instances * (b.workersPerInstance ?? 1);
		const perBatch = Math.max(1, Math.floor(b.miniBatchMB / s.payloadMB + 1e-9));
		const miniBatches = Math.ceil(b.records / perBatch);
		const timeout =
			b.invocationTimeoutSeconds ?? numericFact(limits, 'batch.defaultInvocationSeconds');
		const startup = (b.startupMinutes ?? DEFAULT_JOB_STARTUP_MINUTES) * 60;
		const sample = createServiceSampler(s.service, streams.service);
		const free = new TimeHeap(workers);
		for (let i = 0; i < workers; i++) free.push(startup);
		let busySeconds = 0;
		let end = startup;
		for (let m = 0; m < miniBatches; m++) {
			const records = Math.min(perBatch, b.records - m * perBatch);
			let work = 0;
			for (let r = 0; r < records; r++) work += sample();
			const start = free.pop();
			const hold = Math.min(work, timeout);
			free.push(start + hold);
			end = Math.max(end, start + hold);
			busySeconds += hold;
			// Every record of a mini-batch shares its fate; latency counts from the job's start.
			for (let r = 0; r < records; r++) {
				rec.arrival(0);
				if (work > timeout) rec.fail(0, 'timedOut');
				else rec.complete(0, start - startup, start + work);
			}
			if ((m & 0xffff) === 0) checkProgress(options, m / miniBatches);
		}
		rec.sample({ capacity: b.instances, pending: 0, queue: 0, busy: 0 });
		const price = priceOf(limits, instancePriceId(b.instanceType), s.prices?.instanceUsdPerHour);
		const total = ((b.instances * end) / 3600) * (price.value ?? 0);
		const utilisation = end > 0 ? busySeconds / (workers * end) : 0;
		return {
			utilisation,
			meanInSystem: 0,
			instances: { min: b.instances, max: b.instances, mean: b.instances },
			events: miniBatches,
			durationSeconds: end,
			cost: summariseCost(
				{ total, idle: total * (1 - utilisation) },
				rec.counts.completed,
				[price],
				price.value === null ? [price.label] : [],
			),
			batch: { jobSeconds: end, miniBatches, recordsPerMiniBatch: perBatch },
		};
	},
};
