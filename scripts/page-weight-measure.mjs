// Measures what JavaScript a built page really fetches in chromium: every script response (and
// wasm, kept apart), gzipped here so the number does not depend on how the server compresses.
// Shared by `npm run weight` (scripts/page-weight.mjs) and test/browser/page-weight.test.ts.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @typedef {import('playwright-core').Browser} Browser
 * @typedef {import('playwright-core').Page} Page
 * @typedef {import('playwright-core').Response} Response
 */

/**
 * One page to measure.
 * @typedef {object} PageSpec
 * @property {string} type Budget key (see scripts/page-budgets.mjs).
 * @property {string} label What the table row says.
 * @property {string} path Site path to open.
 * @property {(page: Page) => Promise<void>} [use] What a learner does before the sum is taken.
 */

/**
 * What one page fetched.
 * @typedef {object} Weight
 * @property {{ url: string, raw: number, gzip: number }[]} scripts
 * @property {{ url: string, raw: number, gzip: number }[]} wasm
 * @property {number} rawKB
 * @property {number} gzipKB
 * @property {number} wasmKB Gzip KB of wasm.
 */

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** Which kind of payload a response is: 'script', 'wasm' or null (not counted). */
function kindOf(/** @type {Response} */ response) {
	const url = response.url().split(/[?#]/, 1)[0] ?? '';
	const type = response.headers()['content-type'] ?? '';
	// Pagefind names its wasm `wasm.<lang>.pagefind` and serves it as plain bytes.
	if (/\.wasm$|\/wasm\.[\w-]+\.pagefind$/.test(url) || type.includes('application/wasm'))
		return 'wasm';
	if (response.request().resourceType() === 'script' || /javascript/.test(type)) return 'script';
	return null;
}

/** Waits until every Astro island has hydrated (Astro drops the `ssr` attribute then). */
export async function waitForIslands(/** @type {Page} */ page) {
	await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
}

/** Lets lazy work settle: network idle, islands hydrated, then idle once more. */
async function settle(/** @type {Page} */ page) {
	await page.waitForLoadState('networkidle');
	await waitForIslands(page);
	await page.waitForLoadState('networkidle');
}

/**
 * Opens `spec.path` in a fresh context (empty cache, no service worker), scrolls to the end so
 * `client:visible` islands wake, runs `spec.use`, and sums every script and wasm response.
 * @param {Browser} browser
 * @param {string} baseURL
 * @param {PageSpec} spec
 * @returns {Promise<Weight>}
 */
export async function measurePage(browser, baseURL, spec) {
	// Blocking service workers keeps a precache from counting as the page's own JavaScript.
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		serviceWorkers: 'block',
	});
	/** @type {Map<string, Promise<{ url: string, kind: string, raw: number, gzip: number } | null>>} */
	const seen = new Map();
	context.on('response', (response) => {
		const kind = kindOf(response);
		const url = response.url();
		if (!kind || seen.has(url) || response.status() >= 400) return;
		seen.set(
			url,
			response.body().then(
				(body) => ({ url, kind, raw: body.length, gzip: gzipSync(body).length }),
				() => null,
			),
		);
	});
	try {
		const page = await context.newPage();
		await page.goto(new URL(spec.path, baseURL).href);
		await settle(page);
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await settle(page);
		if (spec.use) {
			await spec.use(page);
			await settle(page);
		}
		const found = (await Promise.all(seen.values())).filter((x) => x !== null);
		const strip = ({ url, raw, gzip }) => ({ url: new URL(url).pathname, raw, gzip });
		const scripts = found.filter((x) => x.kind === 'script').map(strip);
		const wasm = found.filter((x) => x.kind === 'wasm').map(strip);
		const sum = (list, key) => list.reduce((n, x) => n + x[key], 0);
		return {
			scripts,
			wasm,
			rawKB: kb(sum(scripts, 'raw')),
			gzipKB: kb(sum(scripts, 'gzip')),
			wasmKB: kb(sum(wasm, 'gzip')),
		};
	} finally {
		await context.close();
	}
}

/** Practice in use: one written question and one generated scenario answered with the keyboard. */
async function answerPractice(/** @type {Page} */ page) {
	const start = page.getByRole('button', { name: 'Start practice' });
	await page.waitForFunction(
		() => !document.querySelector('.practice-setup button[type=submit]')?.hasAttribute('disabled'),
	);
	await page.getByRole('checkbox', { name: 'Single answer' }).check();
	await page.getByRole('checkbox', { name: 'Scenario' }).check();
	await start.click();
	const kinds = new Set();
	for (let i = 0; i < 10 && kinds.size < 2; i++) {
		await page.locator('#question-heading').waitFor();
		const meta = (await page.locator('.question-meta').textContent()) ?? '';
		await page.keyboard.press('1');
		await page.getByRole('button', { name: 'Check answer' }).click();
		await page.locator('.verdict').waitFor();
		await page.waitForLoadState('networkidle');
		kinds.add(meta.includes('generated') ? 'scenario' : 'written');
		await page.keyboard.press('n');
	}
	if (kinds.size < 2) throw new Error(`practice: answered only ${[...kinds].join(', ')}`);
}

/** Exam in use: the start screen's default exam, started, first question on screen. */
async function startExam(/** @type {Page} */ page) {
	await page.getByRole('button', { name: 'Start exam' }).click();
	await page.locator('.exam-question h2').waitFor();
}

/** Search in use: a query typed, so Pagefind's script, wasm and index load. */
async function search(/** @type {Page} */ page) {
	await page.getByRole('searchbox').fill('serverless');
	// The island waits for a pause in typing, then asks Pagefind: results mean its files loaded.
	await page.locator('.search-results li').first().waitFor();
	await page.waitForLoadState('networkidle');
}

/** Lesson slugs in the build, in folder order. */
function lessonSlugs(/** @type {string} */ dist) {
	const dir = path.join(dist, 'learn');
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'index.html')))
		.map((d) => d.name)
		.sort();
}

/** Every page under `teach/` that has an index.html, as site paths. */
function teachPaths(/** @type {string} */ dist) {
	const root = path.join(dist, 'teach');
	if (!existsSync(root)) return [];
	const out = [];
	const walk = (/** @type {string} */ dir) => {
		if (existsSync(path.join(dir, 'index.html')))
			out.push(`/${path.relative(dist, dir).split(path.sep).join('/')}/`);
		for (const d of readdirSync(dir, { withFileTypes: true }))
			if (d.isDirectory()) walk(path.join(dir, d.name));
	};
	walk(root);
	return out.sort();
}

/**
 * Every page type worth a budget, read from a built site: each lesson, each instructor page,
 * and practice and exam both on load and in use.
 * @param {string} dist The built site's folder.
 * @returns {PageSpec[]}
 */
export function pageTypes(dist) {
	return [
		{ type: 'home', label: 'home', path: '/' },
		{ type: 'learning-path', label: 'learning path', path: '/learn/' },
		...lessonSlugs(dist).map((slug) => ({
			type: 'lesson',
			label: `lesson ${slug}`,
			path: `/learn/${slug}/`,
		})),
		{ type: 'glossary', label: 'glossary', path: '/glossary/' },
		{ type: 'cheat-sheet', label: 'cheat sheet', path: '/cheat-sheet/' },
		{ type: 'exam-guide', label: 'exam guide map', path: '/exam-guide/' },
		{ type: 'limits', label: 'limits', path: '/limits/' },
		{ type: 'search', label: 'search (load)', path: '/search/' },
		{ type: 'search-in-use', label: 'search (a query)', path: '/search/', use: search },
		{ type: 'advisor', label: 'advisor', path: '/advisor/' },
		{ type: 'practice', label: 'practice (load)', path: '/practice/' },
		{
			type: 'practice-in-use',
			label: 'practice (in use)',
			path: '/practice/',
			use: answerPractice,
		},
		{ type: 'exam', label: 'exam (start screen)', path: '/exam/' },
		{ type: 'exam-started', label: 'exam (started)', path: '/exam/', use: startExam },
		{ type: 'review', label: 'review', path: '/review/' },
		{ type: 'progress', label: 'progress', path: '/progress/' },
		{ type: 'playground', label: 'playground (before a run)', path: '/playground/' },
		{ type: 'not-found', label: '404', path: '/no-such-page/' },
		...teachPaths(dist).map((p) => ({ type: 'teach', label: p.slice(1, -1), path: p })),
	];
}
