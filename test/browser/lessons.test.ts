// A lesson page in a real browser: facts from the model, pre-rendered diagrams in both themes,
// checkpoints, no JavaScript until the progress island is needed, and progress that persists.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { limits } from '../../src/engine/shipped-limits';
import { formatFact } from '../../src/engine/limits/format';
import { lookupFact } from '../../src/engine/limits/model';
import type { DiagramManifest } from '../../src/lib/diagram-source';
import { progressStorageKey } from '../../src/stores/lesson-progress';
import { expectNoProblems, hasHorizontalScroll, openPage, waitForIslands } from './browser';

// expect.poll gives up after 1 s by default; a loaded machine needs longer to hydrate after a reload.
const patience = { timeout: 8_000 };

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const manifest = JSON.parse(
	readFileSync(path.join(root, 'src/generated/diagrams/manifest.json'), 'utf8'),
) as DiagramManifest;
const lessonFiles = readdirSync(path.join(root, 'content/lessons'))
	.filter((f) => /^\d\d-.+\.mdx$/.test(f))
	.sort();
const lessonSlugs = lessonFiles.map((f) => f.replace(/^\d\d-/, '').replace(/\.mdx$/, ''));
const value = (id: string) => formatFact(lookupFact(limits, id));

/** The diagram image the reader actually sees, with its load state. */
async function visibleDiagram(page: Page, id: string) {
	const img = page.locator(`figure[data-diagram="${id}"] img:visible`);
	await img.scrollIntoViewIfNeeded();
	await expect
		.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), patience)
		.toBeGreaterThan(0);
	return {
		src: await img.getAttribute('src'),
		alt: await img.getAttribute('alt'),
		count: await img.count(),
	};
}

test('every lesson file is built and no fact placeholder is left in the HTML', () => {
	const problems: string[] = [];
	for (const slug of lessonSlugs) {
		const file = path.join(dist, 'learn', slug, 'index.html');
		if (!existsSync(file)) problems.push(`${slug}: not built`);
		else if (readFileSync(file, 'utf8').includes('{{fact:'))
			problems.push(`${slug}: unreplaced {{fact:…}}`);
	}
	expect(problems).toEqual([]);
});

test('a lesson shows its title, facts from the model, a loaded diagram and checkpoints', async () => {
	const { page, problems } = await openPage('/learn/asynchronous/');
	await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
		'Asynchronous inference',
	);
	const fact = page.locator('main [data-fact="async.maxPayloadMB"]').first();
	await expect(fact.textContent()).resolves.toBe(value('async.maxPayloadMB'));
	expect(await fact.getAttribute('href')).toBe('/limits/#async.maxPayloadMB');

	const diagram = await visibleDiagram(page, 'async-architecture');
	expect(diagram.count).toBe(1);
	expect(diagram.src).toMatch(/async-architecture\.light.*\.svg|^data:image\/svg/);
	expect(diagram.alt).toBe(
		`${manifest['async-architecture']?.accTitle}: ${manifest['async-architecture']?.accDescr}`,
	);
	await page.getByText('Diagram as text').first().click();
	await expect(
		page.locator('figure[data-diagram="async-architecture"] ol li').first().isVisible(),
	).resolves.toBe(true);

	const answer = page.locator('.checkpoints li').first().locator('details > p').first();
	expect(await answer.isVisible()).toBe(false);
	await page.getByText('Show answer to question 1', { exact: false }).click();
	expect(await answer.isVisible()).toBe(true);
	await expect(answer.textContent()).resolves.toContain(value('async.maxPayloadMB'));
	expectNoProblems(problems);
});

test('the only JavaScript a lesson loads is the theme script and the progress script', async () => {
	const { page, problems } = await openPage('/learn/anatomy/');
	const scripts = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.filter(
				(e) =>
					(e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'),
			)
			.map((e) => ({
				url: new URL(e.name).pathname,
				bytes: (e as PerformanceResourceTiming).encodedBodySize,
			})),
	);
	// "Mark as done" is a small bundled script, not a React island: no island, no React runtime.
	await expect(page.locator('astro-island').count()).resolves.toBe(0);
	for (const { url } of scripts) expect(url).toMatch(/^\/theme-init\.js$|^\/_astro\/[\w.-]+\.js$/);
	expect(scripts.map((s) => s.url).join(' ')).not.toMatch(/mermaid|pagefind|\/client\.|react/i);
	await expect
		.poll(() => page.getByRole('button', { name: /Mark as done/ }).isEnabled())
		.toBe(true);
	// Printed so the JS cost of a lesson page is visible in the test log (measured, not asserted).
	console.log(
		`lesson page JS: ${scripts.length} files, ${scripts.reduce((n, s) => n + s.bytes, 0)} bytes as served`,
	);
	expectNoProblems(problems);
});

test('the dark theme shows the dark drawing, following both the system and the toggle', async () => {
	const { page, problems } = await openPage('/learn/choosing/', { colorScheme: 'dark' });
	expect((await visibleDiagram(page, 'endpoint-selection')).src).toMatch(
		/endpoint-selection\.dark/,
	);
	await page.evaluate(() => {
		document.documentElement.dataset['theme'] = 'light';
	});
	expect((await visibleDiagram(page, 'endpoint-selection')).src).toMatch(
		/endpoint-selection\.light/,
	);
	expectNoProblems(problems);
});

test('a lesson fits a phone screen: the page itself never scrolls sideways', async () => {
	const { page, problems } = await openPage('/learn/choosing/', { width: 375, height: 800 });
	await visibleDiagram(page, 'endpoint-selection');
	expect(await hasHorizontalScroll(page)).toBe(false);
	expectNoProblems(problems);
});

test('"Mark as done" persists, and the learning path shows the mark', async () => {
	const { page, problems } = await openPage('/learn/serverless/');
	const button = page.getByRole('button', { name: /Mark as done/ });
	await button.scrollIntoViewIfNeeded();
	await expect.poll(() => button.isEnabled(), patience).toBe(true);
	await button.click();
	const done = page.getByRole('button', { name: /^Done/ });
	await expect(done.getAttribute('aria-pressed')).resolves.toBe('true');
	await page.reload();
	await waitForIslands(page);
	await page.getByRole('button', { name: /^Done/ }).scrollIntoViewIfNeeded();
	await expect
		.poll(() => page.getByRole('button', { name: /^Done/ }).getAttribute('aria-pressed'), patience)
		.toBe('true');

	await page.goto(new URL('/learn/', page.url()).href);
	await waitForIslands(page);
	const items = page.locator('.path-list > li');
	await expect.poll(() => items.count(), patience).toBe(lessonSlugs.length);
	await expect
		.poll(() => page.getByText(`1 of ${lessonSlugs.length} lessons done`).count(), patience)
		.toBe(1);
	const links = await items
		.locator('h2 a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(links).toEqual(lessonSlugs.map((slug) => `/learn/${slug}/`));
	await expect(page.locator('.path-item.done h2 a').textContent()).resolves.toBe(
		'Serverless inference',
	);
	expectNoProblems(problems);
});

test('corrupt saved progress is set aside with a notice, not a crash', async () => {
	const { page, problems } = await openPage('/learn/');
	// Written by an init script on the next load, before any page script: a write from
	// page.evaluate can still be in flight to Chromium's storage service when the reload reads it.
	await page.addInitScript((key) => {
		if (sessionStorage.getItem('seeded') === null) {
			localStorage.setItem(key, '{"state": oops');
			sessionStorage.setItem('seeded', 'yes');
		}
	}, progressStorageKey);
	await page.reload();
	await waitForIslands(page);
	await expect.poll(() => page.getByText('could not be read').count(), patience).toBe(1);
	await expect(
		page.evaluate((key) => localStorage.getItem(`${key}.corrupt`), progressStorageKey),
	).resolves.toBe('{"state": oops');
	await expect
		.poll(() => page.getByText(`0 of ${lessonSlugs.length} lessons done`).count(), patience)
		.toBe(1);
	expectNoProblems(problems);
});

test('the checkpoints link to practice that starts with a written question of the same lesson', async () => {
	const { page, problems } = await openPage('/learn/serverless/');
	await page.getByRole('link', { name: 'practise this lesson' }).click();
	await page.waitForURL(/\/practice\//);
	await waitForIslands(page);
	await expect
		.poll(() => new URL(page.url()).searchParams.get('q'), patience)
		.toMatch(/^[a-z0-9-]+$/);
	const id = new URL(page.url()).searchParams.get('q') ?? '';
	const file = readdirSync(path.join(root, 'content/questions'), { recursive: true })
		.map(String)
		.find((f) => path.basename(f) === `${id}.yaml`);
	expect(file, `question file for ${id}`).toBeDefined();
	const text = readFileSync(path.join(root, 'content/questions', file ?? ''), 'utf8');
	expect(text).toMatch(/^lessons:.*\bserverless\b/m);
	expectNoProblems(problems);
});
