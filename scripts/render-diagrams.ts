// Renders content/diagrams/*.mmd to light and dark SVGs in src/generated/diagrams/ with mermaid
// 12 in Debian chromium, plus `<diagram>--<node>` variants for every node a walkthrough in
// content/walkthroughs/ highlights, and writes manifest.json. Run it after changing a diagram, a
// limit it uses or a walkthrough highlight (`npm run render:diagrams`);
// test/content/diagrams.test.ts fails until you do. Build, start and test never need a browser:
// they only read the committed output.
import { readFile, readdir, writeFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { limits } from '../src/engine/shipped-limits';
import { parse } from 'yaml';
import {
	highlightKey,
	highlightPairs,
	highlightSource,
	prepareDiagram,
	sha256,
	type DiagramManifest,
} from '../src/lib/diagram-source';

const root = path.resolve(import.meta.dirname, '..');
const sourceDir = path.join(root, 'content/diagrams');
const walkthroughDir = path.join(root, 'content/walkthroughs');
const outDir = path.join(root, 'src/generated/diagrams');
const mermaidPath = path.join(root, 'node_modules/mermaid/dist/mermaid.min.js');

// Arial metrics (Liberation Sans here) so labels measured now fit where the SVG is shown later.
const fontFamily = 'Arial, "Liberation Sans", Helvetica, sans-serif';
const themes = { light: 'default', dark: 'dark' } as const;

/** Gives the root <svg> a fixed size from its viewBox, so an <img> has natural dimensions. */
function fixSize(svg: string): { svg: string; width: number; height: number } {
	const box = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg);
	if (!box) throw new Error('rendered SVG has no viewBox');
	const [width, height] = [Math.ceil(Number(box[3])), Math.ceil(Number(box[4]))];
	const sized = svg.replace(/^<svg([^>]*?)>/, (_, attrs: string) => {
		const cleaned = attrs
			.replace(/\swidth="[^"]*"/, '')
			.replace(/\sheight="[^"]*"/, '')
			.replace(/\sstyle="[^"]*"/, '');
		return `<svg${cleaned} width="${width}" height="${height}">`;
	});
	return { svg: sized, width, height };
}

/** Reads every walkthrough file, so each highlighted node it shows gets its own SVG pair. */
async function readWalkthroughs(): Promise<unknown[]> {
	const files = (await readdir(walkthroughDir).catch(() => [] as string[])).filter((f) =>
		f.endsWith('.yaml'),
	);
	return Promise.all(
		files.sort().map(async (f) => parse(await readFile(path.join(walkthroughDir, f), 'utf8'))),
	);
}

async function main(): Promise<void> {
	const files = (await readdir(sourceDir)).filter((f) => f.endsWith('.mmd')).sort();
	const sources = new Map<string, string>();
	for (const file of files)
		sources.set(file.replace(/\.mmd$/, ''), await readFile(path.join(sourceDir, file), 'utf8'));
	// The plain diagrams first, then one variant per (diagram, node) a walkthrough highlights.
	const jobs = [
		...[...sources].map(([id, source]) => ({ key: id, source })),
		...highlightPairs(await readWalkthroughs()).map(({ diagram, node }) => {
			const source = sources.get(diagram);
			if (source === undefined)
				throw new Error(`a walkthrough highlights unknown diagram ${diagram}`);
			return { key: highlightKey(diagram, node), source: highlightSource(source, node, limits) };
		}),
	];
	const browser = await chromium.launch({
		executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
	const page = await browser.newPage();
	await page.setContent('<!doctype html><html><body></body></html>');
	await page.addScriptTag({ path: mermaidPath });
	await rm(outDir, { recursive: true, force: true });
	await mkdir(outDir, { recursive: true });
	const manifest: DiagramManifest = {};
	for (const { key: id, source } of jobs) {
		const started = performance.now();
		const prepared = prepareDiagram(source, limits);
		const svgHash = { light: '', dark: '' };
		let size = { width: 0, height: 0 };
		for (const [variant, theme] of Object.entries(themes) as [keyof typeof themes, string][]) {
			const svg = await page.evaluate(
				async ({ src, theme, renderId, fontFamily }) => {
					const m = (window as unknown as { mermaid: MermaidApi }).mermaid;
					m.initialize({
						startOnLoad: false,
						securityLevel: 'strict',
						layout: 'dagre',
						look: 'classic',
						theme,
						htmlLabels: false,
						themeVariables: { fontFamily, fontSize: '16px' },
						flowchart: { htmlLabels: false, useMaxWidth: false, wrappingWidth: 220 },
					});
					return (await m.render(renderId, src)).svg;
				},
				{ src: prepared.substituted, theme, renderId: `diagram-${id}-${variant}`, fontFamily },
			);
			const { svg: fixed, width, height } = fixSize(svg);
			await writeFile(path.join(outDir, `${id}.${variant}.svg`), fixed);
			svgHash[variant] = sha256(fixed);
			// Both themes share one layout; the light pass decides the size attributes.
			if (variant === 'light') size = { width, height };
		}
		const { sourceHash, facts, accTitle, accDescr } = prepared;
		manifest[id] = { sourceHash, facts, accTitle, accDescr, ...size, svgHash };
		console.log(`${id}: ${(performance.now() - started).toFixed(0)} ms (light + dark)`);
	}
	await browser.close();
	await writeFile(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	const variants = jobs.length - files.length;
	console.log(
		`${files.length} diagrams and ${variants} highlighted variants written to ${path.relative(root, outDir)}`,
	);
}

interface MermaidApi {
	initialize(config: Record<string, unknown>): void;
	render(id: string, text: string): Promise<{ svg: string }>;
}

await main();
