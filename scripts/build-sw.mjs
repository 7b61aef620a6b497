// Writes `dist/sw.js`, the offline service worker, after `astro build` and `pagefind`.
// Usage: `node scripts/build-sw.mjs [distDir]` (default `dist`).
//
// The worker precaches a deliberate set of pages (PAGE_GROUPS) plus every file those pages reach
// (scripts, their imported chunks, the simulation worker, styles, diagram SVGs, icons) and the
// question bank. Its version is a hash of exactly those bytes and of the worker's code, so any change
// to what it serves installs a new worker and an unchanged build keeps the old one.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The worker's code; build-sw prepends the manifest (version and URLs) to it. */
export const TEMPLATE_PATH = fileURLToPath(new URL('../src/sw/service-worker.js', import.meta.url));

/** The page shown for an offline navigation to a page that is not cached. */
export const OFFLINE_URL = '/offline/';

/**
 * Which pages work offline, keyed by section: `prefix` matches the page URL, `required` fails the
 * build when no page matches (a renamed route would otherwise silently stop working offline).
 */
export const PAGE_GROUPS = /** @type {const} */ ({
	home: { prefix: '/', exact: true, required: true },
	lessons: { prefix: '/learn/', required: true },
	practice: { prefix: '/practice/', required: true },
	exam: { prefix: '/exam/', required: true },
	review: { prefix: '/review/', required: false },
	progress: { prefix: '/progress/', required: false },
	glossary: { prefix: '/glossary/', required: false },
	cheatSheet: { prefix: '/cheat-sheet/', required: false },
	examGuide: { prefix: '/exam-guide/', required: false },
	limits: { prefix: '/limits/', required: false },
	advisor: { prefix: '/advisor/', required: false },
	playground: { prefix: '/playground/', required: false },
	teach: { prefix: '/teach/', required: false },
	offline: { prefix: OFFLINE_URL, required: true },
});

/**
 * The most a first visit may download for offline use, in gzip KB (what a phone on a train pays).
 * About 1.5× the build of 2026-11-23 (1003 KB, half of it the walkthroughs' step diagrams), so
 * a regression fails the build instead of slipping in.
 */
export const PRECACHE_BUDGET_GZIP_KB = 1536;

/** Data the islands fetch at run time (not visible as a file reference in every page). */
export const DATA_URLS = ['/practice/bank.json'];

// Never precached: search needs Pagefind's whole index (runtime only, online), the worker itself,
// and 404.html (an offline miss shows the offline page instead).
const EXCLUDED = [/^\/pagefind\//, /^\/sw\.js$/, /^\/404\.html$/];

/** Files whose text can name other files (HTML attributes, JS imports, CSS url()). */
const TEXT_FILE = /\.(html|js|mjs|css|svg|json|webmanifest)$/;

// A path starting with `/`, `./` or `../` and ending in a file extension, not inside a word.
const REFERENCE = /(?<![\w./-])((?:\.{1,2}\/|\/)(?:[\w.@-]+\/)*[\w.@-]+\.[a-z0-9]+)(?![\w/])/gi;

/** Every file under `dir` as a site URL path (`/learn/x/index.html`), sorted. */
export async function listFiles(dir) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map(
			(entry) =>
				'/' + path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
		)
		.sort();
}

/** The page URL an `index.html` file is served at (`/learn/x/index.html` → `/learn/x/`), else null. */
export function pageUrlOf(file) {
	return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : null;
}

/**
 * The page URLs to precache, in order, from a list of built files; throws naming the group when a
 * required group has no page.
 * @example selectPages(['/index.html', '/learn/a/index.html', '/search/index.html', ...]) // ['/', '/learn/a/', ...]
 */
export function selectPages(files) {
	const pages = files.map(pageUrlOf).filter((url) => url !== null);
	const selected = new Set();
	for (const [name, group] of Object.entries(PAGE_GROUPS)) {
		const matches = pages.filter((url) =>
			'exact' in group && group.exact ? url === group.prefix : url.startsWith(group.prefix),
		);
		if (group.required && matches.length === 0)
			throw new Error(`build-sw: no page for required group "${name}" (${group.prefix})`);
		for (const url of matches) selected.add(url);
	}
	return [...selected].sort();
}

/** Site paths that `text` (the contents of the file at `fromUrl`) refers to, resolved and deduplicated. */
export function findReferences(text, fromUrl) {
	const found = new Set();
	const base = new URL(fromUrl, 'https://site.invalid');
	// HTML attributes and Astro island props hold paths HTML-escaped (`&quot;/x.js&quot;`).
	for (const match of text.replaceAll('&quot;', '"').matchAll(REFERENCE)) {
		const target = new URL(match[1] ?? '', base);
		if (target.origin === base.origin) found.add(decodeURIComponent(target.pathname));
	}
	return [...found].sort();
}

/** The file that serves a URL: pages map to their `index.html`. */
function fileOf(url) {
	return url.endsWith('/') ? `${url}index.html` : url;
}

/**
 * The precache list for a built site: the selected pages, the data files, and every file they
 * reach through references, following references inside scripts and styles too.
 * @param files every file in the build (from `listFiles`)
 * @param readText reads a file's text by its URL path
 */
export async function collectPrecache(files, readText) {
	const existing = new Set(files.filter((file) => !EXCLUDED.some((re) => re.test(file))));
	const pages = selectPages(files);
	for (const url of DATA_URLS)
		if (!existing.has(url)) throw new Error(`build-sw: ${url} is missing from the build`);
	const urls = new Set([...pages, ...DATA_URLS]);
	const queue = [...urls];
	while (queue.length > 0) {
		const url = /** @type {string} */ (queue.shift());
		const file = fileOf(url);
		if (!TEXT_FILE.test(file)) continue;
		for (const ref of findReferences(await readText(file), url)) {
			if (!existing.has(ref) || urls.has(ref) || ref.endsWith('/index.html')) continue;
			urls.add(ref);
			queue.push(ref);
		}
	}
	return [...urls].sort();
}

/** A short hash of the worker's code and of each precached URL with its bytes, in URL order. */
export function computeVersion(template, entries) {
	const hash = createHash('sha256').update(template);
	for (const { url, bytes } of [...entries].sort((a, b) => (a.url < b.url ? -1 : 1))) {
		hash.update(`\0${url}\0${bytes.length}\0`).update(bytes);
	}
	return hash.digest('hex').slice(0, 16);
}

/** The text of sw.js: the manifest as a global, then the template. */
export function renderWorker(template, manifest) {
	return `self.__SW_MANIFEST = ${JSON.stringify(manifest)};\n${template}`;
}

/** The kind of file a URL is, for the size summary. */
export function kindOf(url) {
	if (url.endsWith('/')) return 'pages';
	if (/\.(m?js)$/.test(url)) return 'scripts';
	if (url.endsWith('.css')) return 'styles';
	if (/\.(svg|png|jpe?g|webp|avif|ico|woff2?)$/.test(url)) return 'images and fonts';
	return 'data';
}

/** Files, bytes and gzip bytes per kind and in total. */
export function summarise(entries) {
	/** @type {Record<string, { files: number, bytes: number, gzipBytes: number }>} */
	const byKind = {};
	const total = { files: 0, bytes: 0, gzipBytes: 0 };
	for (const { url, bytes } of entries) {
		const row = (byKind[kindOf(url)] ??= { files: 0, bytes: 0, gzipBytes: 0 });
		const gzipBytes = gzipSync(bytes).length;
		for (const sum of [row, total]) {
			sum.files += 1;
			sum.bytes += bytes.length;
			sum.gzipBytes += gzipBytes;
		}
	}
	return { byKind, total };
}

/** Builds `<distDir>/sw.js`; throws, writing nothing, when the precache is over its budget. */
export async function buildServiceWorker(distDir, { budgetGzipKB = PRECACHE_BUDGET_GZIP_KB } = {}) {
	const root = path.resolve(distDir);
	const onDisk = (url) => path.join(root, ...fileOf(url).split('/'));
	const files = await listFiles(root);
	const urls = await collectPrecache(files, (url) => readFile(onDisk(url), 'utf8'));
	const entries = await Promise.all(
		urls.map(async (url) => ({ url, bytes: await readFile(onDisk(url)) })),
	);
	const template = await readFile(TEMPLATE_PATH, 'utf8');
	const version = computeVersion(template, entries);
	const summary = summarise(entries);
	const gzipKB = summary.total.gzipBytes / 1024;
	if (gzipKB > budgetGzipKB)
		throw new Error(
			`build-sw: the precache is ${gzipKB.toFixed(0)} KB gzip, over its budget of ${budgetGzipKB} KB ` +
				'(PRECACHE_BUDGET_GZIP_KB); precache less (PAGE_GROUPS) or raise the budget with a reason',
		);
	await writeFile(
		path.join(root, 'sw.js'),
		renderWorker(template, { version, offline: OFFLINE_URL, urls }),
	);
	return { version, urls, summary };
}

/** One line per kind and a total, in KB. */
function formatSummary({ byKind, total }) {
	const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
	const line = (name, row) =>
		`  ${name.padEnd(18)}${String(row.files).padStart(4)} files ${kb(row.bytes).padStart(9)} ${kb(row.gzipBytes).padStart(8)} gzip`;
	return [
		...Object.entries(byKind).map(([name, row]) => line(name, row)),
		line('total', total),
	].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const distDir = process.argv[2] ?? 'dist';
	const info = await stat(path.resolve(distDir)).catch(() => null);
	if (!info?.isDirectory()) {
		console.error(`build-sw: ${distDir}/ does not exist; run astro build first.`);
		process.exit(1);
	}
	try {
		const { version, summary } = await buildServiceWorker(distDir);
		console.log(`build-sw: wrote ${distDir}/sw.js, version ${version}, precaching:`);
		console.log(formatSummary(summary));
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
