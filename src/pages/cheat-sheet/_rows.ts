// The cheat sheet's content: requirement -> option rows and the key limits per option. Every
// number is a `{{fact:id}}` placeholder or a fact id, so the printed sheet follows the model.
import type { InferenceOption } from '../../schemas/limits';

/** One line of the "requirement -> option" table. */
export interface CheatRow {
	/** What the question stem says, with `{{fact:id}}` placeholders for limits. */
	requirement: string;
	/** The answer to pick. */
	option: string;
	/** Why, or what to add, in a few words (placeholders allowed). */
	note: string;
}

/** Choosing an inference option, in the order of the decision flow. */
export const optionRows: readonly CheatRow[] = [
	{
		requirement: 'Whole dataset in S3, nobody waits on a single record',
		option: 'Batch transform',
		note: 'A job, no endpoint; each mini-batch up to {{fact:batch.maxPayloadPerRequestMB}}',
	},
	{
		requirement: 'Payload over {{fact:realtime.maxPayloadMB}}',
		option: 'Asynchronous',
		note: 'Input via S3, up to {{fact:async.maxPayloadMB}}',
	},
	{
		requirement: 'Processing over {{fact:realtime.maxProcessingSeconds}}',
		option: 'Asynchronous',
		note: 'Up to {{fact:async.maxProcessingSeconds}} per request (default {{fact:async.defaultProcessingSeconds}})',
	},
	{
		requirement: 'Caller can be notified later; bursts, then idle',
		option: 'Asynchronous',
		note: 'SNS success/error topics; scale to zero on {{fact:async.scalingMetric}}',
	},
	{
		requirement:
			'Caller waits, intermittent traffic, payload up to {{fact:serverless.maxPayloadMB}}',
		option: 'Serverless',
		note: 'Memory {{fact:serverless.minMemoryMB}} to {{fact:serverless.maxMemoryMB}}; billed per ms',
	},
	{
		requirement: 'Serverless, but cold starts are unacceptable',
		option: 'Provisioned concurrency',
		note: 'Up to {{fact:serverless.maxProvisionedConcurrency}}; or use real-time',
	},
	{
		requirement: 'Needs GPU, VPC, network isolation, data capture or Model Monitor',
		option: 'Not serverless',
		note: 'Real-time or asynchronous',
	},
	{
		requirement: 'Caller waits, steady traffic, milliseconds',
		option: 'Real-time',
		note: 'Target tracking on {{fact:autoscaling.predefinedMetric}}',
	},
	{
		requirement: 'LLM answer should appear token by token',
		option: 'Real-time + response streaming',
		note: 'InvokeEndpointWithResponseStream',
	},
	{
		requirement: 'Real-time endpoint that scales to zero',
		option: 'Inference components',
		note: 'Since {{fact:realtime.scaleToZeroSince}}; step scaling wakes it',
	},
];

/** Hosting and rollout patterns. */
export const patternRows: readonly CheatRow[] = [
	{
		requirement: 'Many models, same framework, mostly idle',
		option: 'Multi-model endpoint',
		note: 'TargetModel header; scales per instance, not per model',
	},
	{
		requirement: 'Different containers, one chosen per request',
		option: 'Multi-container endpoint, Direct',
		note: 'Up to {{fact:mce.maxContainers}} containers',
	},
	{
		requirement: 'Pre-process, predict, post-process in one call',
		option: 'Inference pipeline (Serial)',
		note: '{{fact:pipeline.minContainers}} to {{fact:pipeline.maxContainers}} containers',
	},
	{
		requirement: 'Each model needs its own resources and scaling',
		option: 'Inference components',
		note: 'Copies per model; per-model scaling',
	},
	{
		requirement: 'Compare versions on live traffic by weight',
		option: 'Production variants',
		note: 'Up to {{fact:variants.maxPerEndpoint}} per endpoint',
	},
	{
		requirement: 'Test a new model with no user impact',
		option: 'Shadow variant',
		note: 'Responses discarded; up to {{fact:shadow.maxDays}}',
	},
	{
		requirement: 'Shift traffic gradually, roll back on alarms',
		option: 'Blue/green: canary or linear',
		note: 'Canary up to {{fact:guardrails.maxCanaryPercent}}; up to {{fact:guardrails.maxRollbackAlarms}} alarms',
	},
];

/** The limits printed for each option, as fact ids. */
export const keyLimits = {
	'real-time': [
		'realtime.maxPayloadMB',
		'realtime.maxProcessingSeconds',
		'realtime.minInstances',
		'realtime.supportsGpu',
		'realtime.scaleToZero',
	],
	serverless: [
		'serverless.maxPayloadMB',
		'serverless.maxProcessingSeconds',
		'serverless.maxMemoryMB',
		'serverless.maxConcurrency',
		'serverless.supportsGpu',
	],
	asynchronous: [
		'async.maxPayloadMB',
		'async.maxProcessingSeconds',
		'async.maxQueueSeconds',
		'async.scaleToZero',
		'async.scalingMetric',
	],
	'batch-transform': [
		'batch.maxPayloadPerRequestMB',
		'batch.chunkedPayloadUnlimited',
		'batch.defaultPayloadPerRequestMB',
		'batch.maxInvocationSeconds',
		'batch.persistentEndpoint',
		'batch.splitTypes',
	],
} satisfies Record<InferenceOption, readonly string[]>;

/** Column headings for the key limits. */
export const optionTitles = {
	'real-time': 'Real-time',
	serverless: 'Serverless',
	asynchronous: 'Asynchronous',
	'batch-transform': 'Batch transform',
} satisfies Record<InferenceOption, string>;

/** Around the endpoint: target, orchestrator, purchasing and audit (the sheet must stay one page). */
export const aroundRows: readonly CheatRow[] = [
	{
		requirement: 'Small CPU model, sporadic calls, app already serverless',
		option: 'AWS Lambda',
		note: 'Up to {{fact:lambda.maxMemoryMB}} and {{fact:lambda.maxTimeoutSeconds}} per call; no GPU',
	},
	{
		requirement: 'ML workflow with lineage and conditional registration',
		option: 'SageMaker Pipelines',
		note: 'Existing Airflow DAGs: Amazon MWAA',
	},
	{
		requirement: 'Steady SageMaker usage for a year or more',
		option: 'SageMaker Savings Plan',
		note: '{{fact:savingsPlans.terms}}; Spot is for training jobs',
	},
	{
		requirement: 'Who changed or deleted the endpoint?',
		option: 'CloudTrail',
		note: 'Management events; event history {{fact:cloudtrail.eventHistoryDays}}',
	},
];
