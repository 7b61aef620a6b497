/**
 * Browser-test helpers: one Debian chromium for the whole run (global-setup.ts), a fresh context per page, and a record
 * of everything that went wrong on the page (console errors, uncaught exceptions, CSP violations).
 *
 * - `openPage(path, { width, height, colorScheme, javaScriptEnabled })` opens a page on the test
 *   server and waits until its React islands have hydrated.
 * - `expectNoProblems(problems)` fails on console errors, page errors or CSP violations.
 * - `expectNoAxeViolations(page)` runs axe with the WCAG 2.2 A/AA rules.
 * - `hasHorizontalScroll(page)` catches layouts wider than a phone.
 * - Reading state that React updates after a click: use `expect.poll(() => ...)`, not a one-off read.
 *
 * Run: `npx astro build && npx vitest run --project browser`. Another session rebuilding dist/ at
 * the same time makes pages vanish mid-run; build privately and point the tests at it instead:
 * `npx astro build --outDir /tmp/my-dist && DIST_DIR=/tmp/my-dist npx vitest run --project browser`.
 *
 * @example
 * import { expect, test } from 'vitest';
 * import { expectNoProblems, openPage } from './browser';
 *
 * test('the advisor answers', async () => {
 *   const { page, problems } = await openPage('/advisor/');
 *   await page.getByRole('button', { name: '50 MB medical images, 45 s each' }).click();
 *   await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Asynchronous');
 *   expectNoProblems(problems);
 * });
 */
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, expect, inject } from 'vitest';

/** Options for one page; defaults are a 1280×800 desktop in the light colour scheme. */
export interface OpenPageOptions {
	width?: number;
	height?: number;
	colorScheme?: 'light' | 'dark';
	javaScriptEnabled?: boolean;
	/** The offline service worker is blocked unless a test is about it. */
	serviceWorkers?: 'allow' | 'block';
}

/** What went wrong while the page was open; each list should stay empty. */
export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
	cspViolations: string[];
}

let browser: Browser | undefined;

/**
 * The run's shared chromium (started once by global-setup.ts), connected on first use; the
 * connection is closed after the file's tests, and with it the contexts the file opened.
 */
export async function getBrowser(): Promise<Browser> {
	browser ??= await chromium.connect(inject('browserWSEndpoint'));
	return browser;
}

afterAll(async () => {
	await browser?.close();
	browser = undefined;
});

/** An absolute URL on the test server for a site path such as `/limits/`. */
export function siteURL(path: string): string {
	return new URL(path, inject('baseURL')).href;
}

// Runs before any page script, on every navigation; CSP does not apply to injected init scripts.
const recordCspViolations = () => {
	const w = window as unknown as { __cspViolations: string[]; __reportCsp?: (s: string) => void };
	w.__cspViolations = [];
	document.addEventListener('securitypolicyviolation', (event) => {
		const text = `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`;
		w.__cspViolations.push(text);
		w.__reportCsp?.(text);
	});
};

/** Opens `path` in a fresh context (empty storage) and starts recording problems. */
export async function openPage(
	path: string,
	options: OpenPageOptions = {},
): Promise<{ page: Page; problems: PageProblems }> {
	const context = await newContext(options);
	const page = await context.newPage();
	const problems = await recordProblems(page);
	await page.goto(siteURL(path));
	await waitForIslands(page);
	return { page, problems };
}

/** Starts recording console errors, uncaught exceptions and CSP violations on `page`. */
export async function recordProblems(page: Page): Promise<PageProblems> {
	const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.message}`));
	// A binding survives navigations, so violations on every page the test visits are kept.
	await page.exposeFunction('__reportCsp', (text: string) =>
		problems.cspViolations.push(`${page.url()}: ${text}`),
	);
	await page.addInitScript(recordCspViolations);
	return problems;
}

/**
 * A browser context for many pages in a row (faster than a context per page); pages opened in it
 * share storage, so a test that needs a clean slate clears localStorage itself.
 */
export async function newContext(options: OpenPageOptions = {}): Promise<BrowserContext> {
	return (await getBrowser()).newContext({
		viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
		colorScheme: options.colorScheme ?? 'light',
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		// The offline precache (about 1 MB) would compete with the page under test for the network
		// and CPU; test/browser/offline.test.ts makes its own contexts with workers allowed.
		serviceWorkers: options.serviceWorkers ?? 'block',
	});
}

/**
 * Waits until every React island has hydrated (Astro removes the `ssr` attribute then); typing
 * into an island before that would be undone when React takes over the server-rendered inputs.
 */
export async function waitForIslands(page: Page): Promise<void> {
	await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
}

/** Fails the test if the page logged an error, threw, or broke its content security policy. */
export function expectNoProblems(problems: PageProblems): void {
	// Joined into one string so a failure prints every message, not "[ Array(1) ]".
	expect(problems.cspViolations.join('\n'), 'CSP violations').toBe('');
	expect(problems.pageErrors.join('\n'), 'uncaught exceptions').toBe('');
	expect(problems.consoleErrors.join('\n'), 'console errors').toBe('');
}

/** The WCAG 2.2 AA rule sets axe checks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails the test if axe finds WCAG A/AA violations (it catches about half of real issues). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	expect((await axeViolations(page)).join('\n'), 'axe violations').toBe('');
}

/** axe's WCAG A/AA violations on the page as it is now, one line each naming every node. */
export async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return violations.map(
		(v) => `${v.id} (${v.nodes.length}×): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}

/** True when the page scrolls sideways at its current width (a layout bug on phones). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
	return page.evaluate(
		() => document.documentElement.scrollWidth > document.documentElement.clientWidth,
	);
}

/** Gives any answer to the practice question on screen, whatever its kind (case studies too). */
export async function answerPractice(page: Page): Promise<void> {
	const card = page.locator('.question-card');
	const check = card.getByRole('button', { name: 'Check answer' });
	// One radio per group, the first answer of every drop-down, then boxes until Check is enabled.
	const names = await card
		.locator('input[type="radio"]')
		.evaluateAll((all) => [...new Set(all.map((r) => (r as HTMLInputElement).name))]);
	for (const name of names)
		await card.locator(`input[type="radio"][name="${name}"]`).first().check();
	for (const select of await card.locator('select').all()) await select.selectOption({ index: 1 });
	for (const box of await card.locator('input[type="checkbox"]').all()) {
		if (await check.isEnabled()) break;
		// A "choose N" group ignores clicks past N, so click rather than check (which would throw).
		if (!(await box.isChecked())) await box.click();
	}
	expect(await check.isEnabled()).toBe(true);
}

/** Answers the exam question on screen, whatever its kind, the way a person would. */
export async function answerExam(page: Page): Promise<void> {
	const q = page.locator('.exam-question');
	if ((await q.getByRole('radio').count()) > 0) return q.getByRole('radio').first().check();
	if ((await q.getByRole('checkbox').count()) > 0) return q.getByRole('checkbox').first().check();
	const selects = q.getByRole('combobox');
	if ((await selects.count()) > 0) {
		for (let i = 0; i < (await selects.count()); i++)
			await selects.nth(i).selectOption({ index: 1 });
		return;
	}
	await q.getByRole('button', { name: 'Keep this order as my answer' }).click();
}
