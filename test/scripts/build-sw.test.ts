// The pure parts of scripts/build-sw.mjs: which pages are precached, which files they reach, and
// the version hash that decides whether a build installs a new service worker.
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import {
	buildServiceWorker,
	collectPrecache,
	computeVersion,
	findReferences,
	kindOf,
	selectPages,
} from '../../scripts/build-sw.mjs';

/** A tiny built site: pages, their chunks (one imported only by another chunk), search, a 404. */
const site: Record<string, string> = {
	'/index.html':
		'<script type="module" src="/_astro/page.A1.js"></script><a href="/learn/">Learn</a>',
	'/learn/index.html': '<a href="/learn/one/">One</a>',
	'/learn/one/index.html':
		'<img src="/_astro/diagram.light.B2.svg"><astro-island component-url="/_astro/Toggle.C3.js" props="{&quot;url&quot;:[0,&quot;/practice/bank.json&quot;]}">',
	'/practice/index.html': '<p>practice</p>',
	'/practice/bank.json': '{"questions":[]}',
	'/exam/index.html': '<p>exam</p>',
	'/offline/index.html': '<p>offline</p>',
	'/search/index.html': '<script src="/_astro/SiteSearch.D4.js"></script>',
	'/404.html': '<link rel="stylesheet" href="/_astro/notfound.E5.css">',
	'/_astro/page.A1.js':
		'import{a}from"./shared.F6.js";new Worker(new URL(`/_astro/sim.worker-G7.js`,import.meta.url))',
	'/_astro/shared.F6.js': 'export const a=1',
	'/_astro/sim.worker-G7.js': 'self.onmessage=()=>{}',
	'/_astro/Toggle.C3.js': 'export default 1',
	'/_astro/diagram.light.B2.svg': '<svg/>',
	'/_astro/SiteSearch.D4.js': 'import("/pagefind/pagefind.js")',
	'/_astro/notfound.E5.css': 'p{}',
	'/_astro/unused.H8.js': 'export {}',
	'/pagefind/pagefind.js': 'export {}',
};
const files = Object.keys(site).sort();
const readText = async (file: string) => site[file] ?? '';

describe('selectPages', () => {
	test('takes the study pages and the offline page, leaves out search and the 404 page', () => {
		expect(selectPages(files)).toEqual([
			'/',
			'/exam/',
			'/learn/',
			'/learn/one/',
			'/offline/',
			'/practice/',
		]);
	});

	test('names the missing group when a required route is gone', () => {
		expect(() => selectPages(files.filter((f) => f !== '/exam/index.html'))).toThrow(
			'no page for required group "exam" (/exam/)',
		);
	});
});

describe('findReferences', () => {
	test('resolves relative imports, absolute paths and HTML-escaped island props', () => {
		expect(findReferences('import"./x.A.js";import("../y.js")', '/_astro/a/b.js')).toEqual([
			'/_astro/a/x.A.js',
			'/_astro/y.js',
		]);
		expect(findReferences('props="{&quot;u&quot;:&quot;/data/q.json&quot;}"', '/p/')).toEqual([
			'/data/q.json',
		]);
	});

	test('ignores full URLs, directory links and paths glued to words', () => {
		expect(
			findReferences('href="https://x.example/a.js" href="/learn/" a/b.js 1/2.5', '/'),
		).toEqual([]);
	});
});

describe('collectPrecache', () => {
	test('follows pages to their scripts, the chunks those import, the worker and the bank', async () => {
		const urls = await collectPrecache(files, readText);
		expect(urls).toEqual([
			'/',
			'/_astro/Toggle.C3.js',
			'/_astro/diagram.light.B2.svg',
			'/_astro/page.A1.js',
			'/_astro/shared.F6.js',
			'/_astro/sim.worker-G7.js',
			'/exam/',
			'/learn/',
			'/learn/one/',
			'/offline/',
			'/practice/',
			'/practice/bank.json',
		]);
	});

	test('fails naming the bank when the build has none', async () => {
		await expect(
			collectPrecache(
				files.filter((f) => f !== '/practice/bank.json'),
				readText,
			),
		).rejects.toThrow('/practice/bank.json is missing');
	});
});

describe('computeVersion', () => {
	const entries = [
		{ url: '/', bytes: Buffer.from('home') },
		{ url: '/a.js', bytes: Buffer.from('code') },
	];

	test('is the same for the same files in any order, and changes with one byte', () => {
		expect(computeVersion('t', entries)).toBe(computeVersion('t', [...entries].reverse()));
		expect(computeVersion('t', entries)).toMatch(/^[0-9a-f]{16}$/);
		expect(
			computeVersion('t', [entries[0]!, { url: '/a.js', bytes: Buffer.from('codf') }]),
		).not.toBe(computeVersion('t', entries));
		expect(computeVersion('t2', entries)).not.toBe(computeVersion('t', entries));
	});

	test('property: changing any file’s content, or moving bytes between files, changes it', () => {
		const files = fc.uniqueArray(
			fc.record({ url: fc.string({ minLength: 1 }), bytes: fc.uint8Array() }),
			{ minLength: 2, selector: (e) => e.url },
		);
		fc.assert(
			fc.property(files, fc.nat(), fc.integer({ min: 1, max: 255 }), (list, pick, delta) => {
				const entries = list.map((e) => ({ url: e.url, bytes: Buffer.from(e.bytes) }));
				const i = pick % entries.length;
				const bytes = entries[i]!.bytes;
				// Bump the first byte, or give an empty file one byte.
				const edited =
					bytes.length === 0
						? Buffer.from([delta])
						: Buffer.concat([Buffer.from([(bytes[0]! + delta) % 256]), bytes.subarray(1)]);
				const other = entries.map((e, j) => (j === i ? { url: e.url, bytes: edited } : e));
				expect(computeVersion('t', other)).not.toBe(computeVersion('t', entries));
				// The same bytes split differently between two files is a different build.
				const [a, b] = [entries[0]!, entries[1]!];
				const shifted = [
					{ url: a.url, bytes: Buffer.concat([a.bytes, b.bytes.subarray(0, 1)]) },
					{ url: b.url, bytes: b.bytes.subarray(1) },
					...entries.slice(2),
				];
				if (b.bytes.length > 0)
					expect(computeVersion('t', shifted)).not.toBe(computeVersion('t', entries));
			}),
		);
	});
});

test('kindOf sorts pages, scripts, styles, images and data', () => {
	expect(
		['/learn/', '/_astro/a.js', '/_astro/a.css', '/_astro/d.svg', '/practice/bank.json'].map(
			kindOf,
		),
	).toEqual(['pages', 'scripts', 'styles', 'images and fonts', 'data']);
});

describe('buildServiceWorker on a built site', () => {
	let dir = '';
	afterEach(async () => {
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	async function writeSite(): Promise<string> {
		const root = await mkdtemp(path.join(os.tmpdir(), 'build-sw-'));
		for (const [file, text] of Object.entries(site)) {
			await mkdir(path.dirname(path.join(root, file)), { recursive: true });
			await writeFile(path.join(root, file), text);
		}
		return root;
	}

	test('writes sw.js with its manifest; the version follows precached bytes only', async () => {
		dir = await writeSite();
		const first = await buildServiceWorker(dir);
		const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
		expect(
			sw.startsWith(`self.__SW_MANIFEST = {"version":"${first.version}","offline":"/offline/"`),
		).toBe(true);
		expect(sw).toContain("addEventListener('fetch'");
		expect(first.summary.total.files).toBe(first.urls.length);

		// Rebuilding an unchanged site, or changing what is not precached, keeps the worker.
		expect((await buildServiceWorker(dir)).version).toBe(first.version);
		await writeFile(path.join(dir, 'pagefind/pagefind.js'), 'export const changed = 1');
		await writeFile(path.join(dir, '_astro/unused.H8.js'), 'export const changed = 1');
		expect((await buildServiceWorker(dir)).version).toBe(first.version);

		// A chunk reached only through another chunk is part of the version.
		await writeFile(path.join(dir, '_astro/shared.F6.js'), 'export const a=2');
		const second = await buildServiceWorker(dir);
		expect(second.version).not.toBe(first.version);
		await writeFile(path.join(dir, 'practice/bank.json'), '{"questions":[1]}');
		expect((await buildServiceWorker(dir)).version).not.toBe(second.version);
	});

	test('refuses a precache over its budget and leaves no sw.js behind', async () => {
		dir = await writeSite();
		await expect(buildServiceWorker(dir, { budgetGzipKB: 0.1 })).rejects.toThrow(
			/precache is \d+ KB gzip, over its budget of 0.1 KB/,
		);
		await expect(readFile(path.join(dir, 'sw.js'))).rejects.toThrow();
	});

	test('the version does not depend on where the build lives', async () => {
		dir = await writeSite();
		await cp(dir, dir + '-copy', { recursive: true });
		const { version } = await buildServiceWorker(dir + '-copy');
		expect(version).toBe((await buildServiceWorker(dir)).version);
		await rm(dir + '-copy', { recursive: true, force: true });
	});
});
