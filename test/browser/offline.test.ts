// Offline: after one visit the service worker (src/sw/service-worker.js, built into dist/sw.js by
// scripts/build-sw.mjs) serves lessons, practice and the exam with the network off, and shows the
// offline page for anything it has not saved. A new build installs a new worker that waits until
// the reader presses Reload on the update notice; then the old build's cache is gone.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { buildServiceWorker } from '../../scripts/build-sw.mjs';
import { startServer } from '../../scripts/serve.mjs';
import {
	expectNoAxeViolations,
	expectNoProblems,
	getBrowser,
	openPage,
	siteURL,
	waitForIslands,
} from './browser';

const lesson = '/learn/asynchronous/';
// Each context precaches the whole offline set (about 1 MB gzip) once, the update test twice.
const slow = 90_000;

/** Waits until a service worker has finished installing (precaching) and controls the page. */
async function waitForController(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The page's main heading, the way a reader sees it. */
const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).first().textContent();

test(
	'after one visit a lesson, a practice question and the exam work with the network off',
	async () => {
		const { page, problems } = await openPage('/', { serviceWorkers: 'allow' });
		const context = page.context();
		await waitForController(page);
		await page.goto(siteURL(lesson));
		const lessonTitle = await h1(page);
		expect(lessonTitle).toBeTruthy();
		await page.goto(siteURL('/practice/?seed=7'));
		await waitForIslands(page);
		await expect.poll(() => page.locator('.story').count()).toBe(1);
		const story = await page.locator('.story').textContent();

		await context.setOffline(true);
		await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(false);

		// The practice question from its URL (query and all), its bank from the cache, graded offline.
		await page.reload();
		await waitForIslands(page);
		await expect.poll(() => page.locator('.story').textContent()).toBe(story);
		await page.getByRole('radio').first().check();
		await page.getByRole('button', { name: 'Check answer' }).click();
		await expect.poll(() => page.locator('.verdict').textContent()).toMatch(/Right|Wrong/);

		await page.goto(siteURL(lesson));
		await page.reload();
		await expect.poll(() => h1(page)).toBe(lessonTitle);
		// Both themes' diagrams come from the cache (only one is displayed, and lazily).
		const diagrams = await page.evaluate(() =>
			Promise.all(
				[...document.querySelectorAll<HTMLImageElement>('article.lesson img')].map(async (img) => {
					const response = await fetch(img.src);
					return `${response.status} ${response.headers.get('content-type')}`;
				}),
			),
		);
		expect(diagrams.length).toBeGreaterThanOrEqual(2);
		expect(new Set(diagrams)).toEqual(new Set(['200 image/svg+xml']));

		// The exam page was never visited, but it is precached with its bank.
		await page.goto(siteURL('/exam/'));
		await waitForIslands(page);
		await page.getByRole('button', { name: 'Start exam' }).click();
		await expect
			.poll(() => page.locator('.exam-question h2').first().textContent())
			.toMatch(/^Question 1 of \d+$/);

		// Search needs Pagefind's index, which is not saved: the offline page, not a browser error.
		await page.goto(siteURL('/search/'));
		await expect.poll(() => h1(page)).toBe('You are offline');
		expect(problems.cspViolations).toEqual([]);
		expect(problems.pageErrors).toEqual([]);
		await context.close();
	},
	slow,
);

test('sw.js is served as JavaScript that browsers revalidate on every check', async () => {
	const response = await fetch(siteURL('/sw.js'));
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
	expect(response.headers.get('cache-control')).toBe('no-cache');
	expect(await response.text()).toMatch(/^self\.__SW_MANIFEST = \{"version":"[0-9a-f]{16}"/);
});

test(
	'a new build waits for Reload on the update notice, then replaces the old one and its cache',
	async () => {
		const copy = await mkdtemp(path.join(os.tmpdir(), 'endpoint-lab-sw-'));
		await cp(inject('distDir'), copy, { recursive: true });
		const first = await buildServiceWorker(copy);
		const server = await startServer({ dir: copy, port: 0 });
		let context: BrowserContext | undefined;
		try {
			context = await (await getBrowser()).newContext();
			const page = await context.newPage();
			const problems: string[] = [];
			page.on('pageerror', (error) => problems.push(error.message));
			const lessonUrl = new URL(lesson, server.url).href;
			await page.goto(lessonUrl);
			await waitForController(page);
			const oldTitle = (await h1(page)) ?? '';
			const notice = page.getByRole('status').filter({ hasText: 'new version of Endpoint Lab' });
			await expect(notice.count()).resolves.toBe(0);

			// Deploy a changed lesson: only its HTML and the regenerated sw.js differ.
			const file = path.join(copy, 'learn', 'asynchronous', 'index.html');
			const html = await readFile(file, 'utf8');
			await writeFile(file, html.replace(`>${oldTitle}<`, `>${oldTitle} (revised)<`));
			const second = await buildServiceWorker(copy);
			expect(second.version).not.toBe(first.version);

			// The navigation checks sw.js; the page stays on the old build until the reader agrees.
			await page.reload();
			await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(1);
			await expect.poll(() => notice.textContent()).toContain('Reload');
			expect(await h1(page)).toBe(oldTitle);
			await expectNoAxeViolations(page);

			await Promise.all([
				page.waitForEvent('load'),
				notice.getByRole('button', { name: 'Reload' }).click(),
			]);
			await expect.poll(() => h1(page)).toBe(`${oldTitle} (revised)`);
			await expect
				.poll(() => page.evaluate(() => caches.keys()))
				.toEqual([`endpoint-lab-${second.version}`]);
			await expect(notice.count()).resolves.toBe(0);
			expect(problems).toEqual([]);
		} finally {
			await context?.close();
			await server.close();
			await rm(copy, { recursive: true, force: true });
		}
	},
	slow,
);

test('pages without a worker yet load cleanly: registering it logs nothing', async () => {
	const { page, problems } = await openPage(lesson, { serviceWorkers: 'allow' });
	await waitForController(page);
	expectNoProblems(problems);
});

test('a browser that refuses workers (Playwright blocks them for page-weight runs) gets no errors', async () => {
	const context = await (await getBrowser()).newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	// Registration waits for an idle moment after load; record when its promise has settled and the
	// page's own handlers have run, so the test waits for that instead of a fixed time.
	await page.addInitScript(() => {
		const proto = ServiceWorkerContainer.prototype;
		const register = proto.register;
		proto.register = function (...args: Parameters<typeof register>) {
			const result = register.apply(this, args);
			const done = () =>
				setTimeout(() => document.documentElement.setAttribute('data-sw-tried', ''));
			result.then(done, done);
			return result;
		};
	});
	await page.goto(siteURL('/practice/'));
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-sw-tried'), null, {
		timeout: 15_000,
	});
	expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
	expect(errors).toEqual([]);
	await context.close();
});
