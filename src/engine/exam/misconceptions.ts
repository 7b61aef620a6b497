import type { Misconception } from '../../schemas/question';

// Scenario questions have no authored distractors: the (chosen, key) pair names the belief.
const scenarioSlips: Record<string, Misconception> = {
	'batch-transform>asynchronous': 'async-is-batch',
	'asynchronous>batch-transform': 'async-is-batch',
	'batch-transform>real-time': 'batch-for-live-callers',
	'batch-transform>serverless': 'batch-for-live-callers',
	'real-time>asynchronous': 'realtime-for-long-jobs',
	'serverless>asynchronous': 'realtime-for-long-jobs',
	'serverless>real-time': 'serverless-for-steady-traffic',
	'multi-model>multi-container': 'mme-mixed-frameworks',
	'multi-container>multi-model': 'mme-mixed-frameworks',
	'multi-model>inference-components': 'mme-per-model-scaling',
	'multi-container>inference-pipeline': 'pipeline-single-container',
};

/** The misconception behind picking `chosen` when the key is `key` in a scenario, if one is known. */
export function scenarioMisconception(chosen: string, key: string): Misconception | undefined {
	return scenarioSlips[`${chosen}>${key}`];
}
