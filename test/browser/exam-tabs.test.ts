// One exam in two real tabs (two pages of one browser context, so they share localStorage and the
// BroadcastChannel), and a submit that a full storage refused: no answer and no attempt is lost.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
	answerExam,
	expectNoProblems,
	newContext,
	recordProblems,
	siteURL,
	waitForIslands,
} from './browser';

const heading = (page: Page) =>
	page.locator('.exam-question h2, .exam-review h2, .score-report h2').first();
const elsewhere = (page: Page) =>
	page.getByRole('heading', { name: 'This exam is running in another tab' });
const report = (page: Page) => page.getByRole('heading', { name: /Score report/ });
const answeredButtons = (page: Page) =>
	page.getByRole('button', { name: /^Question \d+, answered/ });

/** Answers saved in this browser for the running exam. */
const savedAnswers = (page: Page) =>
	page.evaluate(() => {
		const raw = localStorage.getItem('endpoint-lab:exam');
		return raw ? Object.keys(JSON.parse(raw).exam.answers).length : -1;
	});

async function open(page: Page) {
	const problems = await recordProblems(page);
	await page.goto(siteURL('/exam/'));
	await waitForIslands(page);
	return problems;
}

/** Two tabs of one browser on the exam page; the first has started a quick exam. */
async function twoTabs() {
	const ctx = await newContext();
	const a = await ctx.newPage();
	const b = await ctx.newPage();
	const problems = [await open(a)];
	await a.getByRole('button', { name: 'Start exam' }).click();
	await expect.poll(() => heading(a).textContent()).toBe('Question 1 of 20');
	return { a, b, problems, openB: async () => problems.push(await open(b)) };
}

/** Answers the question on screen and moves to the next one. */
async function answerAndNext(page: Page, n: number) {
	await expect.poll(() => heading(page).textContent()).toBe(`Question ${n} of 20`);
	await answerExam(page);
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect.poll(() => heading(page).textContent()).toBe(`Question ${n + 1} of 20`);
}

async function submit(page: Page) {
	await page.getByRole('button', { name: 'Review answers' }).click();
	await page.getByRole('button', { name: 'Submit exam' }).click();
	await page
		.getByRole('dialog', { name: 'Submit the exam now?' })
		.getByRole('button', { name: 'Yes, submit' })
		.click();
	await expect.poll(() => report(page).count()).toBe(1);
}

async function historyRows(page: Page) {
	await page.goto(siteURL('/progress/'));
	await waitForIslands(page);
	const rows = page.locator('.history-table tbody tr');
	await expect.poll(() => rows.count()).toBeGreaterThan(0);
	return rows.count();
}

test('continuing in a second tab keeps the answers the first tab gave meanwhile, turn after turn', async () => {
	const { a, b, problems, openB } = await twoTabs();
	await answerAndNext(a, 1);
	await openB();
	await expect.poll(() => elsewhere(b).count()).toBe(1);
	for (const n of [2, 3, 4]) await answerAndNext(a, n);
	await expect.poll(() => savedAnswers(a)).toBe(4);

	await b.getByRole('button', { name: 'Continue in this tab' }).click();
	await expect.poll(() => elsewhere(a).count()).toBe(1);
	await expect.poll(() => answeredButtons(b).count()).toBe(4);
	await expect.poll(() => savedAnswers(b)).toBe(4);
	// Tab B answers one more on the screen it had; then tab A takes its turn again.
	await b.getByRole('button', { name: 'Question 10, not answered' }).click();
	await expect.poll(() => heading(b).textContent()).toBe('Question 10 of 20');
	await answerExam(b);
	await expect.poll(() => savedAnswers(b)).toBe(5);

	await a.getByRole('button', { name: 'Continue in this tab' }).click();
	await expect.poll(() => elsewhere(b).count()).toBe(1);
	await expect.poll(() => answeredButtons(a).count()).toBe(5);
	await answerAndNext(a, 5);
	await expect.poll(() => savedAnswers(a)).toBe(6);
	problems.forEach(expectNoProblems);
}, 60_000);

test('a submit in one tab is final: the other tab shows the report, and history has it once', async () => {
	const { a, b, problems, openB } = await twoTabs();
	await answerAndNext(a, 1);
	await openB();
	await expect.poll(() => elsewhere(b).count()).toBe(1);
	await b.getByRole('button', { name: 'Continue in this tab' }).click();
	await expect.poll(() => elsewhere(a).count()).toBe(1);
	await submit(b);
	// Tab A follows without a click: no "Continue" can bring the exam back to life.
	await expect.poll(() => report(a).count()).toBe(1);
	await expect(elsewhere(a).count()).resolves.toBe(0);
	await a.reload();
	await waitForIslands(a);
	await expect.poll(() => report(a).count()).toBe(1);
	const finished = await a.evaluate(
		() => JSON.parse(localStorage.getItem('endpoint-lab:exam')!).exam.submittedAt,
	);
	expect(typeof finished).toBe('number');
	expect(await historyRows(a)).toBe(1);
	problems.forEach(expectNoProblems);
}, 60_000);

/** Fills localStorage until nothing more fits. */
const fillStorage = (page: Page) =>
	page.evaluate(() => {
		let i = 0;
		for (let size = 1 << 20; size >= 1; size >>= 1) {
			const chunk = 'x'.repeat(size);
			try {
				for (;;) localStorage.setItem(`junk-${i++}`, chunk);
			} catch {
				// Full at this chunk size: try a smaller one.
			}
		}
	});

const freeStorage = (page: Page) =>
	page.evaluate(() => {
		for (const key of Object.keys(localStorage))
			if (key.startsWith('junk-')) localStorage.removeItem(key);
	});

const notSaved = (page: Page) => page.getByText(/Progress not saved/);

test('a submit refused by full storage is recorded after space is freed and the page reloaded', async () => {
	const { a, problems } = await twoTabs();
	await answerAndNext(a, 1);
	await fillStorage(a);
	await submit(a);
	await expect.poll(() => notSaved(a).count()).toBe(1);
	await freeStorage(a);
	await a.reload();
	await waitForIslands(a);
	await expect.poll(() => report(a).count()).toBe(1);
	await expect(a.getByRole('button', { name: 'Resume exam' }).count()).resolves.toBe(0);
	expect(await historyRows(a)).toBe(1);
	problems.forEach(expectNoProblems);
}, 60_000);

test('a submit storage refused reads as finished after a reload while storage is still full', async () => {
	const { a, problems } = await twoTabs();
	await answerAndNext(a, 1);
	// Nothing more fits: only the marker's room, reserved at the start, takes the submit.
	await fillStorage(a);
	await submit(a);
	await expect.poll(() => notSaved(a).count()).toBe(1);
	await a.reload();
	await waitForIslands(a);
	await expect.poll(() => report(a).count()).toBe(1);
	await expect(a.getByRole('button', { name: 'Resume exam' }).count()).resolves.toBe(0);
	problems.forEach(expectNoProblems);
}, 60_000);
