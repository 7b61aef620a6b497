// The Limits page: one row per fact, with value, status, source, check date and study-guide notes.
import { expect, test } from 'vitest';
import { formatFact } from '../../src/engine/limits/format';
import { lookupFact } from '../../src/engine/limits/model';
import { limits } from '../../src/engine/shipped-limits';
import { factHref } from '../../src/components/site/fact-anchor';
import { expectNoProblems, openPage } from './browser';

const factId = 'serverless.maxPayloadMB';
const fact = lookupFact(limits, factId);

test('the serverless payload row shows its value, status, source, check date and guide note', async () => {
	const { page, problems } = await openPage('/limits/');
	const row = page.locator(`tr[id="${factId}"]`);
	await expect(row.getAttribute('id')).resolves.toBe(factId);
	await expect(row.getByRole('rowheader').textContent()).resolves.toContain(fact.label);
	// The value cell: 4 MB in the shipped model, formatted by the one formatter.
	expect(formatFact(fact)).toBe('4 MB');
	await expect(row.getByRole('cell', { name: '4 MB', exact: true }).count()).resolves.toBe(1);
	await expect(row.getByText('Confirmed').count()).resolves.toBe(1);
	const source = row.getByRole('link', { name: fact.source.title });
	await expect(source.getAttribute('href')).resolves.toBe(fact.source.url);
	await expect(row.locator(`time[datetime="${fact.checked}"]`).count()).resolves.toBe(1);
	const note = row.getByRole('note');
	await expect(note.textContent()).resolves.toContain('Study guides say:');
	await expect(note.textContent()).resolves.toContain(fact.guides?.claim ?? 'missing claim');
	await expect(note.textContent()).resolves.toContain('AWS docs say:');
	expectNoProblems(problems);
});

test('every fact of the model has exactly one row, in a table per group', async () => {
	const { page } = await openPage('/limits/');
	const ids = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.id));
	expect(ids.sort()).toEqual(Object.keys(limits.byId).sort());
	await expect(page.getByRole('table').count()).resolves.toBe(limits.groups.length);
	const toc = page.getByRole('navigation', { name: 'On this page' });
	for (const group of limits.groups)
		await expect(toc.getByRole('link', { name: group.title }).getAttribute('href')).resolves.toBe(
			`#${group.slug}`,
		);
});

test('a fact link from elsewhere lands on its row', async () => {
	const { page } = await openPage(factHref('async.maxPayloadMB'));
	const row = page.locator('tr[id="async.maxPayloadMB"]');
	await expect(row.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
	// Scrolling may be smooth, so wait for the row to come to rest inside the 800 px viewport.
	await expect.poll(async () => (await row.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
	await expect.poll(async () => (await row.boundingBox())?.y ?? 9999).toBeLessThan(800);
});

test('printing hides the site chrome, shows link URLs and keeps rows whole', async () => {
	const { page } = await openPage('/limits/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(false);
	await expect(page.getByRole('combobox', { name: 'Theme' }).isVisible()).resolves.toBe(false);
	const source = page.locator(`tr[id="${factId}"]`).getByRole('link', { name: fact.source.title });
	const after = await source.evaluate((el) => getComputedStyle(el, '::after').content);
	expect(after).toContain(fact.source.url);
	const breakInside = await page
		.locator(`tr[id="${factId}"]`)
		.evaluate((el) => getComputedStyle(el).breakInside);
	expect(breakInside).toBe('avoid');
});
