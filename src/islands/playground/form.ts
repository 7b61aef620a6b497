// The playground's form state (text, as typed), its presets, its URL encoding, and the scenario
// each configuration becomes. Pure functions: the store and the tests call them directly.
import type { Caller, InferenceOption } from '../../engine/advisor/types';
import type { FieldUnit } from '../../engine/simulator/checks';
import type {
	PriceOverrides,
	Scenario,
	ServiceTime,
	Trace,
	Traffic,
} from '../../engine/simulator/types';
import {
	type Distribution,
	type FormShape,
	optionFields,
	serviceFields,
	shapeNames,
	trafficFields,
} from './fields';

/** The workload every configuration shares: traffic, processing time, payload, seed. */
export interface WorkloadForm {
	seed: string;
	hours: string;
	payloadMB: string;
	caller: Caller;
	shape: FormShape;
	distribution: Distribution;
	/** Traffic and service-time values by field key. */
	values: Record<string, string>;
}

/** One endpoint configuration to compare. */
export interface ConfigForm {
	option: InferenceOption;
	instanceType: string;
	values: Record<string, string>;
}

export interface PlaygroundForm {
	workload: WorkloadForm;
	configs: ConfigForm[];
}

/** Most configurations side by side. */
export const MAX_CONFIGS = 3;

const workloadDefaults: Record<string, string> = {
	meanRps: '5',
	amplitude: '0.6',
	baseRps: '2',
	burstRps: '20',
	burstSeconds: '60',
	burstsPerHour: '2',
	onSeconds: '300',
	offSeconds: '3300',
	seconds: '0.2',
	meanSeconds: '0.2',
	medianSeconds: '0.15',
	p99Seconds: '0.8',
};

/** Starting values of each option; the assumptions (cold start, start-up minutes) are labelled in the form. */
export const optionDefaults = {
	'real-time': {
		instances: '2',
		workers: '1',
		autoscale: 'no',
		minInstances: '1',
		maxInstances: '4',
		target: '300',
		startupMinutes: '5',
		inferenceComponents: 'no',
	},
	serverless: {
		memoryMB: '2048',
		maxConcurrency: '20',
		provisioned: '0',
		coldStartSeconds: '8',
		keepWarmSeconds: '600',
	},
	asynchronous: {
		instances: '1',
		minInstances: '0',
		maxInstances: '4',
		workers: '1',
		target: '5',
		fromZero: 'yes',
		ttlSeconds: '21600',
		timeoutSeconds: '900',
		startupMinutes: '5',
	},
	'batch-transform': { records: '100000', instances: '2', miniBatchMB: '6', startupMinutes: '5' },
} as const satisfies Record<InferenceOption, Record<string, string>>;

export function defaultConfig(option: InferenceOption): ConfigForm {
	return { option, instanceType: 'ml.m5.large', values: { ...optionDefaults[option] } };
}

export const defaultForm = (): PlaygroundForm => ({
	workload: {
		seed: '1',
		hours: '4',
		payloadMB: '0.1',
		caller: 'waits',
		shape: 'intermittent',
		distribution: 'lognormal',
		values: { ...workloadDefaults },
	},
	configs: [defaultConfig('serverless'), defaultConfig('real-time')],
});

/** A worked example from lesson 6, as a ready-made comparison. */
export interface Preset {
	id: string;
	label: string;
	form: PlaygroundForm;
}

const preset = (
	id: string,
	label: string,
	workload: Partial<Omit<WorkloadForm, 'values'>> & { values?: Record<string, string> },
	configs: ConfigForm[],
): Preset => {
	const base = defaultForm().workload;
	return {
		id,
		label,
		form: {
			workload: { ...base, ...workload, values: { ...base.values, ...workload.values } },
			configs,
		},
	};
};
const withValues = (
	option: InferenceOption,
	values: Record<string, string>,
	instanceType = 'ml.m5.large',
): ConfigForm => ({
	option,
	instanceType,
	values: { ...optionDefaults[option], ...values },
});

export const presets: Preset[] = [
	preset(
		'fraud',
		'Fraud check during a card swipe',
		{
			hours: '2',
			payloadMB: '0.005',
			shape: 'diurnal',
			distribution: 'lognormal',
			values: { meanRps: '40', amplitude: '0.5', medianSeconds: '0.02', p99Seconds: '0.08' },
		},
		[
			withValues('real-time', {
				instances: '2',
				workers: '2',
				autoscale: 'yes',
				minInstances: '2',
				maxInstances: '6',
				target: '1200',
			}),
			withValues('serverless', { maxConcurrency: '50', coldStartSeconds: '8' }),
		],
	),
	preset(
		'recommender',
		'A recommender used a few times a day',
		{
			hours: '24',
			payloadMB: '0.01',
			shape: 'intermittent',
			distribution: 'lognormal',
			values: {
				meanRps: '0.1',
				onSeconds: '300',
				offSeconds: '7200',
				medianSeconds: '0.3',
				p99Seconds: '0.9',
			},
		},
		[
			withValues('serverless', { memoryMB: '2048', maxConcurrency: '5' }),
			withValues('real-time', { instances: '1' }),
		],
	),
	preset(
		'images',
		'50 MB medical images, 45 s each',
		{
			hours: '8',
			payloadMB: '50',
			caller: 'notified',
			shape: 'spiky',
			distribution: 'lognormal',
			values: {
				baseRps: '0.02',
				burstRps: '0.3',
				burstSeconds: '600',
				burstsPerHour: '1',
				medianSeconds: '45',
				p99Seconds: '70',
			},
		},
		[
			withValues(
				'asynchronous',
				{ instances: '0', minInstances: '0', maxInstances: '6', target: '3' },
				'ml.g4dn.xlarge',
			),
			withValues('real-time', { instances: '2' }, 'ml.g4dn.xlarge'),
		],
	),
	preset(
		'weekly',
		'Weekly scoring of millions of users',
		{ payloadMB: '0.002', caller: 'offline', distribution: 'fixed', values: { seconds: '0.004' } },
		[
			withValues(
				'batch-transform',
				{ records: '5000000', instances: '4', miniBatchMB: '6' },
				'ml.m5.xlarge',
			),
			withValues(
				'batch-transform',
				{ records: '5000000', instances: '8', miniBatchMB: '6' },
				'ml.m5.xlarge',
			),
		],
	),
];

const num = (v: string | undefined) =>
	v === undefined || v.trim() === '' ? Number.NaN : Number(v);
const yes = (v: string | undefined) => v === 'yes';

function traffic(w: WorkloadForm): Traffic {
	const v = (k: string) => num(w.values[k]);
	const build = {
		steady: () => ({ shape: 'steady', meanRps: v('meanRps') }),
		diurnal: () => ({ shape: 'diurnal', meanRps: v('meanRps'), amplitude: v('amplitude') }),
		spiky: () => ({
			shape: 'spiky',
			baseRps: v('baseRps'),
			burstRps: v('burstRps'),
			burstSeconds: v('burstSeconds'),
			burstsPerHour: v('burstsPerHour'),
		}),
		intermittent: () => ({
			shape: 'intermittent',
			meanRps: v('meanRps'),
			onSeconds: v('onSeconds'),
			offSeconds: v('offSeconds'),
		}),
	} satisfies Record<FormShape, () => Traffic>;
	return build[w.shape]();
}

function service(w: WorkloadForm): ServiceTime {
	const v = (k: string) => num(w.values[k]);
	const build = {
		fixed: () => ({ distribution: 'fixed', seconds: v('seconds') }),
		exponential: () => ({ distribution: 'exponential', meanSeconds: v('meanSeconds') }),
		lognormal: () => ({
			distribution: 'lognormal',
			medianSeconds: v('medianSeconds'),
			p99Seconds: v('p99Seconds'),
		}),
	} satisfies Record<Distribution, () => ServiceTime>;
	return build[w.distribution]();
}

const sections = {
	'real-time': (c: ConfigForm) => {
		const v = (k: string) => num(c.values[k]);
		return {
			realTime: {
				instanceType: c.instanceType,
				instances: v('instances'),
				workersPerInstance: v('workers'),
				instanceStartupMinutes: v('startupMinutes'),
				inferenceComponents: yes(c.values['inferenceComponents']),
				...(yes(c.values['autoscale'])
					? {
							autoscaling: {
								minInstances: v('minInstances'),
								maxInstances: v('maxInstances'),
								target: v('target'),
							},
						}
					: {}),
			},
		};
	},
	serverless: (c: ConfigForm) => {
		const v = (k: string) => num(c.values[k]);
		return {
			serverless: {
				memoryMB: v('memoryMB'),
				maxConcurrency: v('maxConcurrency'),
				provisionedConcurrency: v('provisioned'),
				coldStartSeconds: v('coldStartSeconds'),
				keepWarmSeconds: v('keepWarmSeconds'),
			},
		};
	},
	asynchronous: (c: ConfigForm) => {
		const v = (k: string) => num(c.values[k]);
		return {
			asynchronous: {
				instanceType: c.instanceType,
				instances: v('instances'),
				minInstances: v('minInstances'),
				maxInstances: v('maxInstances'),
				maxConcurrentPerInstance: v('workers'),
				targetBacklogPerInstance: v('target'),
				scaleOutFromZero: yes(c.values['fromZero']),
				requestTtlSeconds: v('ttlSeconds'),
				invocationTimeoutSeconds: v('timeoutSeconds'),
				instanceStartupMinutes: v('startupMinutes'),
			},
		};
	},
	'batch-transform': (c: ConfigForm) => {
		const v = (k: string) => num(c.values[k]);
		return {
			batch: {
				records: v('records'),
				instanceType: c.instanceType,
				instances: v('instances'),
				miniBatchMB: v('miniBatchMB'),
				startupMinutes: v('startupMinutes'),
			},
		};
	},
} satisfies Record<InferenceOption, (c: ConfigForm) => Partial<Scenario>>;

/** Price boxes a configuration may fill to replace the limits model's estimate (blank keeps it). */
export const priceKeys = {
	'real-time': ['instanceUsdPerHour'],
	serverless: ['serverlessUsdPerGBSecond', 'provisionedUsdPerGBSecond'],
	asynchronous: ['instanceUsdPerHour'],
	'batch-transform': ['instanceUsdPerHour'],
} as const satisfies Record<InferenceOption, readonly (keyof PriceOverrides)[]>;

function pricesOf(c: ConfigForm): PriceOverrides {
	const prices: PriceOverrides = {};
	for (const key of priceKeys[c.option]) {
		const typed = c.values[key];
		if (typed !== undefined && typed.trim() !== '') prices[key] = num(typed);
	}
	return prices;
}

/** The scenario one configuration runs: the shared workload plus its own section. */
export function toScenario(form: PlaygroundForm, index: number, trace?: Trace | null): Scenario {
	const w = form.workload;
	const c = form.configs[index] as ConfigForm;
	const prices = pricesOf(c);
	return {
		option: c.option,
		seed: num(w.seed),
		durationSeconds: num(w.hours) * 3600,
		payloadMB: num(w.payloadMB),
		traffic: trace ? { shape: 'trace', trace } : traffic(w),
		service: service(w),
		...sections[c.option](c),
		...(Object.keys(prices).length > 0 ? { prices } : {}),
	};
}

/** The input a scenario field path belongs to: `workload-<key>` or `config-<i>-<key>`. */
export function inputIdFor(path: string, form: PlaygroundForm, index: number): string {
	const common: Record<string, string> = {
		seed: 'seed',
		durationSeconds: 'hours',
		payloadMB: 'payloadMB',
		traffic: 'shape',
		'service.distribution': 'distribution',
	};
	if (common[path]) return `workload-${common[path]}`;
	if (path.startsWith('traffic.trace')) return 'workload-trace';
	const w = form.workload;
	const inWorkload = [...trafficFields[w.shape], ...serviceFields[w.distribution]].find(
		(f) => f.path === path,
	);
	if (inWorkload) return `workload-${inWorkload.key}`;
	const c = form.configs[index] as ConfigForm;
	if (path.endsWith('.instanceType')) return `config-${index}-instanceType`;
	if (path.startsWith('prices.')) return `config-${index}-${path.slice('prices.'.length)}`;
	const own =
		optionFields[c.option].find((f) => f.path === path) ??
		optionFields[c.option].find((f) => path.startsWith(`${f.path}.`));
	return own ? `config-${index}-${own.key}` : `config-${index}-option`;
}

/** Units of measure worth naming in an error; counts ("instances", "at once") read fine without. */
const namedUnits = new Set(['s', 'min', 'MB', 'req/s', 'per minute', 'per hour']);

/**
 * The unit a scenario field path is typed in on the form, so an error speaks it: the run length
 * is typed in hours but checked in seconds.
 */
export function unitFor(path: string, form: PlaygroundForm, index: number): FieldUnit {
	if (path === 'durationSeconds') return { unit: 'hours', perUnit: 3600 };
	if (path === 'payloadMB') return { unit: 'MB', perUnit: 1 };
	if (path.startsWith('traffic.trace.perMinute'))
		return { unit: 'requests per minute', perUnit: 1 };
	if (path.startsWith('traffic.trace.seconds')) return { unit: 's', perUnit: 1 };
	const w = form.workload;
	const c = form.configs[index];
	const field = [
		...trafficFields[w.shape],
		...serviceFields[w.distribution],
		...(c ? optionFields[c.option] : []),
	].find((f) => f.path === path);
	return { unit: field && namedUnits.has(field.unit) ? field.unit : '', perUnit: 1 };
}

/** The form as query parameters: workload keys plain, configuration keys as `c0.instances`. */
export function toQuery(form: PlaygroundForm): URLSearchParams {
	const q = new URLSearchParams();
	const w = form.workload;
	for (const key of ['seed', 'hours', 'payloadMB', 'caller', 'shape', 'distribution'] as const)
		q.set(key, w[key]);
	for (const f of [...trafficFields[w.shape], ...serviceFields[w.distribution]])
		q.set(f.key, w.values[f.key] ?? '');
	form.configs.forEach((c, i) => {
		q.set(`c${i}.option`, c.option);
		q.set(`c${i}.instanceType`, c.instanceType);
		for (const f of optionFields[c.option]) q.set(`c${i}.${f.key}`, c.values[f.key] ?? '');
		for (const key of priceKeys[c.option]) if (c.values[key]) q.set(`c${i}.${key}`, c.values[key]);
	});
	return q;
}

const isShape = (s: string | null): s is FormShape => s !== null && s in shapeNames;
const isOption = (s: string | null): s is InferenceOption => s !== null && s in optionDefaults;
const callers: readonly Caller[] = ['waits', 'notified', 'offline'];

/** Reads a form back from a query string; anything missing or unknown keeps its default. */
export function fromQuery(search: string): PlaygroundForm | null {
	const q = new URLSearchParams(search);
	if (!q.has('c0.option')) return null;
	const form = defaultForm();
	const w = form.workload;
	for (const key of ['seed', 'hours', 'payloadMB'] as const) w[key] = q.get(key) ?? w[key];
	const caller = q.get('caller');
	if (caller && (callers as readonly string[]).includes(caller)) w.caller = caller as Caller;
	const shape = q.get('shape');
	if (isShape(shape)) w.shape = shape;
	const distribution = q.get('distribution');
	if (distribution && distribution in serviceFields) w.distribution = distribution as Distribution;
	for (const key of Object.keys(w.values)) w.values[key] = q.get(key) ?? (w.values[key] as string);
	const configs: ConfigForm[] = [];
	for (let i = 0; i < MAX_CONFIGS; i++) {
		const option = q.get(`c${i}.option`);
		if (!isOption(option)) break;
		const c = defaultConfig(option);
		c.instanceType = q.get(`c${i}.instanceType`) ?? c.instanceType;
		for (const f of optionFields[option])
			c.values[f.key] = q.get(`c${i}.${f.key}`) ?? (c.values[f.key] as string);
		for (const key of priceKeys[option]) {
			const typed = q.get(`c${i}.${key}`);
			if (typed) c.values[key] = typed;
		}
		configs.push(c);
	}
	form.configs = configs;
	return form;
}
