import { LogHistogram } from './histogram';
import type { LatencySummary, RequestCounts, TimeSeries } from './types';

/** At most this many points per chart, so a week-long run still draws fast. */
const MAX_POINTS = 720;
const INTERVALS = [1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21_600, 86_400];

/** The shortest round sample interval that keeps a run within MAX_POINTS points. */
export function sampleInterval(duration: number): number {
	return INTERVALS.find((s) => duration / s <= MAX_POINTS) ?? Math.ceil(duration / MAX_POINTS);
}

/** What a model reports about its state when a sample interval ends. */
export interface Snapshot {
	capacity: number;
	pending: number;
	queue: number;
	busy: number;
}

/**
 * Collects outcomes, latencies and the time series for one run. Counters only count requests
 * that arrived after warm-up; the series counts everything, because a chart shows the whole run.
 */
export class Recorder {
	readonly counts: RequestCounts = {
		total: 0,
		completed: 0,
		rejectedPayload: 0,
		throttled: 0,
		timedOut: 0,
		expired: 0,
		noCapacity: 0,
		unfinished: 0,
	};
	readonly latency = new LogHistogram();
	readonly wait = new LogHistogram();
	coldStarts = 0;
	readonly interval: number;
	readonly series: TimeSeries;
	private slot = 0;
	private slotArrivals = 0;
	private slotLatencySum = 0;
	private slotStarted = 0;
	private slotCold = 0;
	private slotFailures = 0;

	constructor(
		duration: number,
		/** Requests arriving before this are not counted. */
		readonly warmup: number,
	) {
		this.interval = sampleInterval(duration);
		const n = Math.max(1, Math.ceil(duration / this.interval));
		const make = () => new Float64Array(n);
		this.series = {
			t: Float64Array.from({ length: n }, (_, i) => i * this.interval),
			arrivalsPerSecond: make(),
			capacity: make(),
			pending: make(),
			queue: make(),
			busy: make(),
			meanLatency: make(),
			coldStarts: make(),
			failures: make(),
		};
	}

	/** Time the current sample interval ends. */
	get nextSampleAt(): number {
		return (this.slot + 1) * this.interval;
	}

	arrival(arrivedAt: number): void {
		this.slotArrivals++;
		if (arrivedAt >= this.warmup) this.counts.total++;
	}

	/** A request that ended without being served. */
	fail(arrivedAt: number, outcome: Exclude<keyof RequestCounts, 'total' | 'completed'>): void {
		this.slotFailures++;
		if (arrivedAt >= this.warmup) this.counts[outcome]++;
	}

	/** A request that will complete: its wait and its end-to-end latency. */
	complete(arrivedAt: number, wait: number, latency: number): void {
		this.slotStarted++;
		this.slotLatencySum += latency;
		if (arrivedAt < this.warmup) return;
		this.counts.completed++;
		this.latency.add(latency);
		this.wait.add(wait);
	}

	cold(arrivedAt: number): void {
		this.slotCold++;
		if (arrivedAt >= this.warmup) this.coldStarts++;
	}

	/** Closes the current interval with the model's state. */
	sample(state: Snapshot): void {
		const s = this.series;
		const i = this.slot;
		if (i >= s.t.length) return;
		s.arrivalsPerSecond[i] = this.slotArrivals / this.interval;
		s.capacity[i] = state.capacity;
		s.pending[i] = state.pending;
		s.queue[i] = state.queue;
		s.busy[i] = state.busy;
		s.meanLatency[i] = this.slotStarted > 0 ? this.slotLatencySum / this.slotStarted : NaN;
		s.coldStarts[i] = this.slotCold;
		s.failures[i] = this.slotFailures;
		this.slot++;
		this.slotArrivals =
			this.slotLatencySum =
			this.slotStarted =
			this.slotCold =
			this.slotFailures =
				0;
	}

	latencySummary(): LatencySummary {
		const h = this.latency;
		return {
			mean: h.mean,
			p50: h.quantile(0.5),
			p90: h.quantile(0.9),
			p99: h.quantile(0.99),
			max: h.max,
		};
	}

	waitSummary(): { mean: number; p99: number; max: number } {
		return { mean: this.wait.mean, p99: this.wait.quantile(0.99), max: this.wait.max };
	}
}
