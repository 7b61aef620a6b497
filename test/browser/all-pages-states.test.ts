// The interactive states axe cannot reach on load, driven at desktop width in the light and the
// dark theme: a practice question and its feedback, a running exam with its navigator, review,
// submit dialog and report, and a playground run. keyboard.test.ts and sticky-bar.test.ts drive
// them at phone width.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	answerExam,
	answerPractice,
	expectNoProblems,
	newContext,
	recordProblems,
	siteURL,
	waitForIslands,
	type PageProblems,
} from './browser';
import { axeAt, openAllDetails } from './site-pages';

describe.each(['light', 'dark'] as const)('%s theme, 1280 px', (colorScheme) => {
	let context: BrowserContext;
	beforeAll(async () => {
		context = await newContext({ colorScheme, width: 1280, height: 800 });
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

	test('playground: after a run', { timeout: 180_000 }, async () => {
		const { page, problems } = await visit('/playground/');
		await page.getByRole('button', { name: 'A recommender used a few times a day' }).click();
		await page.getByRole('button', { name: 'Run the simulation' }).click();
		await page.getByRole('heading', { name: 'Results', exact: true }).waitFor({ timeout: 150_000 });
		await openAllDetails(page);
		expect(await axeAt(page, 'results')).toEqual([]);
		expectNoProblems(problems);
		await page.close();
	});
});
