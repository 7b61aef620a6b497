import type { InferenceOption } from '../../schemas/limits';

export type { InferenceOption };

/** Requests per second held for the whole run (a Poisson process). */
export interface SteadyTraffic {
	shape: 'steady';
	meanRps: number;
}
/** A daily cycle: the rate swings around its mean and peaks once per period. */
export interface DiurnalTraffic {
	shape: 'diurnal';
	meanRps: number;
	/** 0 = flat, 1 = the trough reaches zero. */
	amplitude: number;
	/** Seconds from the start to the first peak; default 14:00. */
	peakAtSeconds?: number;
	/** Length of one cycle; default one day. */
	periodSeconds?: number;
}
/** A base rate with bursts that start at random (seeded) times. */
export interface SpikyTraffic {
	shape: 'spiky';
	baseRps: number;
	burstRps: number;
	burstSeconds: number;
	burstsPerHour: number;
}
/** Active for `onSeconds` at `meanRps`, then silent for `offSeconds`, repeating. */
export interface IntermittentTraffic {
	shape: 'intermittent';
	meanRps: number;
	onSeconds: number;
	offSeconds: number;
}
/** Replays an uploaded trace (see `parseTrace`). */
export interface TraceTraffic {
	shape: 'trace';
	trace: Trace;
}
export type Traffic =
	SteadyTraffic | DiurnalTraffic | SpikyTraffic | IntermittentTraffic | TraceTraffic;
export type TrafficShape = Traffic['shape'];

/** An uploaded trace: exact arrival times, or a rate for each minute. */
export type Trace =
	| { kind: 'timestamps'; seconds: readonly number[] }
	| { kind: 'rates'; perMinute: readonly number[] };

/** How long the model takes for one request (or one record, in batch). */
export type ServiceTime =
	| { distribution: 'fixed'; seconds: number }
	| { distribution: 'exponential'; meanSeconds: number }
	| { distribution: 'lognormal'; medianSeconds: number; p99Seconds: number };

/** Target tracking on instance count, as Application Auto Scaling does it. */
export interface AutoscalingConfig {
	minInstances: number;
	maxInstances: number;
	/** Target value of the metric (invocations per instance per minute, or backlog per instance). */
	target: number;
	/** Default: autoscaling.defaultCooldownSeconds. */
	scaleOutCooldownSeconds?: number;
	/** Default: autoscaling.defaultCooldownSeconds. */
	scaleInCooldownSeconds?: number;
	/** Minutes the metric must stay low before scaling in (target tracking's scale-in alarm); default 15. */
	scaleInMinutes?: number;
}

export interface RealTimeConfig {
	/** An instance type with a price fact, e.g. `ml.m5.large`. */
	instanceType: string;
	/** Instances at the start (and the whole run without autoscaling). */
	instances: number;
	/** Requests one instance serves at once (model server workers). */
	workersPerInstance: number;
	/** Minutes from launch until a new instance serves; default 5. */
	instanceStartupMinutes?: number;
	autoscaling?: AutoscalingConfig;
	/** Hosts the model as an inference component, which allows min 0 instances. */
	inferenceComponents?: boolean;
}

export interface ServerlessConfig {
	memoryMB: number;
	maxConcurrency: number;
	provisionedConcurrency?: number;
	/** Learner's assumption: AWS publishes no figure (serverless.coldStartSeconds). */
	coldStartSeconds: number;
	/** Learner's assumption: how long an idle environment stays warm. */
	keepWarmSeconds: number;
}

export interface AsyncConfig {
	instanceType: string;
	/** Instances at the start. */
	instances: number;
	minInstances: number;
	maxInstances: number;
	/** MaxConcurrentInvocationsPerInstance. */
	maxConcurrentPerInstance: number;
	/** Backlog per instance that target tracking aims for (ApproximateBacklogSizePerInstance). */
	targetBacklogPerInstance: number;
	/** Step policy on HasBacklogWithoutCapacity, so the first request wakes a scaled-to-zero endpoint. */
	scaleOutFromZero: boolean;
	/** Default async.maxQueueSeconds. */
	requestTtlSeconds?: number;
	/** Default async.defaultProcessingSeconds. */
	invocationTimeoutSeconds?: number;
	/** Minutes from launch until a new instance serves; default 5. */
	instanceStartupMinutes?: number;
	scaleOutCooldownSeconds?: number;
	scaleInCooldownSeconds?: number;
	scaleInMinutes?: number;
}

export interface BatchConfig {
	records: number;
	instanceType: string;
	instances: number;
	/** Parallel invocations per instance (MaxConcurrentTransforms); default 1. */
	workersPerInstance?: number;
	/** Minutes to provision instances and load the model; default 5. */
	startupMinutes?: number;
	/** MaxPayloadInMB: records are packed into mini-batches up to this size. */
	miniBatchMB: number;
	/** Default batch.defaultInvocationSeconds. */
	invocationTimeoutSeconds?: number;
}

/** Hourly and per-GB-second prices that replace the limits model's estimates. */
export interface PriceOverrides {
	instanceUsdPerHour?: number;
	serverlessUsdPerGBSecond?: number;
	provisionedUsdPerGBSecond?: number;
}

/** Everything one run needs; plain data, so it fits in a URL and crosses to a worker. */
export interface Scenario {
	option: InferenceOption;
	seed: number;
	/** Simulated time; batch transform ignores it and runs until the job ends. */
	durationSeconds: number;
	/** Size of one request (one record, in batch). */
	payloadMB: number;
	traffic: Traffic;
	service: ServiceTime;
	/** Requests arriving before this are served but left out of the statistics. */
	warmupSeconds?: number;
	realTime?: RealTimeConfig;
	serverless?: ServerlessConfig;
	asynchronous?: AsyncConfig;
	batch?: BatchConfig;
	prices?: PriceOverrides;
}

/** How every request ended; the counts add up to `total`. */
export interface RequestCounts {
	total: number;
	completed: number;
	rejectedPayload: number;
	throttled: number;
	timedOut: number;
	expired: number;
	/** Failed because no instance was in service (scaled to zero, or still launching). */
	noCapacity: number;
	/** Still queued when the run ended. */
	unfinished: number;
}

export interface LatencySummary {
	mean: number;
	p50: number;
	p90: number;
	p99: number;
	max: number;
}

/** A price used, with where it came from. */
export interface PriceUsed {
	label: string;
	/** `null` when no source gives a figure and the learner has not typed one. */
	value: number | null;
	unit: string;
	/** The limits fact it comes from, unless the learner typed it. */
	factId?: string;
	/** The date the figure describes. */
	asOf?: string;
	overridden: boolean;
}

export interface CostSummary {
	total: number;
	perThousand: number;
	/** Dollars paid for capacity that served nothing. */
	idle: number;
	/** idle / total, 0 when nothing was spent. */
	idleShare: number;
	prices: PriceUsed[];
	/** Cost parts left out because their price is unknown. */
	unpriced: string[];
}

/** One value per sample interval, ready for charts. */
export interface TimeSeries {
	/** Start of each interval, in seconds. */
	t: Float64Array;
	/** Requests arriving per second. */
	arrivalsPerSecond: Float64Array;
	/** Instances (or warm serverless environments) in service at the end of the interval. */
	capacity: Float64Array;
	/** Instances launching at the end of the interval. */
	pending: Float64Array;
	/** Requests waiting at the end of the interval. */
	queue: Float64Array;
	/** Requests being processed at the end of the interval. */
	busy: Float64Array;
	/** Mean latency of requests started in the interval (NaN when none). */
	meanLatency: Float64Array;
	coldStarts: Float64Array;
	/** Throttled, timed out, expired, rejected or failed requests in the interval. */
	failures: Float64Array;
}

export interface SimulationResult {
	option: InferenceOption;
	/** Seconds simulated (for batch, the job's duration). */
	durationSeconds: number;
	requests: RequestCounts;
	/** End-to-end time of completed requests (queue wait + cold start + processing). */
	latencySeconds: LatencySummary;
	waitSeconds: { mean: number; p99: number; max: number };
	coldStarts: number;
	/** Busy worker time over provisioned worker time. */
	utilisation: number;
	/** Time-average requests in the system (queued or in service) after warm-up. */
	meanInSystem: number;
	instances: { min: number; max: number; mean: number };
	costUSD: CostSummary;
	series: TimeSeries;
	/** Events the simulator processed (for the benchmark). */
	events: number;
	batch?: { jobSeconds: number; miniBatches: number; recordsPerMiniBatch: number };
}

/** Options for a run that do not change its result. */
export interface RunOptions {
	/** Called now and then with the fraction done; return `false` to stop early. */
	onProgress?: (fraction: number) => boolean | void;
}
