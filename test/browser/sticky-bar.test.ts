// WCAG 2.4.11 Focus Not Obscured: Tab and Shift+Tab through a running exam at phone and desktop
// size; every focused element is on screen, the topmost thing at its centre and corners, and clear
// of the sticky exam bar (unless it is in the bar). Headings focused by navigation are checked too.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { answerExam, expectNoProblems, openPage } from './browser';

/** Resolves once the page has stopped scrolling (scrolling is smooth unless motion is reduced). */
function settled(page: Page): Promise<void> {
	return page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				let last = -1;
				let still = 0;
				let frames = 0;
				const step = () => {
					still = window.scrollY === last ? still + 1 : 0;
					last = window.scrollY;
					if (still >= 3 || ++frames > 120) resolve();
					else requestAnimationFrame(step);
				};
				requestAnimationFrame(step);
			}),
	);
}

/** What is wrong with the focused element's visibility; '' when it is fully clear. */
async function obscured(page: Page): Promise<string> {
	await settled(page);
	return page.evaluate(() => {
		const el = document.activeElement;
		// Tabbing past the last element leaves the page for the browser's own controls.
		if (!el || el === document.body) return '';
		const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
		const bar = document.querySelector('.exam-bar');
		if (bar?.contains(el)) return '';
		const r = el.getBoundingClientRect();
		const b = bar?.getBoundingClientRect();
		if (b && r.top < b.bottom && r.bottom > b.top && r.left < b.right && r.right > b.left)
			return `${name} at y=${Math.round(r.top)} is under the bar (bottom ${Math.round(b.bottom)})`;
		// Hit testing follows rounded corners, so test points sit just inside the curve.
		const radius = Math.min(
			parseFloat(getComputedStyle(el).borderTopLeftRadius) || 0,
			r.height / 2,
		);
		const inset = Math.min(2 + radius * 0.3, r.width / 2, r.height / 2);
		const points = [
			[r.left + r.width / 2, r.top + r.height / 2],
			[r.left + inset, r.top + inset],
			[r.right - inset, r.top + inset],
			[r.left + inset, r.bottom - inset],
			[r.right - inset, r.bottom - inset],
		] as const;
		for (const [x, y] of points) {
			const hit = document.elementFromPoint(x, y);
			// A radio's or checkbox's own label is fine on top of its corners (same target).
			const label = el instanceof HTMLInputElement ? el.labels?.[0] : null;
			if (!hit || !(el === hit || el.contains(hit) || (label && label.contains(hit))))
				return `${name}: at (${Math.round(x)}, ${Math.round(y)}) the top element is ${hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'off screen'}`;
		}
		return '';
	});
}

test.each([
	{ width: 390, height: 700 },
	{ width: 1280, height: 720 },
])(
	'nothing focused hides under the sticky exam bar at $width px',
	{
		timeout: 90_000,
	},
	async ({ width, height }) => {
		const { page, problems } = await openPage('/exam/', { width, height });
		await page.getByRole('button', { name: 'Start exam' }).click();
		await page.locator('.exam-question h2').waitFor();
		const found: string[] = [];
		const check = async (step: string) => {
			const problem = await obscured(page);
			if (problem) found.push(`${step}: ${problem}`);
		};
		// Several questions, so long stems and case studies are crossed; forward then backward.
		for (let q = 0; q < 4; q++) {
			await check(`question ${q + 1} heading`);
			await answerExam(page);
			await page.locator('.exam-question h2').focus();
			// Let the smooth scroll to the heading finish, or it swallows the first Tab's scroll.
			await settled(page);
			for (let i = 0; i < 12; i++) {
				await page.keyboard.press('Tab');
				await check(`question ${q + 1}, Tab ${i + 1}`);
			}
			// Scroll to the end so the bar is stuck, then walk back up.
			await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
			await page.getByRole('button', { name: 'Review answers' }).focus();
			await settled(page);
			for (let i = 0; i < 16; i++) {
				await page.keyboard.press('Shift+Tab');
				await check(`question ${q + 1}, Shift+Tab ${i + 1}`);
			}
			await page.getByRole('button', { name: 'Next question' }).click();
			await expect
				.poll(() => page.locator('.exam-question h2').textContent())
				.toBe(`Question ${q + 2} of 20`);
		}
		expect(found).toEqual([]);
		expectNoProblems(problems);
	},
);

test(
	'the check itself: without the scroll padding, Shift+Tab puts focus under the bar',
	{
		timeout: 60_000,
	},
	async () => {
		const { page } = await openPage('/exam/', { width: 390, height: 700 });
		await page.getByRole('button', { name: 'Start exam' }).click();
		await page.locator('.exam-question h2').waitFor();
		await answerExam(page);
		// Set through the CSSOM, which the page's CSP allows; the stylesheet's padding is what is tested.
		await page.evaluate(() =>
			document.documentElement.style.setProperty('scroll-padding-top', '0px'),
		);
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await page.getByRole('button', { name: 'Review answers' }).focus();
		const found: string[] = [];
		for (let i = 0; i < 6; i++) {
			await page.keyboard.press('Shift+Tab');
			found.push(await obscured(page));
		}
		expect(found.filter((f) => f.includes('under the bar')).length).toBeGreaterThan(0);
	},
);
