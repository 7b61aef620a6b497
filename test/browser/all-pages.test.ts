// Every built page, in the light and the dark theme: axe (WCAG 2.2 A/AA) finds nothing, and the
// page logs no console error, throws nothing and breaks no content-security-policy rule. Pages are
// found by walking the served build, so a new lesson or page type (/teach/…) is checked without
// editing this file. The interactive states axe cannot reach on load (a practice question and its
// feedback, a running exam and its report, a playground run, advisor answers) are driven here too.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
	axeViolations,
	expectNoProblems,
	newContext,
	answerExam,
	answerPractice,
	recordProblems,
	siteURL,
	waitForIslands,
	type PageProblems,
} from './browser';

/** Site paths of every HTML page in the build; 404.html is reached through a missing path. */
export function builtPages(dist: string): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			// _astro holds bundles and pagefind the search index: neither has pages.
			if (entry.isDirectory() && !['_astro', 'pagefind'].includes(entry.name)) walk(full);
			else if (entry.isFile() && entry.name.endsWith('.html')) found.push(full);
		}
	};
	walk(dist);
	return found
		.map((file) => {
			const rel = path.relative(dist, file).split(path.sep).join('/');
			if (rel === '404.html') return '/no-such-page/';
			if (rel === 'index.html') return '/';
			return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
		})
		.sort();
}

const pages = builtPages(inject('distDir'));

/** Extra states of pages reached by URL alone: a search with results, advisor answers. */
const urlStates = [
	'/search/?q=provisioned%20concurrency',
	'/advisor/?payload=50&payloadUnit=MB&time=45&timeUnit=s&caller=notified&traffic=intermittent&models=3&sameFramework=0',
	'/advisor/?payload=-5&time=1',
];

// The site's own 404 page is served with status 404, which chromium logs as a console error.
const expected404 = /Failed to load resource: the server responded with a status of 404/;

/**
 * Opens every <details> in the content so the text inside (checkpoint answers, diagram text) is
 * checked too. Not the header menu: its drop-down would cover the page (keyboard-nav checks it).
 */
async function openAllDetails(page: Page): Promise<void> {
	await page
		.locator('main details')
		.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
}

/** The axe findings on the page, each prefixed with what was on screen. */
async function axeAt(page: Page, state: string): Promise<string[]> {
	return (await axeViolations(page)).map((v) => `${state}: ${v}`);
}

/** Pages checked again at phone width: one of each type, and the lessons with the most markup. */
const phonePages = [
	'/',
	'/learn/',
	'/learn/choosing/',
	'/learn/asynchronous/',
	'/glossary/',
	'/cheat-sheet/',
	'/search/?q=provisioned%20concurrency',
	'/practice/',
	'/exam/',
	'/playground/',
	'/advisor/',
	'/limits/',
];

const runs = [
	{ colorScheme: 'light', width: 1280 },
	{ colorScheme: 'dark', width: 1280 },
	{ colorScheme: 'light', width: 375 },
	{ colorScheme: 'dark', width: 375 },
] as const;

test('the walk finds every page type, each lesson and the 404 page', () => {
	for (const p of ['/', '/learn/', '/practice/', '/exam/', '/playground/', '/no-such-page/'])
		expect(pages).toContain(p);
	expect(pages.filter((p) => p.startsWith('/learn/')).length).toBeGreaterThan(5);
	for (const p of phonePages) expect([...pages, ...urlStates]).toContain(p);
});

describe.each(runs)('$colorScheme theme, $width px', ({ colorScheme, width }) => {
	const phone = width < 600;
	let context: BrowserContext;
	beforeAll(async () => {
		context = await newContext({ colorScheme, width, height: 800 });
	});
	afterAll(async () => {
		await context.close();
	});

	/** A new tab in the theme's context, recording problems, on `pathname` with islands hydrated. */
	async function visit(pathname: string): Promise<{ page: Page; problems: PageProblems }> {
		const page = await context.newPage();
		const problems = await recordProblems(page);
		await page.goto(siteURL(pathname));
		await waitForIslands(page);
		return { page, problems };
	}

	test.each(phone ? phonePages : [...pages, ...urlStates])(
		'%s',
		{ timeout: 60_000 },
		async (pathname) => {
			const { page, problems } = await visit(pathname);
			if (pathname === '/no-such-page/')
				problems.consoleErrors = problems.consoleErrors.filter((e) => !expected404.test(e));
			await openAllDetails(page);
			expect(await axeAt(page, pathname)).toEqual([]);
			expectNoProblems(problems);
			await page.close();
		},
	);

	// The interactive states are checked at desktop width; keyboard.test.ts and sticky-bar.test.ts
	// drive them at phone width.
	if (phone) return;

	test('practice: a question, then its feedback', { timeout: 60_000 }, async () => {
		const { page, problems } = await visit('/practice/');
		await page.evaluate(() => localStorage.clear());
		await page.getByRole('button', { name: 'Start practice' }).click();
		await page.locator('#question-heading').waitFor();
		const found = await axeAt(page, 'question');
		await answerPractice(page);
		await page.getByRole('button', { name: 'Check answer' }).click();
		await page.locator('.verdict p').waitFor();
		await openAllDetails(page);
		found.push(...(await axeAt(page, 'feedback')));
		expect(found).toEqual([]);
		expectNoProblems(problems);
		await page.close();
	});

	test(
		'exam: a question with the navigator, the review, the submit dialog, the report',
		{ timeout: 90_000 },
		async () => {
			const { page, problems } = await visit('/exam/');
			await page.evaluate(() => localStorage.clear());
			await page.reload();
			await waitForIslands(page);
			await page.getByRole('button', { name: 'Start exam' }).click();
			await page.locator('.exam-question h2').waitFor();
			await answerExam(page);
			await page.getByRole('button', { name: 'Flag for review' }).click();
			const found = await axeAt(page, 'question');
			await page.getByRole('button', { name: 'Review answers' }).click();
			await page.locator('#review-heading').waitFor();
			found.push(...(await axeAt(page, 'review')));
			await page.getByRole('button', { name: 'Submit exam' }).click();
			const dialog = page.getByRole('dialog', { name: 'Submit the exam now?' });
			await dialog.waitFor();
			found.push(...(await axeAt(page, 'submit dialog')));
			await dialog.getByRole('button', { name: 'Yes, submit' }).click();
			await page.locator('#report-heading').waitFor();
			await openAllDetails(page);
			found.push(...(await axeAt(page, 'report')));
			expect(found).toEqual([]);
			expectNoProblems(problems);
			await page.evaluate(() => localStorage.clear());
			await page.close();
		},
	);

	test('playground: after a run', { timeout: 90_000 }, async () => {
		const { page, problems } = await visit('/playground/');
		await page.getByRole('button', { name: 'A recommender used a few times a day' }).click();
		await page.getByRole('button', { name: 'Run the simulation' }).click();
		await page.getByRole('heading', { name: 'Results', exact: true }).waitFor({ timeout: 60_000 });
		await openAllDetails(page);
		expect(await axeAt(page, 'results')).toEqual([]);
		expectNoProblems(problems);
		await page.close();
	});
});
