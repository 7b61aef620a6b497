// Storage that refuses: setItem throwing, storage full (QuotaExceededError) and storage disabled
// (reading localStorage throws). /progress/ once looped until "Maximum call stack size exceeded"
// when the lesson-progress save failed; now no page throws and the learner is told.
import { describe, expect, test } from 'vitest';
import {
	expectNoAxeViolations,
	expectNoProblems,
	newContext,
	recordProblems,
	siteURL,
	waitForIslands,
} from './browser';
import { breakages } from './storage-breakages';

async function brokenPage(path: string, breakage: () => void) {
	const context = await newContext();
	await context.addInitScript(breakage);
	const page = await context.newPage();
	const problems = await recordProblems(page);
	await page.goto(siteURL(path));
	await waitForIslands(page);
	return { page, problems };
}

describe.each(Object.entries(breakages))('%s', (_label, breakage) => {
	test('/progress/ loads, changes a setting and says progress was not saved', async () => {
		const { page, problems } = await brokenPage('/progress/', breakage);
		await page.getByRole('heading', { name: 'Exam history' }).waitFor();
		await page.getByLabel(/Exam date/).fill('2027-01-15');
		await expect.poll(() => page.getByText(/Progress not saved/).count()).toBeGreaterThan(0);
		expect(await page.getByText(/could not be read/).count()).toBe(0);
		expectNoProblems(problems);
	});
});

test('a first visit to /progress/ says nothing about set-aside progress; axe passes', async () => {
	const context = await newContext();
	const page = await context.newPage();
	const problems = await recordProblems(page);
	await page.goto(siteURL('/progress/'));
	await waitForIslands(page);
	await page.getByRole('heading', { name: 'Exam history' }).waitFor();
	expect(await page.getByText(/set aside/).count()).toBe(0);
	await expectNoAxeViolations(page);
	expectNoProblems(problems);
});

// The 6 MB file crosses the shared browser's connection, which takes seconds on a busy machine.
test(
	'an import over 5 MB is refused at once with the reason; nothing changes',
	{ timeout: 90_000 },
	async () => {
		const context = await newContext();
		const page = await context.newPage();
		const problems = await recordProblems(page);
		await page.goto(siteURL('/progress/'));
		await waitForIslands(page);
		await page.getByRole('heading', { name: 'Exam history' }).waitFor();
		await page.locator('input[type="file"]').setInputFiles({
			name: 'big.json',
			mimeType: 'application/json',
			buffer: Buffer.alloc(6 * 1024 * 1024, ' '),
		});
		await expect
			.poll(() => page.getByText(/Not imported, nothing changed: The file is 6\.0 MB/).count())
			.toBe(1);
		await expectNoAxeViolations(page);
		expectNoProblems(problems);
	},
);
