import type { LimitsModel } from '../../schemas/limits';
import { shownFact as shown } from '../limits/format';
import { booleanFact, numericFact } from '../limits/model';
import type { InferenceOption, Workload } from './types';

/** One reason an option cannot serve a workload, tied to the fact it breaks. */
export interface EliminationRule {
	option: InferenceOption;
	factId: string;
	/** True when the workload breaks the fact. */
	breaks: (w: Workload, model: LimitsModel) => boolean;
	/** Plain-language reason, with the limit and the workload's own value. */
	reason: (w: Workload, model: LimitsModel) => string;
}

const number = (n: number, digits: number) =>
	n.toLocaleString('en-US', { maximumFractionDigits: digits });
/** A request size for a reader: KB under 1 MB, GB from 1,024 MB, else MB (0.114 MB -> "117 KB"). */
export const formatSize = (megabytes: number): string =>
	megabytes < 1
		? `${number(Math.max(1, Math.round(megabytes * 1024)), 0)} KB`
		: megabytes >= 1024
			? `${number(megabytes / 1024, 2)} GB`
			: `${number(megabytes, megabytes < 10 ? 1 : 0)} MB`;
/** A duration for a reader: ms under 1 s, else seconds with a thousands separator. */
export const formatSeconds = (seconds: number): string =>
	seconds < 1 ? `${number(Math.round(seconds * 1000), 0)} ms` : `${number(seconds, 1)} s`;
const mb = formatSize;
const sec = formatSeconds;

/**
 * Each option's payload and processing-time limits: the two checks every option gets. A
 * `payloadLiftedBy` fact, when true, lets a larger payload through (batch transform streams a
 * record of any size with MaxPayloadInMB = 0).
 */
export const sizeLimits = {
	'real-time': { payload: 'realtime.maxPayloadMB', processing: 'realtime.maxProcessingSeconds' },
	serverless: { payload: 'serverless.maxPayloadMB', processing: 'serverless.maxProcessingSeconds' },
	asynchronous: { payload: 'async.maxPayloadMB', processing: 'async.maxProcessingSeconds' },
	'batch-transform': {
		payload: 'batch.maxPayloadPerRequestMB',
		processing: 'batch.maxInvocationSeconds',
		payloadLiftedBy: 'batch.chunkedPayloadUnlimited',
	},
} as const satisfies Record<
	InferenceOption,
	{ payload: string; processing: string; payloadLiftedBy?: string }
>;

/** The fact that lifts an option's payload cap, if the model says it does. */
export function payloadLift(option: InferenceOption, model: LimitsModel): string | undefined {
	const limits: { payload: string; payloadLiftedBy?: string } = sizeLimits[option];
	return limits.payloadLiftedBy !== undefined && booleanFact(model, limits.payloadLiftedBy)
		? limits.payloadLiftedBy
		: undefined;
}

const optionWords = {
	'real-time': 'real-time',
	serverless: 'serverless',
	asynchronous: 'asynchronous',
	'batch-transform': 'batch transform',
} as const satisfies Record<InferenceOption, string>;

function sizeRules(option: InferenceOption): EliminationRule[] {
	const { payload, processing } = sizeLimits[option];
	return [
		{
			option,
			factId: payload,
			breaks: (w, m) =>
				w.payloadMB > numericFact(m, payload) && payloadLift(option, m) === undefined,
			reason: (w, m) =>
				`The ${mb(w.payloadMB)} payload is over the ${shown(m, payload)} limit for one ${optionWords[option]} request.`,
		},
		{
			option,
			factId: processing,
			breaks: (w, m) => w.processingSeconds > numericFact(m, processing),
			reason: (w, m) =>
				`${sec(w.processingSeconds)} of processing is over the ${shown(m, processing)} one ${optionWords[option]} request may take.`,
		},
	];
}

function unsupported(
	flag: 'gpu' | 'vpc' | 'dataCapture',
	factId: string,
	need: string,
): EliminationRule {
	return {
		option: 'serverless',
		factId,
		breaks: (w, m) => w[flag] === true && !booleanFact(m, factId),
		reason: () => `The workload ${need}; serverless endpoints do not support that.`,
	};
}

/** Every hard limit the advisor checks, one row each; a new limit is one new row. */
export const eliminationRules: readonly EliminationRule[] = [
	...sizeRules('real-time'),
	...sizeRules('serverless'),
	{
		option: 'serverless',
		factId: 'serverless.maxMemoryMB',
		breaks: (w, m) =>
			w.memoryGB !== undefined && w.memoryGB * 1024 > numericFact(m, 'serverless.maxMemoryMB'),
		reason: (w, m) =>
			`The model needs ${w.memoryGB} GB of memory; serverless offers at most ${shown(m, 'serverless.maxMemoryMB')}.`,
	},
	unsupported('gpu', 'serverless.supportsGpu', 'needs a GPU'),
	unsupported('vpc', 'serverless.supportsVpc', 'must run inside a VPC'),
	unsupported(
		'dataCapture',
		'serverless.supportsDataCapture',
		'must capture inputs and outputs for Model Monitor',
	),
	{
		option: 'serverless',
		factId: 'rule.coldStartSensitiveLatencyMs',
		breaks: (w, m) =>
			w.caller === 'waits' &&
			(w.traffic === 'spiky' || w.traffic === 'intermittent') &&
			w.latencyTargetMs !== undefined &&
			w.latencyTargetMs < numericFact(m, 'rule.coldStartSensitiveLatencyMs'),
		reason: (w, m) =>
			`The caller waits with a ${w.latencyTargetMs} ms budget on ${w.traffic} traffic; a cold start after idle time would break it (budgets under ${shown(m, 'rule.coldStartSensitiveLatencyMs')} count as cold-start sensitive).`,
	},
	...sizeRules('asynchronous'),
	{
		option: 'asynchronous',
		factId: 'async.returnsResultInResponse',
		breaks: (w, m) => w.caller === 'waits' && !booleanFact(m, 'async.returnsResultInResponse'),
		reason: () =>
			'The caller holds the connection for the answer, but an asynchronous endpoint replies at once with an S3 location and delivers the result later.',
	},
	{
		option: 'batch-transform',
		factId: 'batch.persistentEndpoint',
		breaks: (w, m) => w.caller !== 'offline' && !booleanFact(m, 'batch.persistentEndpoint'),
		reason: () =>
			'Requests arrive one at a time and each needs its own answer, but batch transform is a job over a stored dataset with no endpoint to call.',
	},
	...sizeRules('batch-transform'),
];
