import type { Rng } from '../random';
import type { ServiceTime } from './types';
import { exponential, normal } from './ziggurat';

/** Draws one processing time in seconds. */
export type ServiceSampler = () => number;

/** z such that P(Z <= z) = 0.99 for a standard normal. */
const Z99 = 2.3263478740408408;

/** The lognormal's sigma from its median and 99th percentile: p99 = median * e^(sigma * z99). */
export function lognormalSigma(medianSeconds: number, p99Seconds: number): number {
	return Math.log(p99Seconds / medianSeconds) / Z99;
}

/** The mean of a service-time distribution, for theory and capacity hints. */
export function meanServiceSeconds(service: ServiceTime): number {
	return serviceMeans[service.distribution](service as never);
}

const serviceMeans = {
	fixed: (s: Extract<ServiceTime, { distribution: 'fixed' }>) => s.seconds,
	exponential: (s: Extract<ServiceTime, { distribution: 'exponential' }>) => s.meanSeconds,
	lognormal: (s: Extract<ServiceTime, { distribution: 'lognormal' }>) =>
		s.medianSeconds * Math.exp(lognormalSigma(s.medianSeconds, s.p99Seconds) ** 2 / 2),
} satisfies {
	[K in ServiceTime['distribution']]: (s: Extract<ServiceTime, { distribution: K }>) => number;
};

const samplers = {
	fixed: (s: Extract<ServiceTime, { distribution: 'fixed' }>) => () => s.seconds,
	exponential: (s: Extract<ServiceTime, { distribution: 'exponential' }>, rng: Rng) => {
		const mean = s.meanSeconds;
		return () => mean * exponential(rng);
	},
	lognormal: (s: Extract<ServiceTime, { distribution: 'lognormal' }>, rng: Rng) => {
		const mu = Math.log(s.medianSeconds);
		const sigma = lognormalSigma(s.medianSeconds, s.p99Seconds);
		return () => Math.exp(mu + sigma * normal(rng));
	},
} satisfies {
	[K in ServiceTime['distribution']]: (
		s: Extract<ServiceTime, { distribution: K }>,
		rng: Rng,
	) => ServiceSampler;
};

/** A sampler for the configured distribution, drawing from its own rng stream. */
export function createServiceSampler(service: ServiceTime, rng: Rng): ServiceSampler {
	return samplers[service.distribution](service as never, rng);
}
