// The advisor's workload form as plain data: what the inputs hold (strings, as typed), the worked
// examples, the URL query that reproduces a form, and the conversion to the engine's Workload.
import type { Caller, Traffic, Workload } from './engine';

export type PayloadUnit = 'KB' | 'MB' | 'GB';
export type TimeUnit = 's' | 'min';

/** The form exactly as the reader filled it in; numbers stay strings until submitted. */
export interface WorkloadForm {
	payload: string;
	payloadUnit: PayloadUnit;
	time: string;
	timeUnit: TimeUnit;
	caller: Caller;
	traffic: Traffic;
	latencyMs: string;
	memoryGB: string;
	gpu: boolean;
	vpc: boolean;
	dataCapture: boolean;
}

/** Form fields that can carry an error message. */
export type WorkloadField = 'payload' | 'time' | 'caller' | 'traffic' | 'latencyMs' | 'memoryGB';

/** Megabytes per unit (1 GB = 1,024 MB, the convention of the AWS limits). */
export const payloadUnits = { KB: 1 / 1024, MB: 1, GB: 1024 } satisfies Record<PayloadUnit, number>;
/** Seconds per unit. */
export const timeUnits = { s: 1, min: 60 } satisfies Record<TimeUnit, number>;

export const emptyWorkloadForm: WorkloadForm = {
	payload: '',
	payloadUnit: 'MB',
	time: '',
	timeUnit: 's',
	caller: 'waits',
	traffic: 'steady',
	latencyMs: '',
	memoryGB: '',
	gpu: false,
	vpc: false,
	dataCapture: false,
};

/** The worked examples of the lessons, one button each. */
export const presets: readonly { name: string; form: WorkloadForm }[] = [
	{
		name: 'Fraud check during a card swipe',
		form: { ...emptyWorkloadForm, payload: '0.01', time: '0.05', latencyMs: '100' },
	},
	{
		name: 'Recommender used a few times a day',
		form: { ...emptyWorkloadForm, payload: '0.5', time: '2', traffic: 'intermittent' },
	},
	{
		name: '50 MB medical images, 45 s each',
		form: {
			...emptyWorkloadForm,
			payload: '50',
			time: '45',
			caller: 'notified',
			traffic: 'intermittent',
		},
	},
	{
		name: 'Weekly scoring of millions of users',
		form: { ...emptyWorkloadForm, payload: '5', time: '30', caller: 'offline', traffic: 'none' },
	},
];

const callers: readonly Caller[] = ['waits', 'notified', 'offline'];
const traffics: readonly Traffic[] = ['steady', 'spiky', 'intermittent', 'none'];
const oneOf = <T extends string>(list: readonly T[], v: string | null, fallback: T): T =>
	list.find((item) => item === v) ?? fallback;

/** The query string that reproduces a form (empty optional fields are left out). */
export function workloadToQuery(form: WorkloadForm): URLSearchParams {
	const q = new URLSearchParams();
	q.set('payload', form.payload);
	q.set('payloadUnit', form.payloadUnit);
	q.set('time', form.time);
	q.set('timeUnit', form.timeUnit);
	q.set('caller', form.caller);
	q.set('traffic', form.traffic);
	if (form.latencyMs !== '') q.set('latencyMs', form.latencyMs);
	if (form.memoryGB !== '') q.set('memoryGB', form.memoryGB);
	for (const flag of ['gpu', 'vpc', 'dataCapture'] as const) if (form[flag]) q.set(flag, '1');
	return q;
}

/** The form a query describes, or undefined when the query holds no workload. */
export function workloadFromQuery(q: URLSearchParams): WorkloadForm | undefined {
	if (!q.has('payload') && !q.has('time')) return undefined;
	return {
		payload: q.get('payload') ?? '',
		payloadUnit: oneOf(['KB', 'MB', 'GB'], q.get('payloadUnit'), 'MB'),
		time: q.get('time') ?? '',
		timeUnit: oneOf(['s', 'min'], q.get('timeUnit'), 's'),
		caller: oneOf(callers, q.get('caller'), 'waits'),
		traffic: oneOf(traffics, q.get('traffic'), 'steady'),
		latencyMs: q.get('latencyMs') ?? '',
		memoryGB: q.get('memoryGB') ?? '',
		gpu: q.get('gpu') === '1',
		vpc: q.get('vpc') === '1',
		dataCapture: q.get('dataCapture') === '1',
	};
}

/** A typed number, or undefined for a blank box; NaN when it is not a number at all. */
function parse(text: string): number | undefined {
	const trimmed = text.trim();
	return trimmed === '' ? undefined : Number(trimmed);
}

/** Converts the form to the engine's units; blank required boxes become an error for that field. */
export function formToWorkload(
	form: WorkloadForm,
): { workload: Workload } | { field: WorkloadField; message: string } {
	const payload = parse(form.payload);
	if (payload === undefined) return { field: 'payload', message: 'enter the size of one request.' };
	const time = parse(form.time);
	if (time === undefined) return { field: 'time', message: 'enter how long one request takes.' };
	const latency = parse(form.latencyMs);
	const memory = parse(form.memoryGB);
	// Validation of the numbers themselves (sign, NaN, cross-field rules) is the engine's job.
	return {
		workload: {
			payloadMB: payload * payloadUnits[form.payloadUnit],
			processingSeconds: time * timeUnits[form.timeUnit],
			caller: form.caller,
			traffic: form.traffic,
			...(latency !== undefined && { latencyTargetMs: latency }),
			...(memory !== undefined && { memoryGB: memory }),
			gpu: form.gpu,
			vpc: form.vpc,
			dataCapture: form.dataCapture,
		},
	};
}

/** The form field that shows an engine error about a Workload field. */
export const fieldForEngine: Record<string, WorkloadField> = {
	payloadMB: 'payload',
	processingSeconds: 'time',
	caller: 'caller',
	traffic: 'traffic',
	latencyTargetMs: 'latencyMs',
	memoryGB: 'memoryGB',
	workload: 'payload',
};
