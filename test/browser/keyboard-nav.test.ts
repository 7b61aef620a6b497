// The header navigation by keyboard and without JavaScript: "More" on wide screens, "Menu" on
// phones, every section reachable, the current page marked, nothing wider than a phone.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { moreSections, navSections } from '../../src/components/site/nav';
import { expectNoAxeViolations, expectNoProblems, hasHorizontalScroll, openPage } from './browser';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Presses Tab until `name` has focus (at most `limit` presses), as a keyboard user would. */
async function tabTo(page: Page, name: string, limit = 30): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
		if (focused === name) return;
	}
	throw new Error(`Tab never reached "${name}"`);
}

test(
	'desktop: the main sections are in the bar and the rest open from More by keyboard',
	{
		timeout: 60_000,
	},
	async () => {
		const { page, problems } = await openPage('/review/');
		for (const s of navSections)
			await expect(
				nav(page).getByRole('link', { name: s.label, exact: true }).isVisible(),
			).resolves.toBe(true);
		// No Menu button on a wide screen, and More starts closed.
		await expect(nav(page).getByText('Menu').isVisible()).resolves.toBe(false);
		const search = nav(page).getByRole('link', { name: 'Search', exact: true });
		await expect(search.isVisible()).resolves.toBe(false);
		await tabTo(page, 'More');
		await page.keyboard.press('Enter');
		for (const s of moreSections) {
			const link = nav(page).getByRole('link', { name: s.label, exact: true });
			await expect(link.isVisible()).resolves.toBe(true);
			await expect(link.getAttribute('href')).resolves.toBe(s.href);
		}
		// The current page is marked inside More, and More itself shows it holds the current page.
		const current = page.locator('nav[aria-label="Main"] [aria-current="page"]');
		await expect(current.textContent()).resolves.toBe('Review');
		await expect(page.locator('.more-toggle.has-current').count()).resolves.toBe(1);
		await expectNoAxeViolations(page);
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Search');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/search/');
		await expect(current.textContent()).resolves.toBe('Search');
		expectNoProblems(problems);
	},
);

test.each([true, false])(
	'phone, JavaScript %s: the Menu button opens every section, and the page stays 390 px wide',
	async (javaScriptEnabled) => {
		const { page, problems } = await openPage('/learn/choosing/', {
			width: 390,
			height: 800,
			javaScriptEnabled,
		});
		expect(await hasHorizontalScroll(page)).toBe(false);
		const learn = nav(page).getByRole('link', { name: 'Learn', exact: true });
		await expect(learn.isVisible()).resolves.toBe(false);
		// The header (brand, theme, menu button) stays short so the lesson starts on screen.
		const header = await page.locator('.site-header').boundingBox();
		expect(header?.height).toBeLessThan(130);
		await tabTo(page, 'Menu');
		await page.keyboard.press('Enter');
		for (const s of [...navSections, ...moreSections]) {
			const link = nav(page).getByRole('link', { name: s.label, exact: true });
			await expect(link.isVisible()).resolves.toBe(true);
			const box = await link.boundingBox();
			expect(box && box.x >= 0 && box.x + box.width <= 390, s.label).toBe(true);
		}
		expect(await hasHorizontalScroll(page)).toBe(false);
		// axe runs as a script in the page, so it can only check the page with JavaScript on.
		if (javaScriptEnabled) await expectNoAxeViolations(page);
		await expect(
			page.locator('nav[aria-label="Main"] [aria-current="page"]').textContent(),
		).resolves.toBe('Learn');
		// "More" is folded into the open menu on phones: no second button to find.
		await expect(nav(page).getByText('More', { exact: true }).isVisible()).resolves.toBe(false);
		await page.keyboard.press('Enter');
		await expect(learn.isVisible()).resolves.toBe(false);
		expectNoProblems(problems);
	},
);
