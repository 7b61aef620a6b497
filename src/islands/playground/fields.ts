// What the playground's forms hold and how each field maps to the simulator's scenario.
// Every table is keyed by its discriminant, so a new option or traffic shape is one new row.
import type { InferenceOption } from '../../engine/advisor/types';
import type { ServiceTime, TrafficShape } from '../../engine/simulator/types';

/** One number box (or choice) of a form; `path` is the scenario field the engine names in errors. */
export interface FieldDef {
	key: string;
	label: string;
	unit: string;
	path: string;
	hint?: string;
	/** Offered as a yes/no checkbox instead of a number. */
	toggle?: boolean;
}

/** Traffic shapes a learner can pick (an uploaded trace is a separate control). */
export type FormShape = Exclude<TrafficShape, 'trace'>;

export const shapeNames = {
	steady: 'Steady',
	diurnal: 'Daily cycle',
	spiky: 'Spiky bursts',
	intermittent: 'On and off',
} as const satisfies Record<FormShape, string>;

export const trafficFields = {
	steady: [
		{ key: 'meanRps', label: 'Requests per second', unit: 'req/s', path: 'traffic.meanRps' },
	],
	diurnal: [
		{
			key: 'meanRps',
			label: 'Average requests per second',
			unit: 'req/s',
			path: 'traffic.meanRps',
		},
		{
			key: 'amplitude',
			label: 'Swing around the average',
			unit: '0 to 1',
			path: 'traffic.amplitude',
			hint: '1 means the quietest hour has no traffic.',
		},
	],
	spiky: [
		{ key: 'baseRps', label: 'Base requests per second', unit: 'req/s', path: 'traffic.baseRps' },
		{
			key: 'burstRps',
			label: 'Requests per second in a burst',
			unit: 'req/s',
			path: 'traffic.burstRps',
		},
		{ key: 'burstSeconds', label: 'Burst length', unit: 's', path: 'traffic.burstSeconds' },
		{
			key: 'burstsPerHour',
			label: 'Bursts per hour',
			unit: 'per hour',
			path: 'traffic.burstsPerHour',
		},
	],
	intermittent: [
		{
			key: 'meanRps',
			label: 'Requests per second while active',
			unit: 'req/s',
			path: 'traffic.meanRps',
		},
		{ key: 'onSeconds', label: 'Active for', unit: 's', path: 'traffic.onSeconds' },
		{ key: 'offSeconds', label: 'Then silent for', unit: 's', path: 'traffic.offSeconds' },
	],
} as const satisfies Record<FormShape, readonly FieldDef[]>;

export type Distribution = ServiceTime['distribution'];
export const distributionNames = {
	fixed: 'Always the same',
	exponential: 'Exponential (by mean)',
	lognormal: 'Lognormal (by median and p99)',
} as const satisfies Record<Distribution, string>;

export const serviceFields = {
	fixed: [{ key: 'seconds', label: 'Processing time', unit: 's', path: 'service.seconds' }],
	exponential: [
		{ key: 'meanSeconds', label: 'Mean processing time', unit: 's', path: 'service.meanSeconds' },
	],
	lognormal: [
		{
			key: 'medianSeconds',
			label: 'Median processing time',
			unit: 's',
			path: 'service.medianSeconds',
		},
		{
			key: 'p99Seconds',
			label: '99th percentile processing time',
			unit: 's',
			path: 'service.p99Seconds',
		},
	],
} as const satisfies Record<Distribution, readonly FieldDef[]>;

/** The fields of each option's configuration. */
export const optionFields = {
	'real-time': [
		{ key: 'instances', label: 'Instances', unit: 'instances', path: 'realTime.instances' },
		{
			key: 'workers',
			label: 'Workers per instance',
			unit: 'at once',
			path: 'realTime.workersPerInstance',
			hint: 'Requests one instance processes at the same time.',
		},
		{
			key: 'autoscale',
			label: 'Target-tracking autoscaling',
			unit: '',
			path: 'realTime.autoscaling',
			toggle: true,
		},
		{
			key: 'minInstances',
			label: 'Minimum instances',
			unit: 'instances',
			path: 'realTime.autoscaling.minInstances',
		},
		{
			key: 'maxInstances',
			label: 'Maximum instances',
			unit: 'instances',
			path: 'realTime.autoscaling.maxInstances',
		},
		{
			key: 'target',
			label: 'Target invocations per instance',
			unit: 'per minute',
			path: 'realTime.autoscaling.target',
		},
		{
			key: 'startupMinutes',
			label: 'New instance ready after',
			unit: 'min',
			path: 'realTime.instanceStartupMinutes',
			hint: 'An assumption: it depends on the image and model size.',
		},
		{
			key: 'inferenceComponents',
			label: 'Inference components (allows scaling to zero)',
			unit: '',
			path: 'realTime.inferenceComponents',
			toggle: true,
		},
	],
	serverless: [
		{ key: 'memoryMB', label: 'Memory', unit: 'MB', path: 'serverless.memoryMB' },
		{
			key: 'maxConcurrency',
			label: 'Max concurrency',
			unit: 'requests',
			path: 'serverless.maxConcurrency',
		},
		{
			key: 'provisioned',
			label: 'Provisioned concurrency',
			unit: 'warm',
			path: 'serverless.provisionedConcurrency',
		},
		{
			key: 'coldStartSeconds',
			label: 'Cold start',
			unit: 's',
			path: 'serverless.coldStartSeconds',
			hint: 'An assumption: AWS publishes no figure; measure yours with ModelSetupTime.',
		},
		{
			key: 'keepWarmSeconds',
			label: 'Idle environment stays warm for',
			unit: 's',
			path: 'serverless.keepWarmSeconds',
			hint: 'An assumption: AWS does not document it.',
		},
	],
	asynchronous: [
		{
			key: 'instances',
			label: 'Instances at the start',
			unit: 'instances',
			path: 'asynchronous.instances',
		},
		{
			key: 'minInstances',
			label: 'Minimum instances',
			unit: 'instances',
			path: 'asynchronous.minInstances',
		},
		{
			key: 'maxInstances',
			label: 'Maximum instances',
			unit: 'instances',
			path: 'asynchronous.maxInstances',
		},
		{
			key: 'workers',
			label: 'Max concurrent invocations per instance',
			unit: 'at once',
			path: 'asynchronous.maxConcurrentPerInstance',
		},
		{
			key: 'target',
			label: 'Target backlog per instance',
			unit: 'requests',
			path: 'asynchronous.targetBacklogPerInstance',
		},
		{
			key: 'fromZero',
			label: 'Wake from zero on the first request',
			unit: '',
			path: 'asynchronous.scaleOutFromZero',
			toggle: true,
		},
		{ key: 'ttlSeconds', label: 'Request TTL', unit: 's', path: 'asynchronous.requestTtlSeconds' },
		{
			key: 'timeoutSeconds',
			label: 'Invocation timeout',
			unit: 's',
			path: 'asynchronous.invocationTimeoutSeconds',
		},
		{
			key: 'startupMinutes',
			label: 'New instance ready after',
			unit: 'min',
			path: 'asynchronous.instanceStartupMinutes',
			hint: 'An assumption: it depends on the image and model size.',
		},
	],
	'batch-transform': [
		{ key: 'records', label: 'Records in the dataset', unit: 'records', path: 'batch.records' },
		{ key: 'instances', label: 'Instances', unit: 'instances', path: 'batch.instances' },
		{
			key: 'miniBatchMB',
			label: 'Mini-batch size (MaxPayloadInMB)',
			unit: 'MB',
			path: 'batch.miniBatchMB',
		},
		{
			key: 'startupMinutes',
			label: 'Job start-up',
			unit: 'min',
			path: 'batch.startupMinutes',
			hint: 'An assumption: provisioning and model loading.',
		},
	],
} as const satisfies Record<InferenceOption, readonly FieldDef[]>;

/** Options that run on a chosen instance type. */
export const usesInstances = {
	'real-time': true,
	serverless: false,
	asynchronous: true,
	'batch-transform': true,
} as const satisfies Record<InferenceOption, boolean>;
