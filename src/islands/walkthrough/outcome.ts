// Scenario and hosting steps decided by the advisor engine, under the presenter's what-if inputs.
// Each outcome lists what can be revealed one at a time: the eliminations, then the answer.
import {
	InvalidInputError,
	NoFeasibleHostingError,
	NoFeasibleOptionError,
	optionNames,
	patternNames,
	recommend,
	recommendHosting,
	type Elimination,
	type HostingElimination,
	type HostingRecommendation,
	type Recommendation,
	type Workload,
} from '../advisor/engine';
import { readableMessage } from '../advisor/query';
import { applyWhatIf, type WhatIfDraft, type WhatIfKey } from '../../engine/walkthrough/what-if';
import type { Deck } from '../../engine/walkthrough/state';
import type { StepView } from './deck';

/** What a scenario step shows under the current inputs. */
export type ScenarioOutcome =
	| { kind: 'recommended'; workload: Workload; recommendation: Recommendation }
	| { kind: 'none-fits'; workload: Workload; eliminated: Elimination[] }
	| { kind: 'invalid'; field: WhatIfKey | undefined; message: string };

const whatIfKeys = new Set<string>(['payloadMB', 'processingSeconds', 'traffic', 'caller']);

/** Runs the engine on the step's workload with the typed inputs; never throws for bad input. */
export function evaluateScenario(base: Workload, draft: WhatIfDraft | undefined): ScenarioOutcome {
	let workload: Workload;
	try {
		workload = applyWhatIf(base, draft);
		return { kind: 'recommended', workload, recommendation: recommend(workload) };
	} catch (error) {
		if (error instanceof InvalidInputError) {
			const field = whatIfKeys.has(error.field) ? (error.field as WhatIfKey) : undefined;
			return { kind: 'invalid', field, message: readableMessage(error) };
		}
		if (error instanceof NoFeasibleOptionError)
			return {
				kind: 'none-fits',
				workload: applyWhatIf(base, draft),
				eliminated: error.eliminated,
			};
		throw error;
	}
}

/** What a hosting step shows. */
export type HostingOutcome =
	| { kind: 'recommended'; recommendation: HostingRecommendation }
	| { kind: 'none-fits'; eliminated: HostingElimination[] };

/** The hosting engine's answer for the step's needs (validated by the content schema). */
export function evaluateHosting(needs: Parameters<typeof recommendHosting>[0]): HostingOutcome {
	try {
		return { kind: 'recommended', recommendation: recommendHosting(needs) };
	} catch (error) {
		if (error instanceof NoFeasibleHostingError)
			return { kind: 'none-fits', eliminated: error.eliminated };
		throw error;
	}
}

/** The eliminations an outcome reveals one by one. */
export function eliminationsOf(outcome: ScenarioOutcome | HostingOutcome): number {
	if (outcome.kind === 'invalid') return 0;
	return outcome.kind === 'none-fits'
		? outcome.eliminated.length
		: outcome.recommendation.eliminated.length;
}

/** The deck the reducer moves through: each elimination and then the answer is one press. */
export function createDeck(steps: readonly StepView[]): Deck {
	return {
		steps: Math.max(1, steps.length),
		reveals(index, draft) {
			const step = steps[index];
			if (step?.kind === 'scenario') {
				const outcome = evaluateScenario(step.workload, draft);
				return outcome.kind === 'invalid' ? undefined : eliminationsOf(outcome) + 1;
			}
			if (step?.kind === 'hosting') return eliminationsOf(evaluateHosting(step.needs)) + 1;
			return 0;
		},
	};
}

/** What the latest press revealed, in words, for the screen-reader status line. */
export function revealText(
	step: StepView | undefined,
	reveal: number,
	draft: WhatIfDraft | undefined,
): string {
	if (!step || reveal === 0) return '';
	let names: string[];
	let answer: string;
	if (step.kind === 'scenario') {
		const outcome = evaluateScenario(step.workload, draft);
		if (outcome.kind === 'invalid') return '';
		const eliminated =
			outcome.kind === 'none-fits' ? outcome.eliminated : outcome.recommendation.eliminated;
		names = eliminated.map((e) => optionNames[e.option]);
		answer =
			outcome.kind === 'none-fits'
				? 'No inference option fits.'
				: `Recommended: ${optionNames[outcome.recommendation.best]}.`;
	} else if (step.kind === 'hosting') {
		const outcome = evaluateHosting(step.needs);
		const eliminated =
			outcome.kind === 'none-fits' ? outcome.eliminated : outcome.recommendation.eliminated;
		names = eliminated.map((e) => patternNames[e.pattern]);
		answer =
			outcome.kind === 'none-fits'
				? 'No hosting pattern fits.'
				: `Recommended: ${patternNames[outcome.recommendation.best]}.`;
	} else return '';
	const name = names[reveal - 1];
	return name ? `Ruled out: ${name}.` : answer;
}
