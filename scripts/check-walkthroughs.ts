// Validates every walkthrough in content/walkthroughs against its schema and resolves every
// reference it makes (lesson sections, diagram nodes, playground presets, facts, advisor answers),
// reporting each problem with its file and field. Used by scripts/check-content.ts and the tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { recommend } from '../src/engine/advisor/recommend';
import { recommendHosting } from '../src/engine/advisor/hosting';
import { placeholderFactIds } from '../src/engine/limits/placeholders';
import { limits as shippedLimits } from '../src/engine/shipped-limits';
import type { HostingNeeds, Workload } from '../src/engine/advisor/types';
import { presets } from '../src/islands/playground/form';
import { diagramNodes } from '../src/lib/diagram-source';
import type { LimitsModel } from '../src/schemas/limits';
import {
	type Walkthrough,
	type WalkthroughStep,
	walkthroughSchema,
} from '../src/schemas/walkthrough';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One problem in one file; `reason` starts with the field path. */
export interface Problem {
	file: string;
	reason: string;
}

/** What the references in a walkthrough are resolved against. */
export interface WalkthroughContext {
	model: LimitsModel;
	/** Lesson slug → ids of its `##` section headings in the built page. */
	sections: ReadonlyMap<string, ReadonlySet<string>>;
	/** Diagram id → the node ids its mermaid source defines. */
	diagrams: ReadonlyMap<string, ReadonlySet<string>>;
	/** Playground preset ids. */
	presets: ReadonlySet<string>;
}

/**
 * The ids Astro gives a lesson's headings of the given levels (`##` by default): github-slugger
 * over every heading in order (so a repeated heading gets its `-1` suffix), code blocks skipped.
 * @example lessonSections('## The decision flow\n') // ['the-decision-flow']
 */
export function lessonSections(mdx: string, levels: readonly number[] = [2]): string[] {
	const slugger = new GithubSlugger();
	const prose = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').replace(/```[\s\S]*?```/g, '');
	return [...prose.matchAll(/^(#{1,6})\s+(.+?)\s*#*\s*$/gm)].flatMap(([, hashes, text]) => {
		const id = slugger.slug(text ?? '');
		return levels.includes(hashes?.length ?? 0) ? [id] : [];
	});
}

/** Reads lessons, diagrams and presets from disk. */
export function loadWalkthroughContext(model: LimitsModel = shippedLimits): WalkthroughContext {
	const files = (dir: string, pattern: RegExp) =>
		existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => pattern.test(f)) : [];
	const read = (dir: string, file: string) => readFileSync(join(root, dir, file), 'utf8');
	const sections = new Map(
		files('content/lessons', /^\d\d-.+\.mdx$/).map((f) => [
			f.replace(/^\d\d-|\.mdx$/g, ''),
			new Set(lessonSections(read('content/lessons', f))),
		]),
	);
	const diagrams = new Map(
		files('content/diagrams', /\.mmd$/).map((f) => [
			f.replace(/\.mmd$/, ''),
			new Set(diagramNodes(read('content/diagrams', f)).keys()),
		]),
	);
	return { model, sections, diagrams, presets: new Set(presets.map((p) => p.id)) };
}

/** Every `*.yaml` directly in `dir`, parsed; a YAML syntax error is a problem, not a crash. */
export function loadYamlFolder(dir: string): {
	raw: { file: string; data: unknown }[];
	problems: Problem[];
} {
	const raw: { file: string; data: unknown }[] = [];
	const problems: Problem[] = [];
	const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')) : [];
	for (const name of names.sort()) {
		const file = relative(root, join(dir, name));
		try {
			raw.push({ file, data: parse(readFileSync(join(dir, name), 'utf8')) });
		} catch (error) {
			problems.push({ file, reason: `YAML: ${(error as Error).message.split('\n')[0]}` });
		}
	}
	return { raw, problems };
}

/** Every walkthrough file, parsed. */
export const loadWalkthroughFiles = (dir = join(root, 'content/walkthroughs')) =>
	loadYamlFolder(dir);

type Check = (step: WalkthroughStep, ctx: WalkthroughContext) => string[];

/** Each reference a step makes, checked by one row; messages start with the field name. */
export const stepChecks = {
	section: (step, ctx) => {
		if (step.kind !== 'lesson') return [];
		const ids = ctx.sections.get(step.lesson);
		if (!ids) return [`lesson: "${step.lesson}" has no file in content/lessons`];
		return ids.has(step.section)
			? []
			: [
					`section: lesson "${step.lesson}" has no ## section "${step.section}" (has: ${[...ids].join(', ')})`,
				];
	},
	diagram: (step, ctx) => {
		if (step.kind !== 'diagram') return [];
		const nodes = ctx.diagrams.get(step.diagram);
		if (!nodes) return [`diagram: no content/diagrams/${step.diagram}.mmd`];
		return step.highlight === undefined || nodes.has(step.highlight)
			? []
			: [`highlight: diagram "${step.diagram}" has no node "${step.highlight}"`];
	},
	preset: (step, ctx) =>
		step.kind === 'playground' && !ctx.presets.has(step.preset)
			? [`preset: no playground preset "${step.preset}" (has: ${[...ctx.presets].join(', ')})`]
			: [],
	facts: (step, ctx) =>
		Object.entries(step).flatMap(([field, value]) =>
			[value]
				.flat()
				.filter((v): v is string => typeof v === 'string')
				.flatMap(placeholderFactIds)
				.filter((id) => !ctx.model.byId[id])
				.map((id) => `${field}: unknown fact id "${id}"`),
		),
	// Zod's optional keys are `?: T | undefined`; the advisor's are `?: T`. Same values at run time.
	answer: (step, ctx) => {
		try {
			if (
				step.kind === 'scenario' &&
				recommend(step.workload as Workload, ctx.model).eliminated.length === 0
			)
				return ['workload: the advisor rules nothing out, so there is nothing to reveal'];
			if (step.kind === 'hosting') recommendHosting(step.needs as HostingNeeds, ctx.model);
			return [];
		} catch (error) {
			const field = step.kind === 'hosting' ? 'needs' : 'workload';
			return [`${field}: the advisor cannot answer: ${(error as Error).message}`];
		}
	},
} as const satisfies Record<string, Check>;

/** The name of one step check. */
export type StepCheckName = keyof typeof stepChecks;

/**
 * Checks every walkthrough and reports ALL problems, each with its file and field.
 * @example checkWalkthroughs(loadWalkthroughFiles().raw, loadWalkthroughContext()).problems // []
 */
export function checkWalkthroughs(
	raw: readonly { file: string; data: unknown }[],
	ctx: WalkthroughContext,
): { walkthroughs: (Walkthrough & { file: string })[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const walkthroughs: (Walkthrough & { file: string })[] = [];
	const orders = new Map<number, string>();
	for (const { file, data } of raw) {
		const fail = (reason: string) => problems.push({ file, reason });
		if (!/^[a-z0-9][a-z0-9-]*$/.test(basename(file, '.yaml')))
			fail('file name is not a kebab-case id');
		const parsed = walkthroughSchema.safeParse(data);
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				fail(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
			continue;
		}
		const w = parsed.data;
		const other = orders.get(w.order);
		if (other !== undefined) fail(`order: ${w.order} is also used by ${other}`);
		orders.set(w.order, file);
		for (const id of placeholderFactIds(`${w.title} ${w.summary}`))
			if (!ctx.model.byId[id]) fail(`title or summary: unknown fact id "${id}"`);
		w.steps.forEach((step, i) => {
			for (const check of Object.values(stepChecks) as Check[])
				for (const message of check(step, ctx)) fail(`steps.${i}.${message}`);
		});
		walkthroughs.push({ ...w, file });
	}
	return { walkthroughs, problems };
}
