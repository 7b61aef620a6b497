// A second presenter window is noticed by both; a rejected playground trace is not silently
// replaced by the form's traffic when Run is pressed.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoAxeViolations, expectNoProblems, openPage, siteURL } from './browser';

const PRESENT = '/teach/choosing-an-endpoint/';
const ready = (page: Page) => page.locator('.wt-root[data-ready]').waitFor();
const warning = (page: Page) =>
	page.getByRole('alert').filter({ hasText: 'Another presenter' }).count();

test('two presenter windows of one walkthrough both say so', { timeout: 90_000 }, async () => {
	const { page: first, problems } = await openPage(PRESENT);
	await ready(first);
	const second = await first.context().newPage();
	second.on('pageerror', (e) => problems.pageErrors.push(`second: ${e.message}`));
	await second.goto(siteURL(PRESENT));
	await ready(second);
	await expect.poll(() => warning(first)).toBe(1);
	await expect.poll(() => warning(second)).toBe(1);
	await expectNoAxeViolations(first);
	expectNoProblems(problems);
});

test('a rejected trace keeps its error and Run does not run the form traffic', async () => {
	const { page, problems } = await openPage('/playground/');
	await page.getByRole('button', { name: 'Run the simulation' }).waitFor();
	const upload = page.getByLabel('Or replay a recorded trace (CSV)');
	await upload.setInputFiles({
		name: 'bad.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('timestamp\n0\n5\n3\n'),
	});
	await expect.poll(() => upload.getAttribute('aria-invalid')).toBe('true');
	await page.getByRole('button', { name: 'Run the simulation' }).click();
	await expect.poll(() => page.getByText(/The trace was rejected/).count()).toBeGreaterThan(0);
	expect(await page.getByText('Simulation finished').count()).toBe(0);
	await expect(page.locator('[id="workload-trace-error"]').textContent()).resolves.toMatch(
		/line 4/,
	);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Remove the rejected trace' }).click();
	await expect.poll(() => page.locator('[id="workload-trace-error"]').count()).toBe(0);
	expectNoProblems(problems);
});
