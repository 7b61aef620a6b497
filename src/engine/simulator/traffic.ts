import type { Rng } from '../random';
import type { Traffic } from './types';
import { exponential } from './ziggurat';

/** Produces arrival times in increasing order; Infinity once the run has no more. */
export interface ArrivalSource {
	next(): number;
}

/** A rate that is constant on each segment: `rates[i]` requests/s until `ends[i]`. */
export interface RateSegments {
	ends: Float64Array;
	rates: Float64Array;
}

/** Diurnal rates are averaged exactly over slices this long, then held constant. */
const DIURNAL_SLICE_SECONDS = 60;

const compilers = {
	steady: (t: Extract<Traffic, { shape: 'steady' }>, duration: number) =>
		segments([[duration, t.meanRps]]),
	diurnal: (t: Extract<Traffic, { shape: 'diurnal' }>, duration: number) => {
		const period = t.periodSeconds ?? 86_400;
		const peak = t.peakAtSeconds ?? 14 * 3600;
		const parts: [number, number][] = [];
		for (let start = 0; start < duration; start += DIURNAL_SLICE_SECONDS) {
			const end = Math.min(duration, start + DIURNAL_SLICE_SECONDS);
			// Mean of 1 + a*cos(theta) over the slice, so the slices keep the day's total exact.
			const k = (2 * Math.PI) / period;
			const th0 = k * (start - peak);
			const th1 = k * (end - peak);
			const meanCos = (Math.sin(th1) - Math.sin(th0)) / (th1 - th0);
			parts.push([end, Math.max(0, t.meanRps * (1 + t.amplitude * meanCos))]);
		}
		return segments(parts);
	},
	spiky: (t: Extract<Traffic, { shape: 'spiky' }>, duration: number, rng: Rng) => {
		const parts: [number, number][] = [];
		const gap = t.burstsPerHour > 0 ? 3600 / t.burstsPerHour : Infinity;
		let at = 0;
		for (;;) {
			const start = at - gap * Math.log(1 - rng.next());
			if (start >= duration) break;
			parts.push([start, t.baseRps]);
			at = Math.min(duration, start + t.burstSeconds);
			parts.push([at, t.burstRps]);
		}
		parts.push([duration, t.baseRps]);
		return segments(parts);
	},
	intermittent: (t: Extract<Traffic, { shape: 'intermittent' }>, duration: number) => {
		const parts: [number, number][] = [];
		for (let at = 0; at < duration;) {
			at = Math.min(duration, at + t.onSeconds);
			parts.push([at, t.meanRps]);
			if (at >= duration) break;
			at = Math.min(duration, at + t.offSeconds);
			parts.push([at, 0]);
		}
		return segments(parts);
	},
	trace: (t: Extract<Traffic, { shape: 'trace' }>, duration: number) => {
		if (t.trace.kind !== 'rates') return null;
		return segments(
			t.trace.perMinute.map((rpm, i) => [Math.min(duration, (i + 1) * 60), rpm / 60]),
		);
	},
} satisfies {
	[K in Traffic['shape']]: (
		t: Extract<Traffic, { shape: K }>,
		duration: number,
		rng: Rng,
	) => RateSegments | null;
};

function segments(parts: readonly (readonly [number, number])[]): RateSegments {
	// Drop empty segments (a burst starting where the last one ended).
	const kept = parts.filter(([end], i) => i === 0 || end > (parts[i - 1]?.[0] ?? 0));
	return {
		ends: Float64Array.from(kept, ([end]) => end),
		rates: Float64Array.from(kept, ([, rate]) => rate),
	};
}

/** The traffic as piecewise-constant rates; `null` for a trace of exact timestamps. */
export function compileRates(traffic: Traffic, duration: number, rng: Rng): RateSegments | null {
	return compilers[traffic.shape](traffic as never, duration, rng);
}

/**
 * Poisson arrivals at a piecewise-constant rate. Exact, not thinned: the exponential gap is
 * memoryless, so a gap that runs past a segment's end restarts at the end with the next rate.
 */
class PiecewisePoisson implements ArrivalSource {
	private t = 0;
	private i = 0;
	constructor(
		private readonly ends: Float64Array,
		private readonly rates: Float64Array,
		private readonly rng: Rng,
	) {}

	next(): number {
		const { ends, rates, rng } = this;
		let t = this.t;
		while (this.i < ends.length) {
			const end = ends[this.i] as number;
			const rate = rates[this.i] as number;
			if (rate > 0) {
				const candidate = t + exponential(rng) / rate;
				if (candidate < end) return (this.t = candidate);
			}
			t = end;
			this.i++;
		}
		return (this.t = Infinity);
	}
}

/** Replays recorded arrival times that fall inside the run. */
class Replay implements ArrivalSource {
	private i = 0;
	constructor(
		private readonly seconds: readonly number[],
		private readonly duration: number,
	) {}

	next(): number {
		const t = this.seconds[this.i++];
		return t === undefined || t >= this.duration ? Infinity : t;
	}
}

/** Arrival times for the configured traffic: `shapeRng` places bursts, `rng` draws the gaps. */
export function createArrivals(
	traffic: Traffic,
	duration: number,
	shapeRng: Rng,
	rng: Rng,
): ArrivalSource {
	if (traffic.shape === 'trace' && traffic.trace.kind === 'timestamps')
		return new Replay(traffic.trace.seconds, duration);
	const rates = compileRates(traffic, duration, shapeRng) as RateSegments;
	return new PiecewisePoisson(rates.ends, rates.rates, rng);
}

/** Expected requests over the run: the integral of the rate (or the trace's count). */
export function expectedRequests(traffic: Traffic, duration: number, rng: Rng): number {
	if (traffic.shape === 'trace' && traffic.trace.kind === 'timestamps')
		return traffic.trace.seconds.filter((t) => t < duration).length;
	const { ends, rates } = compileRates(traffic, duration, rng) as RateSegments;
	let total = 0;
	let start = 0;
	for (let i = 0; i < ends.length; i++) {
		total += (rates[i] as number) * ((ends[i] as number) - start);
		start = ends[i] as number;
	}
	return total;
}
