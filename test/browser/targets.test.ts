// WCAG 2.5.8 Target Size (Minimum) in the states that exist only after some clicks (practice
// feedback, the exam's review and report, playground results), at desktop and 390 px phone width,
// and a check of the measurement itself. Every page as loaded is measured in site-pages.ts.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { answerExam, answerPractice, expectNoProblems, openPage } from './browser';
import { smallTargets } from './small-targets';

test('the check itself: it flags crowded small targets and allows the exceptions', async () => {
	const { page } = await openPage('/no-such-page/');
	await page.evaluate(() => {
		const add = (parent: Element, tag: string, text: string, css = '', href = '') => {
			const el = document.createElement(tag);
			el.textContent = text;
			// Styles set through the DOM from a test script are allowed by the page's CSP.
			el.style.cssText = css;
			if (href) el.setAttribute('href', href);
			parent.append(el);
			return el;
		};
		const fixture = document.createElement('div');
		document.body.prepend(fixture);
		const sentence = add(fixture, 'p', 'A sentence with ');
		add(sentence, 'a', 'an inline link', '', '#a');
		sentence.append(' in it.');
		const small = 'width:16px;height:16px;padding:0;margin:0;font-size:8px;min-height:0';
		const row = add(fixture, 'div', '');
		add(row, 'button', '1', small);
		add(row, 'button', '2', small);
		add(add(fixture, 'div', '', 'padding:40px'), 'button', '3', small);
		const stacked = 'display:block;height:14px;line-height:14px;font-size:10px';
		add(fixture, 'a', 'b', stacked, '#b');
		add(fixture, 'a', 'c', stacked, '#c');
	});
	const found = (await smallTargets(page)).join('\n');
	expect(found).toContain('"1"');
	expect(found).toContain('"2"');
	expect(found).toContain('"b"');
	expect(found).toContain('"c"');
	expect(found).not.toContain('"3"');
	expect(found).not.toContain('an inline link');
});

/** Interactive states that only exist after some clicks, each measured where it stands. */
const states: Record<
	string,
	(page: Page, measure: (state: string) => Promise<void>) => Promise<void>
> = {
	'/practice/': async (page, measure) => {
		await page.getByRole('button', { name: 'Start practice' }).click();
		await page.locator('#question-heading').waitFor();
		await measure('question');
		await answerPractice(page);
		await page.getByRole('button', { name: 'Check answer' }).click();
		await page.locator('.verdict p').waitFor();
		await measure('feedback');
	},
	'/exam/': async (page, measure) => {
		await page.getByRole('button', { name: 'Start exam' }).click();
		await page.locator('.exam-question h2').waitFor();
		await answerExam(page);
		await measure('question and navigator');
		await page.getByRole('button', { name: 'Review answers' }).click();
		await page.locator('#review-heading').waitFor();
		await measure('review');
		await page.getByRole('button', { name: 'Submit exam' }).click();
		await page.getByRole('button', { name: 'Yes, submit' }).click();
		await page.locator('#report-heading').waitFor();
		await measure('report');
	},
	'/playground/': async (page, measure) => {
		await page.getByRole('button', { name: 'A recommender used a few times a day' }).click();
		await page.getByRole('button', { name: 'Run the simulation' }).click();
		await page.getByRole('heading', { name: 'Results', exact: true }).waitFor({ timeout: 60_000 });
		await measure('results');
	},
};

test.each(Object.keys(states))(
	'%s after interaction: targets are 24×24 px or spaced',
	{
		timeout: 120_000,
	},
	async (pathname) => {
		for (const width of [1280, 390]) {
			const { page, problems } = await openPage(pathname, { width, height: 800 });
			const found: string[] = [];
			await states[pathname]?.(page, async (state) => {
				found.push(...(await smallTargets(page)).map((t) => `${width}px ${state}: ${t}`));
			});
			expect(found).toEqual([]);
			expectNoProblems(problems);
			await page.context().close();
		}
	},
);
