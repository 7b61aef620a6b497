// The committed SVGs must match the current diagram sources, limits and walkthrough highlights: a
// changed .mmd, a changed limit that a diagram uses, or a walkthrough highlighting another node
// fails here until `npm run render:diagrams` is run.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { limits } from '../../src/engine/shipped-limits';
import { createLimitsModel, lookupFact } from '../../src/engine/limits/model';
import { parse } from 'yaml';
import {
	diagramNodes,
	highlightKey,
	highlightPairs,
	highlightSource,
	prepareDiagram,
	readAccessibility,
	sha256,
	type DiagramManifest,
} from '../../src/lib/diagram-source';
import { root } from './load-content';

const sourceDir = path.join(root, 'content/diagrams');
const outDir = path.join(root, 'src/generated/diagrams');
const sources = readdirSync(sourceDir)
	.filter((f) => f.endsWith('.mmd'))
	.sort();
const manifest = JSON.parse(
	readFileSync(path.join(outDir, 'manifest.json'), 'utf8'),
) as DiagramManifest;
const read = (id: string) => readFileSync(path.join(sourceDir, `${id}.mmd`), 'utf8');
const ids = sources.map((f) => f.replace(/\.mmd$/, ''));
const regenerate = 'run npm run render:diagrams';
const walkthroughDir = path.join(root, 'content/walkthroughs');
const pairs = highlightPairs(
	readdirSync(walkthroughDir)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => parse(readFileSync(path.join(walkthroughDir, f), 'utf8')) as unknown),
);
const variantKeys = pairs.map(({ diagram, node }) => highlightKey(diagram, node));

describe('diagram sources', () => {
	it('includes the six diagrams the lessons need', () => {
		expect(ids).toEqual(
			expect.arrayContaining([
				'endpoint-selection',
				'hosting-patterns',
				'rollout-flow',
				'async-architecture',
				'deployment-anatomy',
				'autoscaling-loop',
			]),
		);
	});

	it('every diagram has accTitle and accDescr right after its header', () => {
		const problems = ids.flatMap((id) => {
			const lines = read(id)
				.split('\n')
				.map((l) => l.trim())
				.filter(Boolean);
			try {
				readAccessibility(read(id));
			} catch (error) {
				return [`${id}.mmd: ${(error as Error).message}`];
			}
			const ok = lines[1]?.startsWith('accTitle:') && lines[2]?.startsWith('accDescr:');
			return ok
				? []
				: [`${id}.mmd: accTitle and accDescr must be the two lines after the diagram type`];
		});
		expect(problems).toEqual([]);
	});

	it('rejects a diagram without a text alternative', () => {
		expect(() => readAccessibility('flowchart TD\n\ta --> b')).toThrow(/accTitle and accDescr/);
		expect(() => readAccessibility('flowchart TD\n\taccTitle: A\n\ta --> b')).toThrow(/accDescr/);
	});
});

describe('rendered diagrams', () => {
	it('the manifest lists exactly the diagram sources and the highlighted variants', () => {
		expect(Object.keys(manifest).sort(), regenerate).toEqual([...ids, ...variantKeys].sort());
	});

	it.each(ids)('%s is current with its source and the limits it uses', (id) => {
		const prepared = prepareDiagram(read(id), limits);
		const entry = manifest[id];
		expect(entry?.sourceHash, `${id}: source or a limit changed; ${regenerate}`).toBe(
			prepared.sourceHash,
		);
		expect(entry?.facts, `${id}: fact values changed; ${regenerate}`).toEqual(prepared.facts);
		expect(entry?.accTitle).toBe(prepared.accTitle);
		expect(entry?.accDescr).toBe(prepared.accDescr);
		expect(prepared.substituted).not.toContain('{{fact:');
	});

	it.each([...ids, ...variantKeys])(
		'%s has both SVGs, unedited since rendering, with the accessible title inside',
		(id) => {
			for (const variant of ['light', 'dark'] as const) {
				const file = path.join(outDir, `${id}.${variant}.svg`);
				expect(existsSync(file), `${id}.${variant}.svg is missing; ${regenerate}`).toBe(true);
				const svg = readFileSync(file, 'utf8');
				expect(sha256(svg), `${id}.${variant}.svg differs from the manifest; ${regenerate}`).toBe(
					manifest[id]?.svgHash[variant],
				);
				expect(svg).toContain(`<title`);
				expect(svg).not.toContain('{{fact:');
			}
		},
	);

	it('a changed limit changes the hash of a diagram that uses it', () => {
		const id = 'endpoint-selection';
		const factId = 'serverless.maxPayloadMB';
		const changed = createLimitsModel(
			limits.groups.map((group) => ({
				...group,
				facts: group.facts.map((fact) =>
					fact.id === factId
						? { ...fact, value: Number(lookupFact(limits, factId).value) + 1 }
						: fact,
				),
			})),
		);
		expect(prepareDiagram(read(id), changed).sourceHash).not.toBe(manifest[id]?.sourceHash);
	});
});

describe('highlighted variants', () => {
	it('walkthroughs highlight at least one node', () => {
		expect(pairs.length).toBeGreaterThan(0);
	});

	it.each(pairs.map((p) => [highlightKey(p.diagram, p.node), p] as const))(
		'%s is current with its diagram, its node and the limits',
		(key, { diagram, node }) => {
			expect(ids, `${key}: no diagram ${diagram}.mmd`).toContain(diagram);
			const prepared = prepareDiagram(highlightSource(read(diagram), node, limits), limits);
			const entry = manifest[key];
			expect(entry?.sourceHash, `${key}: diagram, highlight or limit changed; ${regenerate}`).toBe(
				prepared.sourceHash,
			);
			expect(entry?.facts).toEqual(prepared.facts);
			expect(entry?.accTitle).toBe(manifest[diagram]?.accTitle);
			expect(entry?.accDescr).toBe(prepared.accDescr);
			expect(entry?.accDescr).toMatch(/Highlighted: the node "[^"{}]+"\.$/);
			for (const variant of ['light', 'dark'] as const) {
				const svg = readFileSync(path.join(outDir, `${key}.${variant}.svg`), 'utf8');
				expect(svg, `${key}.${variant}.svg has no highlighted node`).toMatch(
					/class="node[^"]*\bhighlighted\b/,
				);
			}
		},
	);

	it('names the highlighted node in the description, with facts rendered', () => {
		const source = highlightSource(read('endpoint-selection'), 'fitsServerless', limits);
		const { accDescr } = readAccessibility(source);
		expect(accDescr).toContain('Highlighted: the node "Payload up to');
		expect(accDescr).not.toContain('{{fact:');
		expect(source.trimEnd().split('\n').at(-1)?.trim()).toBe('class fitsServerless highlighted');
	});

	it('another node gives another source hash, and an unknown node is refused', () => {
		const source = read('endpoint-selection');
		const a = prepareDiagram(highlightSource(source, 'big', limits), limits).sourceHash;
		const b = prepareDiagram(highlightSource(source, 'waits', limits), limits).sourceHash;
		expect(a).not.toBe(b);
		expect(() => highlightSource(source, 'nowhere', limits)).toThrow(/node "nowhere"/);
	});

	it('reads node ids and labels from every shape the diagrams use', () => {
		const nodes = diagramNodes(read('endpoint-selection'));
		expect(nodes.get('start')).toBe('Predictions are needed');
		expect(nodes.get('bulk')).toMatch(/^Is it a stored dataset/);
		expect(nodes.get('fitsAsync')).toContain('{{fact:async.maxPayloadMB}}');
		expect(nodes.has('yes')).toBe(false);
		expect(diagramNodes(read('hosting-patterns')).get('mme')).toBe(
			'Multi-model endpoint: models loaded from S3 on demand',
		);
	});
});
