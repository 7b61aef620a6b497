import type { Question } from '../../../src/schemas/question';

// Small hand-written questions of every kind, so grader tests do not depend on the authored bank.
const common = {
	topics: ['serverless' as const],
	task: '3.1' as const,
	difficulty: 2 as const,
	lessons: ['serverless' as const],
	facts: [] as string[],
};

export const single: Question = {
	...common,
	id: 'fx-single',
	kind: 'single',
	stem: 'Which payload limit applies to one serverless request?',
	options: [
		{
			id: 'a',
			text: 'Six megabytes',
			correct: false,
			why: 'That is the real-time limit ({{fact:realtime.maxPayloadMB}}).',
			misconception: 'serverless-payload-6mb',
		},
		{
			id: 'b',
			text: 'Four megabytes',
			correct: true,
			why: 'Serverless accepts {{fact:serverless.maxPayloadMB}} per request.',
		},
		{
			id: 'c',
			text: 'One gigabyte',
			correct: false,
			why: 'That is the asynchronous limit, not serverless.',
			misconception: 'other',
		},
	],
};

export const multiple: Question = {
	...common,
	id: 'fx-multiple',
	kind: 'multiple',
	stem: 'Which two features does serverless inference lack?',
	choose: 2,
	options: [
		{ id: 'gpu', text: 'GPUs', correct: true, why: 'No GPU instances exist for serverless.' },
		{
			id: 'vpc',
			text: 'VPC configuration',
			correct: true,
			why: 'Serverless endpoints cannot be placed in a VPC.',
		},
		{
			id: 'scale',
			text: 'Scaling to zero',
			correct: false,
			why: 'Serverless scales to zero by design.',
			misconception: 'other',
		},
		{
			id: 'https',
			text: 'An HTTPS endpoint',
			correct: false,
			why: 'It is invoked like any endpoint.',
			misconception: 'other',
		},
	],
};

export const ordering: Question = {
	...common,
	id: 'fx-ordering',
	kind: 'ordering',
	stem: 'Put the steps of a first deployment in order.',
	steps: [
		{ id: 'model', text: 'Create the model' },
		{ id: 'config', text: 'Create the endpoint configuration' },
		{ id: 'endpoint', text: 'Create the endpoint' },
	],
	explanation: 'A configuration names a model, and an endpoint is built from a configuration.',
};

export const matching: Question = {
	...common,
	id: 'fx-matching',
	kind: 'matching',
	stem: 'Match each need to an option.',
	prompts: [
		{ id: 'p1', text: 'A 200 MB video, answer later', match: 'async' },
		{ id: 'p2', text: 'A nightly dataset in S3', match: 'batch' },
		{ id: 'p3', text: 'A steady 20 ms API', match: 'rt' },
	],
	answers: [
		{ id: 'async', text: 'Asynchronous' },
		{ id: 'batch', text: 'Batch transform' },
		{ id: 'rt', text: 'Real-time' },
		{ id: 'sl', text: 'Serverless' },
	],
	explanation: 'Large and late goes to async; stored data to batch; steady and fast to real-time.',
};

export const caseStudy: Question = {
	...common,
	id: 'fx-case',
	kind: 'case-study',
	scenario: 'A clinic wants to score X-rays; the model and the team are described in each part.',
	parts: [
		{
			kind: 'single',
			stem: single.kind === 'single' ? single.stem : '',
			options: single.kind === 'single' ? single.options : [],
		},
		{
			kind: 'ordering',
			stem: 'Order the deployment steps.',
			steps: ordering.kind === 'ordering' ? ordering.steps : [],
			explanation: 'Model, then config, then endpoint.',
		},
	],
};

export const scenario: Question = {
	...common,
	id: 'fx-scenario',
	kind: 'scenario',
	story: 'A clinic uploads 5 MB photos; the doctor waits for each answer; traffic comes and goes.',
	workload: { payloadMB: 5, processingSeconds: 2, caller: 'waits', traffic: 'intermittent' },
	expected: 'real-time',
};

export const hosting: Question = {
	...common,
	id: 'fx-hosting',
	kind: 'scenario',
	story: 'A SaaS firm hosts 20 models built with different frameworks, each called by name.',
	hosting: { models: 20, sameFramework: false },
};
