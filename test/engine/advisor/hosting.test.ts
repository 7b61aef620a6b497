import { describe, expect, it } from 'vitest';
import {
	InvalidInputError,
	NoFeasibleHostingError,
	fact,
	recommendHosting,
	type HostingNeeds,
	type HostingPattern,
} from '../../../src/engine/index';

const mceMax = fact('mce.maxContainers').value as number;
const pipelineMax = fact('pipeline.maxContainers').value as number;

const cases: [string, HostingNeeds, HostingPattern][] = [
	['one model', { models: 1, sameFramework: true }, 'single-model'],
	['hundreds of same-framework models', { models: 500, sameFramework: true }, 'multi-model'],
	['a few models in different frameworks', { models: 4, sameFramework: false }, 'multi-container'],
	[
		`mixed frameworks at the ${mceMax}-container limit`,
		{ models: mceMax, sameFramework: false },
		'multi-container',
	],
	[
		'mixed frameworks over the container limit',
		{ models: mceMax + 1, sameFramework: false },
		'inference-components',
	],
	[
		'preprocess, predict, postprocess in order',
		{ models: 3, sameFramework: false, chained: true },
		'inference-pipeline',
	],
	[
		'same-framework models each needing its own scaling',
		{ models: 6, sameFramework: true, perModelScaling: true },
		'inference-components',
	],
];

describe('recommendHosting', () => {
	it.each(cases)('%s', (_name, needs, best) => {
		const r = recommendHosting(needs);
		expect(r.best).toBe(best);
		expect(r.reasons.length).toBeGreaterThan(0);
		const others = r.eliminated.map((e) => e.pattern).sort();
		expect(others).toEqual(
			(
				[
					'single-model',
					'multi-model',
					'multi-container',
					'inference-pipeline',
					'inference-components',
				] as const
			)
				.filter((p) => p !== best)
				.sort(),
		);
		for (const e of r.eliminated)
			if (e.factId) expect(() => fact(e.factId as string)).not.toThrow();
	});

	it('rules out multi-model for mixed frameworks by the shared-container fact', () => {
		const r = recommendHosting({ models: 4, sameFramework: false });
		expect(r.eliminated.find((e) => e.pattern === 'multi-model')?.factId).toBe(
			'mme.sharedContainer',
		);
	});

	it('rules out multi-model when each model needs its own scaling', () => {
		const r = recommendHosting({ models: 6, sameFramework: true, perModelScaling: true });
		expect(r.eliminated.find((e) => e.pattern === 'multi-model')?.factId).toBe(
			'mme.perModelScaling',
		);
	});

	it('refuses a chain longer than a pipeline allows, with the limit', () => {
		expect(() =>
			recommendHosting({ models: pipelineMax + 1, sameFramework: false, chained: true }),
		).toThrow(NoFeasibleHostingError);
	});

	it.each([
		['models', { models: 0, sameFramework: true }],
		['models', { models: 2.5, sameFramework: true }],
		['sameFramework', { models: 2 }],
		['chained', { models: 2, sameFramework: true, chained: 'yes' }],
	])('names the bad field %s', (field, needs) => {
		try {
			recommendHosting(needs as HostingNeeds);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(InvalidInputError);
			expect((e as InvalidInputError).field).toBe(field);
		}
	});
});
