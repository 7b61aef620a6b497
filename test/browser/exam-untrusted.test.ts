// What other tabs send and what storage holds is untrusted: a malformed channel message is
// ignored, and a saved exam with impossible values is set aside instead of shown as if fine.
import { expect, test } from 'vitest';
import { expectNoProblems, openPage, siteURL, waitForIslands } from './browser';

const question1 = 'Question 1 of 20';

test('null and malformed messages on the exam channel are ignored', async () => {
	const { page, problems } = await openPage('/exam/');
	await page.getByRole('button', { name: 'Start exam' }).click();
	await expect.poll(() => page.locator('.exam-question h2').textContent()).toBe(question1);
	await page.evaluate(() => {
		const channel = new BroadcastChannel('endpoint-lab:exam');
		for (const message of [null, 7, 'claim', { type: 'who' }, { type: 'claim', examId: 1 }])
			channel.postMessage(message);
		channel.close();
	});
	// A message after them arrives after them: once its effect is seen, the others were handled.
	await page.evaluate(() => {
		const raw = localStorage.getItem('endpoint-lab:exam')!;
		const channel = new BroadcastChannel('endpoint-lab:exam');
		channel.postMessage({ type: 'claim', examId: JSON.parse(raw).exam.id, tab: 'other' });
		channel.close();
	});
	await expect
		.poll(() => page.getByRole('heading', { name: 'This exam is running in another tab' }).count())
		.toBe(1);
	expectNoProblems(problems);
});

test.each([
	['a deadline far beyond the time allowed', 'deadline'],
	['answers to questions the exam does not have', 'answers'],
])('a saved exam with %s is set aside with a notice, not offered to resume', async (_, field) => {
	const { page, problems } = await openPage('/exam/');
	await page.getByRole('button', { name: 'Start exam' }).click();
	await expect.poll(() => page.locator('.exam-question h2').textContent()).toBe(question1);
	// Edited from another page: the exam page saves its good copy when it is left.
	await page.goto(siteURL('/progress/'));
	await waitForIslands(page);
	await page.evaluate((field) => {
		const record = JSON.parse(localStorage.getItem('endpoint-lab:exam')!);
		if (field === 'deadline') record.exam.deadline = record.exam.startedAt + 9e12;
		else
			record.exam.answers = Object.fromEntries(
				Array.from({ length: 500 }, (_, i) => [`nope-${i}`, 'a']),
			);
		localStorage.setItem('endpoint-lab:exam', JSON.stringify(record));
	}, field);
	await page.goto(siteURL('/exam/'));
	await waitForIslands(page);
	await expect
		.poll(() => page.getByText(/A saved exam could not be read and was set aside/).count())
		.toBe(1);
	await expect(page.getByRole('heading', { name: 'Resume your exam?' }).count()).resolves.toBe(0);
	expectNoProblems(problems);
});
