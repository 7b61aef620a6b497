import type { LimitsModel } from '../../schemas/limits';
import { limits as shippedLimits } from '../shipped-limits';
import { shownFact as shown } from '../limits/format';
import { numericFact } from '../limits/model';
import type {
	HostingElimination,
	HostingNeeds,
	HostingPattern,
	HostingRecommendation,
} from './types';
import { validateHostingNeeds } from './validate';

export const patternNames = {
	'single-model': 'Single-model endpoint',
	'multi-model': 'Multi-model endpoint',
	'multi-container': 'Multi-container endpoint',
	'inference-pipeline': 'Inference pipeline',
	'inference-components': 'Inference components',
} as const satisfies Record<HostingPattern, string>;

/** One reason a pattern does not fit, checked in order; the first that applies is given. */
interface Misfit {
	when: (n: HostingNeeds, m: LimitsModel) => boolean;
	factId?: string;
	reason: (n: HostingNeeds, m: LimitsModel) => string;
}

interface HostingRule {
	pattern: HostingPattern;
	/** Why the pattern does not fit, first match wins; none matching means it fits. */
	misfits: readonly Misfit[];
	/** Why the pattern is the answer when it is the first that fits. */
	why: (n: HostingNeeds, m: LimitsModel) => string;
}

/** Thrown when no hosting pattern fits; carries every pattern's reason. */
export class NoFeasibleHostingError extends Error {
	override readonly name = 'NoFeasibleHostingError';
	constructor(readonly eliminated: HostingElimination[]) {
		super(`No hosting pattern fits these needs: ${eliminated.map((e) => e.reason).join(' ')}`);
	}
}

const overContainers = (n: HostingNeeds, m: LimitsModel) =>
	n.models > numericFact(m, 'mce.maxContainers');

/** Patterns in order of preference (the simplest that fits wins), each with when it does not fit. */
export const hostingRules: readonly HostingRule[] = [
	{
		pattern: 'inference-pipeline',
		misfits: [
			{
				when: (n) => !n.chained,
				reason: () =>
					'A pipeline sends every request through every container in order; these models are called independently.',
			},
			{
				when: (n, m) => n.models < numericFact(m, 'pipeline.minContainers'),
				factId: 'pipeline.minContainers',
				reason: (_, m) =>
					`A pipeline needs at least ${shown(m, 'pipeline.minContainers')} containers.`,
			},
			{
				when: (n, m) => n.models > numericFact(m, 'pipeline.maxContainers'),
				factId: 'pipeline.maxContainers',
				reason: (n, m) =>
					`${n.models} steps are more than the ${shown(m, 'pipeline.maxContainers')} containers a pipeline allows.`,
			},
		],
		why: (n) =>
			`Each request must pass through ${n.models} containers in order (for example preprocessing, model, postprocessing); an inference pipeline runs them in sequence on the same instances.`,
	},
	{
		pattern: 'single-model',
		misfits: [
			{
				when: (n) => n.chained === true,
				reason: () => 'One model in one container cannot chain several processing steps.',
			},
			{
				when: (n) => n.models > 1,
				reason: (n) =>
					`One model per endpoint would mean ${n.models} endpoints, each billed around the clock.`,
			},
		],
		why: () =>
			'There is one model: a single-model endpoint is the simplest deployment, with its own instances and scaling.',
	},
	{
		pattern: 'inference-components',
		misfits: [
			{
				when: (n) => n.chained === true,
				reason: () =>
					'Inference components host models side by side; they do not chain containers per request.',
			},
			{
				when: (n, m) => !n.perModelScaling && (n.sameFramework || !overContainers(n, m)),
				reason: () =>
					'Inference components give each model its own resources and scaling policy, more to configure than these needs call for.',
			},
		],
		why: (n, m) =>
			n.perModelScaling
				? `${n.models} models each need their own share of CPU, accelerators and memory and their own scaling; inference components give each model exactly that on shared instances.`
				: `${n.models} models with different containers are more than the ${shown(m, 'mce.maxContainers')} a multi-container endpoint holds; inference components host each model with its own container image on shared instances.`,
	},
	{
		pattern: 'multi-model',
		misfits: [
			{
				when: (n) => n.chained === true,
				factId: 'mme.sharedContainer',
				reason: () =>
					'A multi-model endpoint loads one model per request in one container; it does not chain steps.',
			},
			{
				when: (n) => !n.sameFramework,
				factId: 'mme.sharedContainer',
				reason: () =>
					'Every model of a multi-model endpoint must run in the one shared serving container, and these models need different frameworks.',
			},
			{
				when: (n) => n.perModelScaling === true,
				factId: 'mme.perModelScaling',
				reason: () =>
					'A multi-model endpoint scales its instances for all models together; no model gets its own scaling policy.',
			},
		],
		why: (n) =>
			`${n.models} models share one framework, so one serving container can load each from S3 on demand and cache the busy ones: the cheapest way to host many models.`,
	},
	{
		pattern: 'multi-container',
		misfits: [
			{
				when: overContainers,
				factId: 'mce.maxContainers',
				reason: (n, m) =>
					`${n.models} models are more than the ${shown(m, 'mce.maxContainers')} containers one endpoint can hold.`,
			},
			{
				when: (n) => n.chained === true,
				factId: 'mce.modes',
				reason: () =>
					'Serial mode of a multi-container endpoint is exactly an inference pipeline; name it that way.',
			},
			{
				when: (n) => n.perModelScaling === true,
				reason: () =>
					'All containers share the endpoint instances and scale together, with no per-model scaling.',
			},
			{
				when: (n) => n.sameFramework,
				reason: () =>
					'A container per model wastes memory when one shared container could load them all (multi-model endpoint).',
			},
			{
				when: (n) => n.models < 2,
				reason: () => 'One model needs one container, not several.',
			},
		],
		why: (n) =>
			`${n.models} models need different containers (frameworks or dependencies); a multi-container endpoint in direct mode hosts them on one endpoint and each request names its container.`,
	},
];

function misfitOf(rule: HostingRule, n: HostingNeeds, m: LimitsModel) {
	const check = rule.misfits.find((c) => c.when(n, m));
	if (!check) return undefined;
	return { reason: check.reason(n, m), ...(check.factId ? { factId: check.factId } : {}) };
}

/**
 * Picks how to host a set of models, explaining why each other pattern is worse.
 * @example recommendHosting({ models: 500, sameFramework: true }).best // 'multi-model'
 */
export function recommendHosting(
	needs: HostingNeeds,
	model: LimitsModel = shippedLimits,
): HostingRecommendation {
	const n = validateHostingNeeds(needs);
	const verdicts = hostingRules.map((rule) => ({ rule, misfit: misfitOf(rule, n, model) }));
	const winner = verdicts.find((v) => v.misfit === undefined);
	if (!winner)
		throw new NoFeasibleHostingError(
			verdicts.flatMap((v) => (v.misfit ? [{ pattern: v.rule.pattern, ...v.misfit }] : [])),
		);
	const simpler = `${patternNames[winner.rule.pattern]} fits these needs more simply.`;
	const eliminated: HostingElimination[] = verdicts
		.filter((v) => v !== winner)
		.map((v) => ({ pattern: v.rule.pattern, ...(v.misfit ?? { reason: simpler }) }));
	return { best: winner.rule.pattern, reasons: [winner.rule.why(n, model)], eliminated };
}
