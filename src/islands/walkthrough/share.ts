// What the Share panel links students to: the same scenario on their own device. A scenario step
// opens the advisor with the (what-if adjusted) workload, a playground step the playground with
// the preset, anything else the audience page at that step.
import { hostingToQuery } from '../advisor/hosting-form';
import { workloadToQuery, type WorkloadForm } from '../advisor/workload-form';
import type { Workload } from '../advisor/engine';
import { presets, toQuery } from '../playground/form';
import { formatStepHash } from '../../engine/walkthrough/hash';
import type { WhatIfDraft } from '../../engine/walkthrough/what-if';
import type { DeckView } from './deck';
import { evaluateScenario } from './outcome';

/** The advisor's form for a workload, in the advisor's own units (MB and seconds). */
export function workloadForm(w: Workload): WorkloadForm {
	return {
		payload: String(w.payloadMB),
		payloadUnit: 'MB',
		time: String(w.processingSeconds),
		timeUnit: 's',
		caller: w.caller,
		traffic: w.traffic,
		latencyMs: w.latencyTargetMs === undefined ? '' : String(w.latencyTargetMs),
		memoryGB: w.memoryGB === undefined ? '' : String(w.memoryGB),
		gpu: w.gpu ?? false,
		vpc: w.vpc ?? false,
		dataCapture: w.dataCapture ?? false,
	};
}

/** A link for students and a line saying where it leads. */
export interface ShareTarget {
	url: string;
	opens: string;
}

/** The link for the current step; `origin` is the site's origin (window.location.origin). */
export function shareTarget(
	origin: string,
	view: DeckView,
	step: number,
	draft: WhatIfDraft | undefined,
): ShareTarget {
	const s = view.steps[step];
	if (s?.kind === 'scenario') {
		const outcome = evaluateScenario(s.workload, draft);
		const workload = outcome.kind === 'invalid' ? s.workload : outcome.workload;
		const changed = outcome.kind !== 'invalid' && draft !== undefined;
		return {
			url: `${origin}/advisor/?${workloadToQuery(workloadForm(workload)).toString()}`,
			opens: `This workload${changed ? ', with the numbers changed here,' : ''} in the advisor.`,
		};
	}
	if (s?.kind === 'hosting') {
		const { models, sameFramework, chained, perModelScaling } = s.needs;
		const form = {
			models: String(models),
			sameFramework,
			chained: chained ?? false,
			perModelScaling: perModelScaling ?? false,
		};
		return {
			url: `${origin}/advisor/?${hostingToQuery(form).toString()}`,
			opens: 'These hosting needs in the advisor.',
		};
	}
	const preset = s?.kind === 'playground' ? presets.find((p) => p.id === s.preset) : undefined;
	if (preset)
		return {
			url: `${origin}/playground/?${toQuery(preset.form).toString()}`,
			opens: 'This comparison in the playground, same traffic and seed.',
		};
	return {
		url: `${origin}/teach/${view.slug}/audience/${formatStepHash(step)}`,
		opens: 'This walkthrough at this step, to follow on their own screen.',
	};
}
