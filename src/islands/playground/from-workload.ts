// Builds a playground link from an advisor workload, so a scenario question can be simulated:
// the same payload, processing time, caller and traffic, with the recommended option side by
// side with its closest alternative.
import { recommend } from '../../engine/advisor/recommend';
import type { Recommendation, Traffic, Workload } from '../../engine/advisor/types';
import { numericFact } from '../../engine/limits/model';
import { limits } from '../../engine/shipped-limits';
import type { FormShape } from './fields';
import { defaultConfig, defaultForm, toQuery, type PlaygroundForm } from './form';

// An offline dataset has no live traffic; its comparison still needs arrivals to simulate.
const shapeFor = {
	steady: 'steady',
	spiky: 'spiky',
	intermittent: 'intermittent',
	none: 'steady',
} as const satisfies Record<Traffic, FormShape>;

/** The playground form for a workload: the recommended option against its runner-up. */
export function playgroundFormFor(workload: Workload, rec: Recommendation): PlaygroundForm {
	const form = defaultForm();
	form.workload.payloadMB = String(workload.payloadMB);
	form.workload.caller = workload.caller;
	form.workload.shape = shapeFor[workload.traffic];
	form.workload.distribution = 'fixed';
	form.workload.values['seconds'] = String(workload.processingSeconds);
	const runnerUp =
		rec.feasible[1] ?? rec.eliminated.find((e) => e.option !== rec.best)?.option ?? rec.best;
	form.configs = [...new Set([rec.best, runnerUp])].map(defaultConfig);
	for (const config of form.configs) {
		// Give each option the room its own limits allow, so only a real limit rejects requests.
		if (
			config.option === 'asynchronous' &&
			workload.processingSeconds > Number(config.values['timeoutSeconds'])
		)
			config.values['timeoutSeconds'] = String(numericFact(limits, 'async.maxProcessingSeconds'));
		if (
			config.option === 'batch-transform' &&
			workload.payloadMB > Number(config.values['miniBatchMB'])
		)
			config.values['miniBatchMB'] = String(numericFact(limits, 'batch.maxPayloadPerRequestMB'));
	}
	return form;
}

/** The URL of the playground set up for this workload. */
export function playgroundHref(workload: Workload, rec: Recommendation): string {
	return `/playground/?${toQuery(playgroundFormFor(workload, rec)).toString()}`;
}

/** The playground URL for a workload, or undefined when no option fits it (nothing to simulate). */
export function playgroundHrefFor(workload: Workload): string | undefined {
	try {
		return playgroundHref(workload, recommend(workload));
	} catch {
		return undefined;
	}
}
