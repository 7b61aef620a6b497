// The site shell: home page, navigation, skip link, theme picker and phone layout.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { navSections } from '../../src/components/site/nav';
import { expectNoProblems, hasHorizontalScroll, openPage } from './browser';

const dist = inject('distDir');
/** Sections whose page is in this build (Learn, Playground, ... arrive from other work). */
const builtSections = navSections.filter((s) => existsSync(path.join(dist, s.href, 'index.html')));

test('the home page explains the site and links to every section', async () => {
	const { page, problems } = await openPage('/');
	await expect(page.title()).resolves.toBe('Endpoint Lab');
	await page.getByRole('heading', { level: 1 }).waitFor();
	const start = page.getByRole('region', { name: 'Where to start' });
	for (const section of navSections)
		expect(
			await start.getByRole('link', { name: section.label, exact: true }).getAttribute('href'),
		).toBe(section.href);
	// The payload limits come from the model and link to their rows on the Limits page.
	const glance = page.getByRole('table');
	expect(await glance.getByRole('link').first().getAttribute('href')).toMatch(/^\/limits\/#.+\..+/);
	expectNoProblems(problems);
});

test('the main navigation reaches every built section and marks it current', async () => {
	expect(builtSections.map((s) => s.href)).toEqual(
		expect.arrayContaining(['/advisor/', '/limits/', '/practice/', '/exam/']),
	);
	const { page, problems } = await openPage('/');
	for (const section of builtSections) {
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: section.label })
			.click();
		await page.waitForURL(`**${section.href}`);
		const current = page.locator('nav[aria-label="Main"] [aria-current="page"]');
		await expect(current.textContent()).resolves.toBe(section.label);
		await page.getByRole('heading', { level: 1 }).waitFor();
	}
	expectNoProblems(problems);
});

test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
	const { page, problems } = await openPage('/limits/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
	// The focused skip link is on screen (it hides off-screen until focused).
	const box = await skip.boundingBox();
	expect(box?.y).toBeGreaterThanOrEqual(0);
	await page.keyboard.press('Enter');
	await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
	expectNoProblems(problems);
});

test('the theme picker switches to dark and the choice survives a reload', async () => {
	const { page, problems } = await openPage('/', { colorScheme: 'light' });
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const light = await background();
	const picker = page.getByRole('combobox', { name: 'Theme' });
	await expect(picker.inputValue()).resolves.toBe('system');
	await picker.selectOption('dark');
	await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
	const dark = await background();
	expect(dark).not.toBe(light);
	await page.reload();
	await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
	await expect(background()).resolves.toBe(dark);
	await expect(picker.inputValue()).resolves.toBe('dark');
	// Back to System: the page follows the (light) system preference again.
	await picker.selectOption('system');
	await expect(page.locator('html').getAttribute('data-theme')).resolves.toBeNull();
	await expect(background()).resolves.toBe(light);
	expectNoProblems(problems);
});

test('without a saved choice the theme follows the system setting', async () => {
	const { page, problems } = await openPage('/', { colorScheme: 'dark' });
	const [bg, scheme] = await page.evaluate(() => [
		getComputedStyle(document.body).backgroundColor,
		getComputedStyle(document.documentElement).colorScheme,
	]);
	expect(scheme).toContain('dark');
	// A dark background: every channel well below mid-grey.
	const channels = (bg.match(/\d+/g) ?? []).slice(0, 3).map(Number);
	expect(Math.max(...channels)).toBeLessThan(80);
	expectNoProblems(problems);
});

test('an unknown address shows the 404 page with links back', async () => {
	const { page } = await openPage('/no-such-page/');
	await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
		'Page not found',
	);
	await expect(
		page.getByRole('main').getByRole('link', { name: 'Limits' }).getAttribute('href'),
	).resolves.toBe('/limits/');
});

test.each(['/', '/limits/', '/advisor/', '/practice/', '/exam/', '/404.html'])(
	'%s has no horizontal scroll at phone width (375 px) and no errors',
	async (pathname) => {
		const { page, problems } = await openPage(pathname, { width: 375, height: 812 });
		await expect(hasHorizontalScroll(page)).resolves.toBe(false);
		if (pathname !== '/404.html') expectNoProblems(problems);
	},
);
