// The cheat sheet shows values from the limits model and prints on one page.
import { expect, test } from 'vitest';
import { limits } from '../../src/engine/shipped-limits';
import { formatFact } from '../../src/engine/limits/format';
import { lookupFact } from '../../src/engine/limits/model';
import { keyLimits } from '../../src/pages/cheat-sheet/_rows';
import { expectNoProblems, hasHorizontalScroll, openPage } from './browser';

const value = (id: string) => formatFact(lookupFact(limits, id));

/** Pages in a PDF produced by chromium (each page object is written uncompressed). */
function pageCount(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('the requirement table and the key limits show values from the model', async () => {
	const { page, problems } = await openPage('/cheat-sheet/');
	const payloadRow = page.getByRole('row', { name: /Payload over/ });
	await expect(payloadRow.textContent()).resolves.toContain(value('realtime.maxPayloadMB'));
	await expect(payloadRow.getByRole('rowheader').textContent()).resolves.toBe('Asynchronous');
	for (const ids of Object.values(keyLimits))
		for (const id of ids) {
			const shown = page.locator(`.limits [data-fact="${id}"]`);
			await expect(shown.textContent()).resolves.toBe(value(id));
		}
	expectNoProblems(problems);
});

test('it prints on one A4 page and on one Letter page', async () => {
	const { page } = await openPage('/cheat-sheet/');
	await page.emulateMedia({ media: 'print' });
	for (const format of ['A4', 'Letter'])
		expect(pageCount(await page.pdf({ format, printBackground: false })), format).toBe(1);
});

test('it fits a phone screen without sideways scrolling of the page', async () => {
	const { page, problems } = await openPage('/cheat-sheet/', { width: 375, height: 800 });
	expect(await hasHorizontalScroll(page)).toBe(false);
	expectNoProblems(problems);
});
