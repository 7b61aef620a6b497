// Every walkthrough parses with its schema and every reference resolves: lesson sections, diagram
// nodes, playground presets, facts and advisor answers. Each rule is also shown to catch a broken
// copy of a real file, so none of these tests can pass vacuously.
import { describe, expect, it } from 'vitest';
import { recommendHosting } from '../../src/engine/advisor/hosting';
import type { HostingNeeds } from '../../src/engine/advisor/types';
import { walkthroughSchema } from '../../src/schemas/walkthrough';
import {
	checkWalkthroughs,
	lessonSections,
	loadWalkthroughContext,
	loadWalkthroughFiles,
	stepChecks,
	type StepCheckName,
} from '../../scripts/check-walkthroughs';

const ctx = loadWalkthroughContext();
const loaded = loadWalkthroughFiles();
const { walkthroughs, problems } = checkWalkthroughs(loaded.raw, ctx);
const byName = (name: string) => {
	const w = walkthroughs.find((x) => x.file.endsWith(`/${name}.yaml`));
	if (!w) throw new Error(`missing content/walkthroughs/${name}.yaml`);
	return w;
};
type RawStep = Record<string, unknown>;
/** A deep copy of one real file with its steps open for editing. */
const copyOf = (name: string) => {
	const raw = loaded.raw.find((r) => r.file.endsWith(`/${name}.yaml`));
	if (!raw) throw new Error(`missing ${name}.yaml`);
	const data = structuredClone(raw.data) as { order: number; steps: RawStep[] };
	return { file: raw.file, data };
};
const firstStep = (steps: RawStep[], kind: string) => {
	const step = steps.find((s) => s['kind'] === kind);
	if (!step) throw new Error(`no ${kind} step`);
	return step;
};

describe('walkthrough files', () => {
	it('all parse and resolve, with no problem in any file', () => {
		expect(loaded.problems).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('the five walkthroughs the issue asks for exist, each 8 to 20 steps', () => {
		const names = [
			'choosing-an-endpoint',
			'large-medical-images',
			'hosting-many-models',
			'rolling-out-safely',
			'autoscaling-and-cost',
		];
		for (const name of names) {
			const { steps } = byName(name);
			expect(steps.length, name).toBeGreaterThanOrEqual(8);
			expect(steps.length, name).toBeLessThanOrEqual(20);
		}
	});

	it('most steps carry speaker notes', () => {
		for (const w of walkthroughs) {
			const noted = w.steps.filter((s) => s.notes !== undefined).length;
			expect(noted / w.steps.length, w.file).toBeGreaterThanOrEqual(0.75);
		}
	});

	it('orders are unique, and a duplicate is reported', () => {
		const orders = walkthroughs.map((w) => w.order);
		expect(new Set(orders).size).toBe(orders.length);
		const a = copyOf('choosing-an-endpoint');
		const b = copyOf('hosting-many-models');
		b.data.order = a.data.order;
		expect(checkWalkthroughs([a, b], ctx).problems).toEqual([
			{ file: b.file, reason: expect.stringMatching(/^order: \d+ is also used by/) },
		]);
	});

	it('what-if controls appear only on scenario steps, and the schema refuses them elsewhere', () => {
		for (const { data, file } of loaded.raw)
			for (const step of (data as { steps: RawStep[] }).steps)
				if (step['whatIf'] !== undefined) expect(step['kind'], file).toBe('scenario');
		const broken = copyOf('choosing-an-endpoint');
		firstStep(broken.data.steps, 'diagram')['whatIf'] = ['payloadMB'];
		expect(walkthroughSchema.safeParse(broken.data).success).toBe(false);
		expect(checkWalkthroughs([broken], ctx).problems[0]?.reason).toMatch(/^steps\.\d+/);
	});
});

// One row per step check: a way to break a real file so that the check must complain.
const breakers = {
	section: ['choosing-an-endpoint', 'lesson', (s) => (s['section'] = 'no-such-section')],
	diagram: ['choosing-an-endpoint', 'diagram', (s) => (s['highlight'] = 'noSuchNode')],
	preset: ['autoscaling-and-cost', 'playground', (s) => (s['preset'] = 'no-such-preset')],
	facts: ['choosing-an-endpoint', 'diagram', (s) => (s['points'] = ['{{fact:no.suchFact}}'])],
	answer: [
		'choosing-an-endpoint',
		'scenario',
		(s) =>
			(s['workload'] = {
				payloadMB: 0.01,
				processingSeconds: 1,
				caller: 'offline',
				traffic: 'none',
			}),
	],
} satisfies Record<StepCheckName, [string, string, (step: RawStep) => void]>;

describe.each(Object.entries(breakers))('step check %s', (name, [file, kind, breakStep]) => {
	it('passes on every step of every real walkthrough', () => {
		const check = stepChecks[name as StepCheckName];
		const steps = walkthroughs.flatMap((w) => w.steps);
		expect(steps.filter((s) => s.kind === kind).length).toBeGreaterThan(0);
		expect(steps.flatMap((s) => check(s, ctx))).toEqual([]);
	});

	it('reports the file and the step field when broken', () => {
		const broken = copyOf(file);
		const index = broken.data.steps.findIndex((s) => s['kind'] === kind);
		breakStep(firstStep(broken.data.steps, kind));
		const found = checkWalkthroughs([broken], ctx).problems;
		expect(found).toHaveLength(1);
		expect(found[0]?.file).toBe(broken.file);
		expect(found[0]?.reason).toMatch(new RegExp(`^steps\\.${index}\\.\\w+: `));
	});
});

describe('what the steps teach', () => {
	it('every scenario reveals at least one elimination, and a workload that rules nothing out is refused', () => {
		const broken = copyOf('large-medical-images');
		const scenario = firstStep(broken.data.steps, 'scenario');
		scenario['workload'] = {
			payloadMB: 3,
			processingSeconds: 45,
			caller: 'offline',
			traffic: 'none',
		};
		expect(checkWalkthroughs([broken], ctx).problems[0]?.reason).toMatch(
			/workload: the advisor rules nothing out/,
		);
	});

	it('a hosting step the advisor cannot answer is reported', () => {
		const broken = copyOf('hosting-many-models');
		firstStep(broken.data.steps, 'hosting')['needs'] = {
			models: 1,
			sameFramework: true,
			chained: true,
		};
		expect(checkWalkthroughs([broken], ctx).problems[0]?.reason).toMatch(
			/^steps\.\d+\.needs: the advisor cannot answer/,
		);
	});

	it('the selection walkthrough highlights every decision node of the flow', () => {
		const highlighted = byName('choosing-an-endpoint').steps.flatMap((s) =>
			s.kind === 'diagram' && s.diagram === 'endpoint-selection' && s.highlight
				? [s.highlight]
				: [],
		);
		expect(highlighted).toEqual(
			expect.arrayContaining(['start', 'bulk', 'big', 'fitsAsync', 'waits', 'fitsServerless']),
		);
	});

	it('the hosting walkthrough reaches all five hosting patterns', () => {
		const answers = byName('hosting-many-models').steps.flatMap((s) =>
			s.kind === 'hosting' ? [recommendHosting(s.needs as HostingNeeds).best] : [],
		);
		expect(new Set(answers)).toEqual(
			new Set([
				'single-model',
				'multi-model',
				'multi-container',
				'inference-pipeline',
				'inference-components',
			]),
		);
	});

	it('the cost walkthrough runs both intermittent and steady traffic in the playground', () => {
		const used = byName('autoscaling-and-cost').steps.flatMap((s) =>
			s.kind === 'playground' ? [s.preset] : [],
		);
		expect(used).toEqual(expect.arrayContaining(['recommender', 'fraud']));
	});
});

describe('lesson section ids', () => {
	it('slug ## headings the way the built page does', () => {
		const mdx = [
			'---',
			'title: x',
			'---',
			'## Multi-model endpoints: one container, many model artifacts',
			'```python',
			'# Not a heading',
			'```',
			'### Provisioned concurrency',
			'## Cold starts',
			'## Cold starts',
		].join('\n');
		expect(lessonSections(mdx)).toEqual([
			'multi-model-endpoints-one-container-many-model-artifacts',
			'cold-starts',
			'cold-starts-1',
		]);
	});

	it('finds the sections of every lesson', () => {
		expect(ctx.sections.size).toBeGreaterThanOrEqual(12);
		expect(ctx.sections.get('choosing')).toContain('the-decision-flow');
		for (const [slug, ids] of ctx.sections) expect(ids.size, slug).toBeGreaterThan(0);
	});
});
