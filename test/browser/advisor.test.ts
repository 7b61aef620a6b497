// The Advisor island: presets, eliminations linked to the Limits page, inline errors, URL state.
import { expect, test } from 'vitest';
import { factHref } from '../../src/components/site/fact-anchor';
import type { Page } from 'playwright-core';
import { expectNoProblems, hasHorizontalScroll, openPage, waitForIslands } from './browser';

/** The advisor's polite announcement (the first status region; the hosting form has the second). */
const announcement = (page: Page) => page.getByRole('status').first().textContent();

test('the medical-images preset recommends asynchronous and rules out real-time and serverless by payload', async () => {
	const { page, problems } = await openPage('/advisor/');
	await page.getByRole('button', { name: '50 MB medical images, 45 s each' }).click();
	await expect.poll(() => announcement(page)).toContain('Recommended: Asynchronous inference');
	await expect(page.getByRole('region', { name: 'Asynchronous inference' }).count()).resolves.toBe(
		1,
	);
	const ruledOut = page.getByRole('region', { name: 'Ruled out' });
	for (const [option, factId] of [
		['Real-time inference', 'realtime.maxPayloadMB'],
		['Serverless inference', 'serverless.maxPayloadMB'],
	] as const) {
		const item = ruledOut.getByRole('listitem').filter({ hasText: option }).first();
		const link = item.getByRole('link', { name: /^Limit: / }).first();
		await expect(link.getAttribute('href')).resolves.toBe(factHref(factId));
	}
	// The form now shows the preset's values.
	await expect(page.getByRole('textbox', { name: 'Largest request' }).inputValue()).resolves.toBe(
		'50',
	);
	await expect(page.getByRole('radio', { name: /notified later/ }).isChecked()).resolves.toBe(true);
	expectNoProblems(problems);
});

test('the form state is in the URL, so reloading (or sharing the link) reproduces the answer', async () => {
	const { page, problems } = await openPage('/advisor/');
	await page.getByRole('button', { name: 'Fraud check during a card swipe' }).click();
	await expect.poll(() => announcement(page)).toContain('Recommended: Real-time inference');
	const url = new URL(page.url());
	expect(url.searchParams.get('payload')).toBe('0.01');
	expect(url.searchParams.get('latencyMs')).toBe('100');
	await page.reload();
	await waitForIslands(page);
	await expect.poll(() => announcement(page)).toContain('Recommended: Real-time inference');
	await expect(page.getByRole('textbox', { name: /Latency target/ }).inputValue()).resolves.toBe(
		'100',
	);
	expectNoProblems(problems);
});

test('a negative payload shows an error beside the field, naming it, and focuses it', async () => {
	const { page, problems } = await openPage('/advisor/');
	const payload = page.getByRole('textbox', { name: 'Largest request' });
	await payload.fill('-5');
	await page.getByRole('textbox', { name: 'Worst-case processing time' }).fill('1');
	await page.getByRole('button', { name: 'Show recommendation' }).click();
	await expect.poll(() => payload.getAttribute('aria-invalid')).toBe('true');
	const describedBy = (await payload.getAttribute('aria-describedby')) ?? '';
	const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
	expect(errorId).toBeDefined();
	const error = await page.locator(`[id="${errorId}"]`).textContent();
	expect(error).toContain('Largest request');
	expect(error).toContain('greater than 0');
	await page.waitForFunction(() => document.activeElement?.id === 'payload');
	await expect.poll(() => announcement(page)).toContain('Check the form');
	expectNoProblems(problems);
});

test('keyboard only: type the workload, choose options with arrows and submit with Enter', async () => {
	const { page, problems } = await openPage('/advisor/');
	await page.getByRole('textbox', { name: 'Largest request' }).focus();
	await page.keyboard.type('2');
	await page.keyboard.press('Tab'); // unit select
	await page.keyboard.press('Tab'); // processing time
	await page.keyboard.type('1');
	await page.keyboard.press('Tab'); // time unit
	await page.keyboard.press('Tab'); // caller radio group (first radio)
	await page.keyboard.press('ArrowDown'); // notified later
	await expect(page.getByRole('radio', { name: /notified later/ }).isChecked()).resolves.toBe(true);
	await page.keyboard.press('Tab'); // traffic radio group
	await page.keyboard.press('ArrowDown'); // spiky
	await page.getByRole('textbox', { name: 'Largest request' }).focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => announcement(page)).toContain('Recommended: Asynchronous inference');
	expectNoProblems(problems);
});

test('when no option fits, the advisor says so and lists every reason with its limit', async () => {
	const { page, problems } = await openPage(
		'/advisor/?payload=2&payloadUnit=GB&time=45&timeUnit=s&caller=notified&traffic=spiky',
	);
	await expect.poll(() => announcement(page)).toContain('No inference option fits');
	const reasons = page.getByRole('region', { name: 'Why each option is ruled out' });
	for (const option of ['Real-time inference', 'Serverless inference', 'Asynchronous inference'])
		await expect(reasons.getByText(option, { exact: true }).count()).resolves.toBe(1);
	await expect(
		reasons.getByRole('link', { name: /^Limit: / }).count(),
	).resolves.toBeGreaterThanOrEqual(3);
	expectNoProblems(problems);
});

test('the hosting form recommends a multi-model endpoint for many models on one framework', async () => {
	const { page, problems } = await openPage('/advisor/');
	await page.getByRole('textbox', { name: 'Number of models' }).fill('500');
	await page.getByRole('button', { name: 'Show hosting pattern' }).click();
	await expect
		.poll(() => page.getByRole('status').nth(1).textContent())
		.toBe('Hosting pattern: Multi-model endpoint.');
	await expect(
		page.getByRole('heading', { name: 'Multi-model endpoint', level: 4 }).count(),
	).resolves.toBe(1);
	await expect(page.getByRole('heading', { name: 'Other patterns' }).count()).resolves.toBe(1);
	expect(new URL(page.url()).searchParams.get('models')).toBe('500');
	await page.getByRole('textbox', { name: 'Number of models' }).fill('0');
	await page.getByRole('button', { name: 'Show hosting pattern' }).click();
	await expect(
		page.getByRole('textbox', { name: 'Number of models' }).getAttribute('aria-invalid'),
	).resolves.toBe('true');
	expectNoProblems(problems);
});

test('the advisor with results fits a phone screen', async () => {
	const { page, problems } = await openPage(
		'/advisor/?payload=50&payloadUnit=MB&time=45&timeUnit=s&caller=notified&traffic=intermittent',
		{
			width: 375,
			height: 812,
		},
	);
	await expect.poll(() => announcement(page)).toContain('Asynchronous');
	await expect(hasHorizontalScroll(page)).resolves.toBe(false);
	expectNoProblems(problems);
});
