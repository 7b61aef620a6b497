// The mock exam end to end: start, answer, flag, reload and resume, review, submit, score report;
// plus time-up, the second-tab guard and an axe scan of each screen.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
	answerExam,
	expectNoProblems,
	hasHorizontalScroll,
	openPage,
	waitForIslands,
} from './browser';

const heading = (page: Page) =>
	page.locator('.exam-question h2, .exam-review h2, .score-report h2').first();

/** Seconds on the visible clock ("39:58" -> 2398). */
async function secondsLeft(page: Page): Promise<number> {
	const text = (await page.getByRole('timer').textContent()) ?? '';
	return text
		.split(':')
		.map(Number)
		.reduce((sum, part) => sum * 60 + part, 0);
}

async function axe(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a quick exam from start to score report, with a reload that resumes the same time and answers', async () => {
	const { page, problems } = await openPage('/exam/');
	await waitForIslands(page);
	// The start screen appears once the question bank has been fetched.
	await expect.poll(() => page.getByText(/The real exam has \d+ questions/).count()).toBe(1);
	expect(await axe(page)).toEqual([]);
	await page.getByRole('button', { name: 'Start exam' }).click();

	await expect.poll(() => heading(page).textContent()).toBe('Question 1 of 20');
	const start = await secondsLeft(page);
	expect(start).toBeGreaterThan(38 * 60);
	await answerExam(page);
	const flag = page.getByRole('button', { name: 'Flag for review' });
	await flag.click();
	await expect(flag.getAttribute('aria-pressed')).resolves.toBe('true');
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect.poll(() => heading(page).textContent()).toBe('Question 2 of 20');
	// Focus moves to the new question's heading.
	await expect
		.poll(() => page.evaluate(() => document.activeElement?.textContent))
		.toBe('Question 2 of 20');
	await answerExam(page);
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect.poll(() => heading(page).textContent()).toBe('Question 3 of 20');
	expect(await axe(page)).toEqual([]);
	const before = await secondsLeft(page);

	await page.reload();
	await waitForIslands(page);
	await page.getByRole('button', { name: 'Resume exam' }).click();
	await expect.poll(() => heading(page).textContent()).toBe('Question 3 of 20');
	const after = await secondsLeft(page);
	// The clock kept running through the reload, but only by the seconds the reload took.
	expect(before - after).toBeGreaterThanOrEqual(0);
	expect(before - after).toBeLessThanOrEqual(3);
	await expect(
		page.getByRole('button', { name: 'Question 1, answered, flagged' }).count(),
	).resolves.toBe(1);
	await expect(page.getByRole('button', { name: 'Question 2, answered' }).count()).resolves.toBe(1);
	await expect(
		page.getByRole('button', { name: 'Question 3, not answered' }).count(),
	).resolves.toBe(1);

	await page.getByRole('button', { name: 'Review answers' }).click();
	await expect.poll(() => heading(page).textContent()).toBe('Review your answers');
	await expect(page.getByRole('heading', { name: 'Unanswered (18)' }).count()).resolves.toBe(1);
	await expect(page.getByRole('heading', { name: 'Flagged for review (1)' }).count()).resolves.toBe(
		1,
	);
	await page.getByRole('button', { name: 'Submit exam' }).click();
	const dialog = page.getByRole('dialog', { name: 'Submit the exam now?' });
	await dialog.getByRole('button', { name: 'Yes, submit' }).click();

	const report = page.getByRole('heading', { name: /Score report/ });
	await expect.poll(() => report.count()).toBe(1);
	await expect
		.poll(() => page.evaluate(() => document.activeElement?.textContent))
		.toBe('Score report');
	await expect(page.getByText(/of 20 right/).count()).resolves.toBe(1);
	await expect(page.getByText(/Estimated scaled score/).count()).resolves.toBe(1);
	await page.getByRole('combobox', { name: 'Show' }).selectOption('flagged');
	await expect.poll(() => page.locator('.report-item').count()).toBe(1);
	expect(await axe(page)).toEqual([]);

	// The attempt is in the history.
	await page.goto(new URL('/progress/', page.url()).href);
	await waitForIslands(page);
	await expect.poll(() => page.locator('.history-table tbody tr').count()).toBe(1);
	expectNoProblems(problems);
	// Three axe scans and a reload: allow for a busy machine beyond the default 30 s.
}, 90_000);

test('time running out submits the exam and says so, also after the tab was away', async () => {
	const { page, problems } = await openPage('/exam/');
	await page.clock.install();
	await page.reload();
	await waitForIslands(page);
	await page.getByRole('button', { name: 'Start exam' }).click();
	await expect.poll(() => heading(page).textContent()).toBe('Question 1 of 20');
	await answerExam(page);
	// 15 and 5 minute warnings reach the polite live region, once each.
	await page.clock.fastForward('25:30');
	await expect
		.poll(() => page.locator('.exam-clock [role="status"]').textContent())
		.toBe('15 minutes left.');
	await page.clock.fastForward('10:00');
	await expect
		.poll(() => page.locator('.exam-clock [role="status"]').textContent())
		.toBe('5 minutes left.');
	// Away past the deadline: the reload finds the time gone and shows the report.
	await page.clock.fastForward('06:00');
	await page.reload();
	await waitForIslands(page);
	await expect.poll(() => page.getByRole('heading', { name: /Score report/ }).count()).toBe(1);
	await expect(
		page
			.getByText('Time ran out, so the exam was submitted automatically at the deadline.')
			.count(),
	).resolves.toBe(1);
	// The timed-out attempt is recorded once, ended by the clock.
	await page.goto(new URL('/progress/', page.url()).href);
	await waitForIslands(page);
	await expect.poll(() => page.locator('.history-table tbody tr').count()).toBe(1);
	await expect(page.locator('.history-table tbody tr td').nth(4).textContent()).resolves.toBe(
		'time',
	);
	expectNoProblems(problems);
});

test('a tab hidden when time runs out shows the submitted exam as soon as it is visible again', async () => {
	const { page, problems } = await openPage('/exam/');
	await page.clock.install();
	await page.reload();
	await waitForIslands(page);
	await page.getByRole('button', { name: 'Start exam' }).click();
	await expect.poll(() => heading(page).textContent()).toBe('Question 1 of 20');
	await answerExam(page);
	const setVisibility = (state: 'hidden' | 'visible') =>
		page.evaluate((s) => {
			Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
			document.dispatchEvent(new Event('visibilitychange'));
		}, state);
	// Timers stop (as in a frozen background tab); then the wall clock passes the deadline
	// without any timer firing, so only the return to the tab can notice.
	await page.clock.pauseAt(Date.now() + 1000);
	await setVisibility('hidden');
	await page.clock.setSystemTime(Date.now() + 45 * 60_000);
	await expect(page.getByRole('heading', { name: /Score report/ }).count()).resolves.toBe(0);
	await setVisibility('visible');
	await expect.poll(() => page.getByRole('heading', { name: /Score report/ }).count()).toBe(1);
	await expect(
		page
			.getByText('Time ran out, so the exam was submitted automatically at the deadline.')
			.count(),
	).resolves.toBe(1);
	await expect(page.getByText(/1 of 20 right|0 of 20 right/).count()).resolves.toBe(1);
	expectNoProblems(problems);
});

test('a second tab shows that the exam runs elsewhere instead of starting a second clock', async () => {
	const { page, problems } = await openPage('/exam/');
	await page.getByRole('button', { name: 'Start exam' }).click();
	await expect.poll(() => heading(page).textContent()).toBe('Question 1 of 20');
	const second = await page.context().newPage();
	await second.goto(page.url());
	await waitForIslands(second);
	await expect
		.poll(() =>
			second.getByRole('heading', { name: 'This exam is running in another tab' }).count(),
		)
		.toBe(1);
	await expect(second.getByRole('timer').count()).resolves.toBe(0);
	// Taking over stops the first tab's clock.
	await second.getByRole('button', { name: 'Continue in this tab' }).click();
	await expect
		.poll(() => page.getByRole('heading', { name: 'This exam is running in another tab' }).count())
		.toBe(1);
	expectNoProblems(problems);
});

test('progress: export, reset and import restore the history; a bad file is refused with the reason', async () => {
	const { page, problems } = await openPage('/exam/');
	await page.getByRole('button', { name: 'Start exam' }).click();
	await expect.poll(() => heading(page).textContent()).toBe('Question 1 of 20');
	await answerExam(page);
	await page.getByRole('button', { name: 'Review answers' }).click();
	await page.getByRole('button', { name: 'Submit exam' }).click();
	await page.getByRole('button', { name: 'Yes, submit' }).click();
	await expect.poll(() => page.getByRole('heading', { name: /Score report/ }).count()).toBe(1);

	await page.goto(new URL('/progress/', page.url()).href);
	await waitForIslands(page);
	const rows = page.locator('.history-table tbody tr');
	await expect.poll(() => rows.count()).toBe(1);
	const firstRow = await rows.first().textContent();
	expect(await axe(page)).toEqual([]);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export progress' }).click(),
	]);
	// The browser is shared over a connection, so the download is saved here rather than read in place.
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'export-')), download.suggestedFilename());
	await download.saveAs(file);

	await page.getByRole('button', { name: 'Reset progress' }).click();
	await page
		.getByRole('dialog', { name: 'Delete all progress?' })
		.getByRole('button', { name: 'Yes, delete' })
		.click();
	await expect.poll(() => rows.count()).toBe(0);

	const input = page.locator('input[type="file"]');
	await input.setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"hello": 1}'),
	});
	await expect
		.poll(() =>
			page
				.getByText('Not imported, nothing changed: This is not an Endpoint Lab progress file.')
				.count(),
		)
		.toBe(1);
	await input.setInputFiles(file);
	await expect.poll(() => page.getByText('Progress imported.').count()).toBe(1);
	await expect.poll(() => rows.count()).toBe(1);
	await expect(rows.first().textContent()).resolves.toBe(firstRow);
	expectNoProblems(problems);
});

test.each(['/review/', '/progress/'])(
	'%s loads without errors and passes axe when empty',
	async (path) => {
		const { page, problems } = await openPage(path);
		await waitForIslands(page);
		await expect.poll(() => page.getByText(/Nothing due now|No exams yet/).count()).toBe(1);
		expect(await axe(page)).toEqual([]);
		expectNoProblems(problems);
	},
);

test('the custom exam form fits a phone and starts an exam on the chosen topic', async () => {
	const { page, problems } = await openPage('/exam/', { width: 375, height: 812 });
	await page.getByRole('radio', { name: 'Custom exam' }).check();
	await expect(hasHorizontalScroll(page)).resolves.toBe(false);
	await page.getByRole('checkbox', { name: 'monitoring' }).check();
	await page.getByRole('button', { name: 'Start exam' }).click();
	await expect.poll(() => heading(page).textContent()).toMatch(/^Question 1 of \d+$/);
	await expect(hasHorizontalScroll(page)).resolves.toBe(false);
	expectNoProblems(problems);
});

test('"Add 30 minutes" moves the clock on, survives a reload, and stops at the two-hour limit', async () => {
	const { page, problems } = await openPage('/exam/');
	await page.getByRole('button', { name: 'Start exam' }).click();
	await expect.poll(() => heading(page).textContent()).toBe('Question 1 of 20');
	const before = await secondsLeft(page);
	const add = page.getByRole('button', { name: 'Add 30 minutes' });
	await add.click();
	await expect.poll(() => secondsLeft(page)).toBeGreaterThanOrEqual(before + 30 * 60 - 3);
	await page.reload();
	await waitForIslands(page);
	await page.getByRole('button', { name: 'Resume exam' }).click();
	await expect.poll(() => secondsLeft(page)).toBeGreaterThanOrEqual(before + 30 * 60 - 5);
	for (let i = 0; i < 3; i++) await add.click();
	await expect.poll(() => add.count()).toBe(0);
	expect(await secondsLeft(page)).toBeGreaterThanOrEqual(before + 120 * 60 - 10);
	expectNoProblems(problems);
});
