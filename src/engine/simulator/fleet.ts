import { RequestQueue } from './fifo';
import { TimeHeap } from './heap';
import type { Recorder } from './recorder';
import type { Scaler } from './scaling';
import type { ArrivalSource } from './traffic';
import type { ServiceSampler } from './service';
import type { RunOptions } from './types';
import { checkProgress } from './progress';

/** What differs between a real-time and an asynchronous fleet; the queueing is the same. */
export interface FleetRules {
	duration: number;
	instances: number;
	workersPerInstance: number;
	startupSeconds: number;
	/** Requests above this size are rejected at the door. */
	maxPayloadMB: number;
	payloadMB: number;
	/** Longest processing time allowed. */
	timeoutSeconds: number;
	/** Real-time: the caller's clock includes the wait. Async: only processing counts. */
	timeoutIncludesWait: boolean;
	/** Async request TTL: a request still queued after this expires. */
	ttlSeconds: number;
	/** Real-time fails calls when no instance is in service; async queues them. */
	failWithoutCapacity: boolean;
	scaler: Scaler | null;
}

/** What a fleet run measured, for the cost and the summary. */
export interface FleetTotals {
	/** Instance-seconds billed (in service + launching). */
	instanceSeconds: number;
	/** Worker-seconds spent processing. */
	busySeconds: number;
	/** Time integral of requests in the system after warm-up. */
	inSystemArea: number;
	minInstances: number;
	maxInstances: number;
	events: number;
}

const SCALE_TICK = 60;

/** Time a request spends in the system inside [from, to]: its share of Little's L. */
function overlap(arrived: number, left: number, from: number, to: number): number {
	const start = arrived > from ? arrived : from;
	const end = left < to ? left : to;
	return end > start ? end - start : 0;
}

/**
 * Runs an instance fleet with one FIFO queue in front of instances x workers servers (an
 * M/M/c queue when arrivals are Poisson and service exponential), plus target tracking.
 * One loop, three event sources: the next arrival, the earliest completion, the next timer.
 */
export function runFleet(
	rules: FleetRules,
	arrivals: ArrivalSource,
	sampleService: ServiceSampler,
	rec: Recorder,
	options: RunOptions,
): FleetTotals {
	const { duration, workersPerInstance: workers, timeoutSeconds: timeout, ttlSeconds: ttl } = rules;
	const { timeoutIncludesWait, failWithoutCapacity, scaler, startupSeconds } = rules;
	const rejectAll = rules.payloadMB > rules.maxPayloadMB;
	const warmup = rec.warmup;
	const done = new TimeHeap(64);
	const queue = new RequestQueue();
	const launching = new TimeHeap(8);
	let inService = rules.instances;
	let capacity = inService * workers;
	let busy = 0;
	let t: number;
	// Instance-seconds are summed when the count changes, so a fixed fleet bills exactly n x T.
	let countSince = 0;
	let instanceSeconds = 0;
	let busySeconds = 0;
	let inSystemArea = 0;
	let minInstances = inService;
	let maxInstances = inService;
	let events = 0;
	let minuteInvocations = 0;
	let minuteFailures = 0;
	let nextArrival = arrivals.next();
	let nextTick = scaler ? SCALE_TICK : Infinity;
	let nextSample = rec.nextSampleAt;
	// Hot state lives in plain locals and nothing closes over them: a captured double would be
	// boxed on every write and the loop would allocate per event.
	let tTimer = Math.min(nextTick, nextSample, launching.peek(), duration);
	for (;;) {
		const tDone = done.peek();
		if (tDone <= nextArrival && tDone <= tTimer) {
			t = tDone;
			done.pop();
			busy--;
		} else if (nextArrival <= tTimer) {
			t = nextArrival;
			const arrived = t;
			nextArrival = arrivals.next();
			rec.arrival(arrived);
			if (rejectAll) {
				rec.fail(arrived, 'rejectedPayload');
			} else if (failWithoutCapacity && inService === 0) {
				minuteInvocations++;
				minuteFailures++;
				rec.fail(arrived, 'noCapacity');
			} else {
				minuteInvocations++;
				const service = sampleService();
				if (busy < capacity && queue.size === 0) {
					// Fast path, the common case: a free worker takes the request at once.
					busy++;
					const hold = service > timeout ? timeout : service;
					done.push(t + hold);
					busySeconds += t + hold < duration ? hold : duration - t;
					inSystemArea += overlap(arrived, t + hold, warmup, duration);
					if (service > timeout) rec.fail(arrived, 'timedOut');
					else rec.complete(arrived, 0, service);
				} else queue.push(arrived, service);
			}
		} else {
			t = tTimer;
			instanceSeconds += (inService + launching.size) * (t - countSince);
			countSince = t;
			while (launching.peek() <= t) {
				launching.pop();
				inService++;
			}
			if (t >= nextTick && scaler) {
				const current = inService + launching.size;
				const target = scaler.decide(t, current, inService, {
					invocations: minuteInvocations,
					backlog: queue.size,
					noCapacityFailures: minuteFailures,
				});
				for (let i = current; i < target; i++) launching.push(t + startupSeconds);
				// Scale-in drops launching instances first, then instances in service.
				for (let i = target; i < current; i++) {
					if (launching.size > 0) launching.pop();
					else inService--;
				}
				minuteInvocations = minuteFailures = 0;
				nextTick += SCALE_TICK;
			}
			capacity = inService * workers;
			minInstances = Math.min(minInstances, inService);
			maxInstances = Math.max(maxInstances, inService + launching.size);
			if (t >= nextSample || t >= duration) {
				rec.sample({ capacity: inService, pending: launching.size, queue: queue.size, busy });
				nextSample = rec.nextSampleAt;
				// At most one call per chart point, so progress costs nothing measurable.
				checkProgress(options, t / duration);
			}
			if (t >= duration) break;
			tTimer = Math.min(nextTick, nextSample, launching.peek(), duration);
		}
		events++;
		// Start queued requests while workers are free; expired or timed-out ones leave unserved.
		while (busy < capacity && queue.size > 0) {
			const arrived = queue.peekArrival();
			const service = queue.peekService();
			queue.drop();
			const wait = t - arrived;
			const allowed = timeoutIncludesWait ? timeout - wait : timeout;
			if (wait > ttl || allowed <= 0) {
				inSystemArea += overlap(arrived, t, warmup, duration);
				rec.fail(arrived, wait > ttl ? 'expired' : 'timedOut');
				continue;
			}
			busy++;
			const hold = service > allowed ? allowed : service;
			done.push(t + hold);
			busySeconds += t + hold < duration ? hold : duration - t;
			inSystemArea += overlap(arrived, t + hold, warmup, duration);
			if (service > allowed) rec.fail(arrived, 'timedOut');
			else rec.complete(arrived, wait, wait + service);
		}
	}
	// Requests still queued at the end never got an answer inside the run.
	while (queue.size > 0) {
		inSystemArea += overlap(queue.peekArrival(), duration, warmup, duration);
		rec.fail(queue.peekArrival(), 'unfinished');
		queue.drop();
	}
	return { instanceSeconds, busySeconds, inSystemArea, minInstances, maxInstances, events };
}
