// The exam-guide map (/exam-guide/): every item in content/exam-guide is listed under its task,
// every "Learn" link lands on a heading that exists in the built lesson, and every "Practise" link
// opens that very question in practice.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { taskTitles } from '../../src/schemas/exam-guide';
import { loadExamGuideFiles } from '../../scripts/check-exam-guide';
import { expectNoProblems, openPage } from './browser';

const dist = inject('distDir');
const html = readFileSync(path.join(dist, 'exam-guide/index.html'), 'utf8');
const items = loadExamGuideFiles().raw.map(({ file, data }) => ({
	id: path.basename(file, '.yaml'),
	...(data as { task: keyof typeof taskTitles; questions: string[] }),
}));

test('every item is listed under its task, with its lesson links and one practice link per question', async () => {
	const { page, problems } = await openPage('/exam-guide/');
	for (const item of items) {
		const entry = page.locator(`li[id="${item.id}"]`);
		const section = entry.locator('xpath=ancestor::section[1]');
		await expect(section.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
			`Task ${item.task}: ${taskTitles[item.task]}`,
		);
		const practise = await entry
			.getByRole('link', { name: /^question \d+$/ })
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(practise, item.id).toEqual(item.questions.map((q) => `/practice/?q=${q}`));
	}
	expectNoProblems(problems);
});

test('every Learn link points at a heading that exists in the built lesson page', () => {
	const links = [...html.matchAll(/href="\/learn\/([a-z0-9-]+)\/#([a-z0-9-]+)"/g)];
	expect(links.length).toBeGreaterThanOrEqual(items.length);
	const missing = links.filter(([, lesson, id]) => {
		const page = readFileSync(path.join(dist, 'learn', lesson ?? '', 'index.html'), 'utf8');
		return !new RegExp(`<h[23][^>]* id="${id}"`).test(page);
	});
	expect(missing.map(([href]) => href)).toEqual([]);
});

test('a Practise link opens that question in practice', async () => {
	const { page, problems } = await openPage('/exam-guide/');
	const first = page
		.locator('li[id="deployment-target"]')
		.getByRole('link', { name: 'question 1' });
	await first.click();
	await page.waitForURL(/\/practice\/\?q=/);
	const id = new URL(page.url()).searchParams.get('q');
	expect(id).toBe(items.find((i) => i.id === 'deployment-target')?.questions[0]);
	await page.getByRole('button', { name: 'Check answer' }).waitFor();
	expectNoProblems(problems);
});
