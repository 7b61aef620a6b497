import type { LimitsModel } from '../../schemas/limits';
import type { ScenarioQuestion } from '../../schemas/question';
import { optionNames, recommend } from '../advisor/recommend';
import { patternNames, recommendHosting } from '../advisor/hosting';
import type { HostingNeeds, Workload } from '../advisor/types';
import { feedbackFact } from './placeholders';
import type { FeedbackItem } from './types';

/** What a scenario is about: a workload for an endpoint option, or needs for a hosting pattern. */
export interface ScenarioInput {
	workload?: ScenarioQuestion['workload'];
	hosting?: ScenarioQuestion['hosting'];
}

/** A scenario's choices, computed key and per-option feedback (chosen left false). */
export interface ScenarioModel {
	key: string;
	options: { id: string; label: string }[];
	feedback: FeedbackItem[];
}

const mb = (n: number) => `${n.toLocaleString('en-US', { maximumFractionDigits: 3 })} MB`;

// How the scenario's own value reads next to each limit it can break; a new rule is one new row.
const scenarioValues: readonly [RegExp, (w: Workload) => string | undefined][] = [
	[/Payload(PerRequest)?MB$/, (w) => mb(w.payloadMB)],
	[/(Processing|Invocation)Seconds$/, (w) => `${w.processingSeconds.toLocaleString('en-US')} s`],
	[/maxMemoryMB$/, (w) => (w.memoryGB === undefined ? undefined : `${w.memoryGB} GB`)],
	[
		/LatencyMs$/,
		(w) => (w.latencyTargetMs === undefined ? undefined : `${w.latencyTargetMs} ms budget`),
	],
	[/supportsGpu$/, () => 'needs a GPU'],
	[/supportsVpc$/, () => 'must run in a VPC'],
	[/supportsDataCapture$/, () => 'must capture inputs and outputs'],
	[/returnsResultInResponse$/, () => 'the caller waits for the answer'],
	[/persistentEndpoint$/, () => 'live requests need an endpoint'],
];

/** The workload's value that a fact is compared with, formatted; undefined when none applies. */
export function scenarioValueFor(factId: string, w: Workload): string | undefined {
	return scenarioValues.find(([pattern]) => pattern.test(factId))?.[1](w);
}

function inferenceModel(w: Workload, model: LimitsModel): ScenarioModel {
	const rec = recommend(w, model);
	const options = scenarioChoices({ workload: w });
	const feedback = options.map(({ id }): FeedbackItem => {
		const base = { id, chosen: false };
		if (id === rec.best) return { ...base, correct: true, explanation: rec.reasons.join(' ') };
		const broken = rec.eliminated.filter((e) => e.option === id);
		const first = broken[0];
		if (first === undefined)
			return {
				...base,
				correct: false,
				explanation: `It fits every limit, but ${optionNames[rec.best]} fits better: ${rec.reasons[0] ?? ''}`,
			};
		const value = scenarioValueFor(first.factId, w);
		return {
			...base,
			correct: false,
			explanation: broken.map((e) => e.reason).join(' '),
			fact: feedbackFact(model, first.factId),
			...(value === undefined ? {} : { scenarioValue: value }),
		};
	});
	return { key: rec.best, options, feedback };
}

function hostingModel(q: HostingNeeds, model: LimitsModel): ScenarioModel {
	const rec = recommendHosting(q, model);
	const options = scenarioChoices({ hosting: q });
	const feedback = options.map(({ id }): FeedbackItem => {
		if (id === rec.best)
			return { id, chosen: false, correct: true, explanation: rec.reasons.join(' ') };
		const why = rec.eliminated.find((e) => e.pattern === id);
		return {
			id,
			chosen: false,
			correct: false,
			explanation: why?.reason ?? `${patternNames[rec.best]} fits better.`,
			...(why?.factId === undefined
				? {}
				: {
						fact: feedbackFact(model, why.factId),
						scenarioValue: `${q.models.toLocaleString('en-US')} models`,
					}),
		};
	});
	return { key: rec.best, options, feedback };
}

/** The choices a scenario offers: the four inference options, or the five hosting patterns. */
export function scenarioChoices(q: ScenarioInput): { id: string; label: string }[] {
	return Object.entries(q.hosting ? patternNames : optionNames).map(([id, label]) => ({
		id,
		label,
	}));
}

/**
 * Computes a scenario question's key and feedback with the advisor (never from the authored answer).
 * @example scenarioModel(q, limits).key // 'asynchronous'
 */
export function scenarioModel(q: ScenarioInput, model: LimitsModel): ScenarioModel {
	// zod marks optional fields `T | undefined`; the advisor validates every field itself.
	if (q.workload) return inferenceModel(q.workload as Workload, model);
	if (q.hosting) return hostingModel(q.hosting as HostingNeeds, model);
	throw new Error('a scenario question needs a workload or hosting needs');
}
