import { InvalidInputError } from '../errors';
import { createRng } from '../random';
import { checkNumber, checkOneOf } from './checks';
import { expectedRequests } from './traffic';
import type { Scenario, ServiceTime, Traffic } from './types';

/** Longest run: a week, so a diurnal pattern shows its weekly shape. */
export const MAX_DURATION_SECONDS = 7 * 86_400;
/** Most requests in one run, to bound time and memory in a browser tab. */
export const MAX_REQUESTS = 50_000_000;
/** Slowest request the simulator accepts (a day); the options' own timeouts are far below. */
const MAX_SERVICE_SECONDS = 86_400;

/** Highest request rate a run takes, requests per second. */
const MAX_RPS = 100_000;
const rate = (field: string, v: unknown) => checkNumber(field, v, { min: 0, max: MAX_RPS });
const span = (field: string, v: unknown) =>
	checkNumber(field, v, { min: 0, max: MAX_DURATION_SECONDS, exclusiveMin: true });

const trafficChecks = {
	steady: (t: Extract<Traffic, { shape: 'steady' }>) => rate('traffic.meanRps', t.meanRps),
	diurnal: (t: Extract<Traffic, { shape: 'diurnal' }>) => {
		rate('traffic.meanRps', t.meanRps);
		checkNumber('traffic.amplitude', t.amplitude, { min: 0, max: 1 });
		if (t.periodSeconds !== undefined) span('traffic.periodSeconds', t.periodSeconds);
		if (t.peakAtSeconds !== undefined)
			checkNumber('traffic.peakAtSeconds', t.peakAtSeconds, { min: 0, max: MAX_DURATION_SECONDS });
	},
	spiky: (t: Extract<Traffic, { shape: 'spiky' }>) => {
		rate('traffic.baseRps', t.baseRps);
		rate('traffic.burstRps', t.burstRps);
		span('traffic.burstSeconds', t.burstSeconds);
		checkNumber('traffic.burstsPerHour', t.burstsPerHour, { min: 0, max: 3600 });
	},
	intermittent: (t: Extract<Traffic, { shape: 'intermittent' }>) => {
		rate('traffic.meanRps', t.meanRps);
		span('traffic.onSeconds', t.onSeconds);
		checkNumber('traffic.offSeconds', t.offSeconds, { min: 0, max: MAX_DURATION_SECONDS });
	},
	trace: (t: Extract<Traffic, { shape: 'trace' }>) => {
		const trace = t.trace;
		if (trace?.kind === 'rates')
			// Checked per minute, the unit the trace file is written in.
			trace.perMinute.forEach((r, i) =>
				checkNumber(`traffic.trace.perMinute[${i}]`, r, { min: 0, max: MAX_RPS * 60 }),
			);
		else if (trace?.kind === 'timestamps') {
			let previous = 0;
			trace.seconds.forEach((s, i) => {
				previous = checkNumber(`traffic.trace.seconds[${i}]`, s, { min: previous });
			});
		} else
			throw new InvalidInputError('traffic.trace', 'must be a parsed trace of timestamps or rates');
	},
} satisfies { [K in Traffic['shape']]: (t: Extract<Traffic, { shape: K }>) => unknown };

const serviceRange = { min: 0, max: MAX_SERVICE_SECONDS, exclusiveMin: true };
const serviceChecks = {
	fixed: (s: Extract<ServiceTime, { distribution: 'fixed' }>) =>
		checkNumber('service.seconds', s.seconds, serviceRange),
	exponential: (s: Extract<ServiceTime, { distribution: 'exponential' }>) =>
		checkNumber('service.meanSeconds', s.meanSeconds, serviceRange),
	lognormal: (s: Extract<ServiceTime, { distribution: 'lognormal' }>) => {
		const median = checkNumber('service.medianSeconds', s.medianSeconds, serviceRange);
		checkNumber('service.p99Seconds', s.p99Seconds, { ...serviceRange, min: median });
	},
} satisfies {
	[K in ServiceTime['distribution']]: (s: Extract<ServiceTime, { distribution: K }>) => unknown;
};

/** Checks the parts every option shares: run length, seed, payload, traffic and service time. */
export function validateCommon(s: Scenario): void {
	checkNumber('seed', s.seed, { integer: true, min: 0, max: 2 ** 32 - 1 });
	const duration = span('durationSeconds', s.durationSeconds);
	checkNumber('payloadMB', s.payloadMB, { min: 0, max: 100_000, exclusiveMin: true });
	if (s.warmupSeconds !== undefined)
		checkNumber('warmupSeconds', s.warmupSeconds, { min: 0, max: duration, exclusiveMin: false });
	for (const [key, value] of Object.entries(s.prices ?? {}))
		if (value !== undefined) checkNumber(`prices.${key}`, value, { min: 0, max: 1_000_000 });
	if (s.option === 'batch-transform') return serviceCheck(s.service);
	const shape = checkOneOf(
		'traffic.shape',
		s.traffic?.shape,
		Object.keys(trafficChecks) as Traffic['shape'][],
	);
	trafficChecks[shape](s.traffic as never);
	serviceCheck(s.service);
	const expected = expectedRequests(s.traffic, duration, createRng(s.seed));
	if (expected > MAX_REQUESTS)
		throw new InvalidInputError(
			'traffic',
			`expects about ${Math.round(expected).toLocaleString('en-US')} requests; the most one run takes is ${MAX_REQUESTS.toLocaleString('en-US')} (lower the rate or the duration)`,
		);
}

function serviceCheck(service: ServiceTime): void {
	const kind = checkOneOf(
		'service.distribution',
		service?.distribution,
		Object.keys(serviceChecks) as ServiceTime['distribution'][],
	);
	serviceChecks[kind](service as never);
}
