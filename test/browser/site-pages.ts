// The built pages every page-level check walks, and the check that loads each page once and runs
// axe on it in the light and then the dark theme (the themes are CSS `light-dark()` pairs and
// `prefers-color-scheme` rules, so switching the emulated scheme re-themes the loaded page).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { smallTargets } from './small-targets';
import {
	axeViolations,
	expectNoProblems,
	newContext,
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

/** Extra states of pages reached by URL alone: a search with results, advisor answers. */
export const urlStates = [
	'/search/?q=provisioned%20concurrency',
	'/advisor/?payload=50&payloadUnit=MB&time=45&timeUnit=s&caller=notified&traffic=intermittent&models=3&sameFramework=0',
	'/advisor/?payload=-5&time=1',
];

/** Pages checked again at phone width: one of each type, and the lessons with the most markup. */
export const phonePages = [
	'/',
	'/progress/',
	'/review/',
	'/no-such-page/',
	'/teach/',
	'/advisor/?payload=50&payloadUnit=MB&time=45&timeUnit=s&caller=notified&traffic=intermittent&models=3&sameFramework=0',
	'/learn/',
	'/learn/choosing/',
	'/learn/asynchronous/',
	'/glossary/',
	'/cheat-sheet/',
	'/exam-guide/',
	'/search/?q=provisioned%20concurrency',
	'/practice/',
	'/exam/',
	'/playground/',
	'/advisor/',
	'/limits/',
];

// The site's own 404 page is served with status 404, which chromium logs as a console error.
const expected404 = /Failed to load resource: the server responded with a status of 404/;

/**
 * Opens every <details> in the content so the text inside (checkpoint answers, diagram text) is
 * checked too. Not the header menu: its drop-down would cover the page (keyboard-nav checks it).
 */
export async function openAllDetails(page: Page): Promise<void> {
	await page
		.locator('main details')
		.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
}

/** The axe findings on the page, each prefixed with what was on screen. */
export async function axeAt(page: Page, state: string): Promise<string[]> {
	return (await axeViolations(page)).map((v) => `${state}: ${v}`);
}

const themes = ['light', 'dark'] as const;

/**
 * For each path, a light and a dark test at `width`: the page is loaded once (by whichever test
 * runs first), axe finds nothing in either theme, every target is 24×24 px or spaced (WCAG 2.5.8,
 * measured once, in the light theme, with every disclosure including the header menu open), and
 * the page logs no console error, throws nothing and breaks no content-security-policy rule.
 */
export function checkEveryTheme(width: number, paths: readonly string[]): void {
	describe(`${width} px`, () => {
		let context: BrowserContext;
		const loaded = new Map<string, Promise<{ page: Page; problems: PageProblems }>>();
		beforeAll(async () => {
			context = await newContext({ width, height: 800 });
		});
		afterAll(async () => {
			await context.close();
		});

		const load = (pathname: string) => {
			let open = loaded.get(pathname);
			if (!open) {
				open = (async () => {
					const page = await context.newPage();
					const problems = await recordProblems(page);
					await page.goto(siteURL(pathname));
					await waitForIslands(page);
					await openAllDetails(page);
					if (pathname === '/no-such-page/')
						problems.consoleErrors = problems.consoleErrors.filter((e) => !expected404.test(e));
					return { page, problems };
				})();
				loaded.set(pathname, open);
			}
			return open;
		};

		describe.each(paths)('%s', (pathname) => {
			test.each(themes)('%s theme', { timeout: 60_000 }, async (colorScheme) => {
				const { page, problems } = await load(pathname);
				await page.emulateMedia({ colorScheme });
				await expect
					.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
					.toBe(colorScheme === 'dark');
				expect(await axeAt(page, `${pathname} (${colorScheme})`)).toEqual([]);
				if (colorScheme === themes[0]) {
					// The header menu opens over the page, so it is open only while targets are measured.
					const closed = page.locator('details:not([open])');
					await closed.evaluateAll((all) =>
						all.forEach((d) => d.setAttribute('data-opened-for-targets', '')),
					);
					const opened = page.locator('details[data-opened-for-targets]');
					await opened.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
					const small = await smallTargets(page);
					expect(small.map((t) => `${pathname} at ${width} px: ${t}`)).toEqual([]);
					await opened.evaluateAll((all) => all.forEach((d) => d.removeAttribute('open')));
				}
				expectNoProblems(problems);
				if (colorScheme === themes.at(-1)) {
					await page.close();
					loaded.delete(pathname);
				}
			});
		});
	});
}
