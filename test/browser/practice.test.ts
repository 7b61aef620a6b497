// The practice page: a generated scenario from a shared seed, graded right and wrong with the
// limit-based explanation from the model, the what-if controls, and a keyboard-only session.
import { expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { choicesOf, generateScenario, gradeAnswer } from '../../src/engine/quiz';
import type { Question } from '../../src/schemas/question';
import { expectNoProblems, hasHorizontalScroll, openPage, waitForIslands } from './browser';

const practice = '/practice/';

/** The first seed whose scenario has a wrong option ruled out by a numeric limit (MB or s). */
/** The first generated scenario with a wrong option ruled out by a numeric limit (and `accept`). */
function limitScenario(accept: (q: ReturnType<typeof generateScenario>) => boolean = () => true) {
	for (let seed = 1; seed < 500; seed++) {
		const q = generateScenario(seed);
		if (!q.workload || !accept(q)) continue;
		const feedback = gradeAnswer(q, q.expected).feedback;
		const wrong = feedback.find(
			(f) => !f.correct && f.fact && / (MB|s)$/.test(f.fact.value) && f.scenarioValue,
		);
		if (wrong?.fact && wrong.scenarioValue)
			return { seed, q, wrong: { ...wrong, fact: wrong.fact, scenarioValue: wrong.scenarioValue } };
	}
	throw new Error('no seed with a numeric elimination');
}

async function open(path: string): Promise<Awaited<ReturnType<typeof openPage>>> {
	const opened = await openPage(path);
	await waitForIslands(opened.page);
	return opened;
}

const verdict = (page: Page) => page.locator('.verdict').textContent();

test('a wrong answer to a generated scenario shows the limit it breaks, its value and source', async () => {
	const { seed, q, wrong } = limitScenario();
	const { page, problems } = await open(`${practice}?seed=${seed}`);
	await expect.poll(() => page.locator('.story').textContent()).toBe(q.story);
	const label = choicesOf(q).find((c) => c.id === wrong.id)?.text ?? '';
	await page.getByRole('radio', { name: label }).check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect.poll(() => verdict(page)).toContain('Wrong');
	const chosen = page.locator('li.is-wrong');
	const text = (await chosen.textContent()) ?? '';
	expect(text).toContain('Your answer, but wrong');
	expect(text).toContain(wrong.fact.value);
	expect(text).toContain(`this scenario: ${wrong.scenarioValue}`);
	await expect(chosen.getByRole('link', { name: 'AWS source' }).getAttribute('href')).resolves.toBe(
		wrong.fact.url,
	);
	expect(new URL(page.url()).searchParams.get('seed')).toBe(String(seed));
	expectNoProblems(problems);
});

test('keyboard only: a number key picks the right answer, Enter checks, N moves on', async () => {
	const { seed, q } = limitScenario();
	const { page, problems } = await open(`${practice}?seed=${seed}`);
	await expect.poll(() => page.locator('.story').textContent()).toBe(q.story);
	const position = choicesOf(q).findIndex((c) => c.id === q.expected) + 1;
	await page.keyboard.press(String(position));
	const label = choicesOf(q)[position - 1]?.text ?? '';
	await expect(page.getByRole('radio', { name: label }).isChecked()).resolves.toBe(true);
	await page.keyboard.press('Enter');
	await expect.poll(() => verdict(page)).toContain('Right');
	await expect.poll(() => page.locator('.tally').textContent()).toContain('1 of 1 right');
	await page.keyboard.press('n');
	await expect
		.poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
		.toBe('Question 2 of 10');
	expect(new URL(page.url()).searchParams.get('seed')).toBe(String(seed + 1));
	await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('question-heading');
	expectNoProblems(problems);
});

test('what if: raising the payload past the winning option’s limit changes the answer', async () => {
	// A live caller: a stored archive stays with batch transform at any record size.
	const { seed, q } = limitScenario((s) => s.workload?.caller !== 'offline');
	const { page, problems } = await open(`${practice}?seed=${seed}`);
	await expect.poll(() => page.locator('.story').textContent()).toBe(q.story);
	await page.keyboard.press('1');
	await page.keyboard.press('Enter');
	await expect.poll(() => verdict(page)).toMatch(/Right|Wrong/);
	const panel = page.getByRole('region', { name: 'What if the workload changed?' });
	await expect(panel.textContent()).resolves.not.toContain('the answer changed');
	// 5000 MB is over every payload limit an endpoint has, so the answer must change.
	await panel.getByRole('spinbutton', { name: /Payload in MB/ }).fill('5000');
	await expect.poll(() => panel.textContent()).toMatch(/the answer changed|No option fits/);
	expect(q.workload?.payloadMB).toBeLessThan(5000);
	expectNoProblems(problems);
});

test('keyboard only from the setup form: start a written single-answer set and answer it', async () => {
	const { page, problems } = await open(practice);
	const start = page.getByRole('button', { name: 'Start practice' });
	await expect.poll(() => start.isEnabled()).toBe(true);
	await page.getByRole('radio', { name: 'Written questions' }).focus();
	await page.keyboard.press('Space');
	await page.getByRole('checkbox', { name: 'Single answer' }).focus();
	await page.keyboard.press('Space');
	await start.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => page.locator('.question-meta').textContent()).toContain('Single answer');
	await page.keyboard.press('2');
	await expect(page.getByRole('radio').nth(1).isChecked()).resolves.toBe(true);
	await page.keyboard.press('Enter');
	await expect.poll(() => verdict(page)).toMatch(/Right|Wrong/);
	// Every option is explained once the answer is checked.
	const options = await page.getByRole('radio').count();
	await expect(page.locator('.item-feedback').count()).resolves.toBe(options);
	expect(new URL(page.url()).searchParams.get('q')).toMatch(/^[a-z0-9-]+$/);
	expectNoProblems(problems);
});

// One page per test: each axe pass takes several seconds.
test.each(['setup', 'scenario'] as const)(
	'the %s view has no WCAG 2.2 AA violations, light or dark',
	async (view) => {
		const { seed } = limitScenario();
		const path = view === 'setup' ? practice : `${practice}?seed=${seed}`;
		const { page, problems } = await open(path);
		if (view === 'scenario') {
			await expect.poll(() => page.locator('.story').count()).toBe(1);
			await page.keyboard.press('1');
			await page.keyboard.press('Enter');
			await expect.poll(() => verdict(page)).toMatch(/Right|Wrong/);
		}
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(
				violations.map(
					(v) => `${scheme} ${path}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
				),
			).toEqual([]);
		}
		expectNoProblems(problems);
	},
);

test('keyboard only: an ordering question is solved with its Up buttons and graded right', async () => {
	const { page: probe } = await open(practice);
	const bank = (await probe.evaluate(() =>
		fetch('/practice/bank.json').then((r) => r.json()),
	)) as Question[];
	// Plain text (no {{fact:…}} placeholders), so the page shows exactly the authored words.
	const q = bank.find(
		(b): b is Extract<Question, { kind: 'ordering' }> =>
			b.kind === 'ordering' && !JSON.stringify(b).includes('{{'),
	);
	if (!q) throw new Error('the bank has no ordering question');
	const { page, problems } = await open(`${practice}?q=${q.id}`);
	const steps = page.locator('.step-list .step-text');
	await expect.poll(() => steps.count()).toBe(q.steps.length);
	for (const [target, step] of q.steps.entries()) {
		for (;;) {
			const order = await steps.allTextContents();
			const at = order.findIndex((t) => t === step.text);
			if (at <= target) break;
			await page.getByRole('button', { name: `Move “${step.text}” up` }).focus();
			await page.keyboard.press('Enter');
		}
	}
	await page.getByRole('button', { name: 'Check answer' }).focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => verdict(page)).toContain('Right');
	await expect(page.locator('.explanation').first().textContent()).resolves.toBe(q.explanation);
	expectNoProblems(problems);
});

test('a checked scenario fits a 360 px phone screen without sideways scrolling', async () => {
	const { seed } = limitScenario();
	const { page, problems } = await openPage(`${practice}?seed=${seed}`, {
		width: 360,
		height: 740,
	});
	await waitForIslands(page);
	await expect.poll(() => page.locator('.story').count()).toBe(1);
	await page.keyboard.press('1');
	await page.keyboard.press('Enter');
	await expect.poll(() => verdict(page)).toMatch(/Right|Wrong/);
	await expect(hasHorizontalScroll(page)).resolves.toBe(false);
	expectNoProblems(problems);
});

test('after answering, a scenario opens in the playground with its workload and recommended option', async () => {
	// A live caller: a stored archive stays with batch transform at any record size.
	const { seed, q } = limitScenario((s) => s.workload?.caller !== 'offline');
	const { page, problems } = await open(`${practice}?seed=${seed}`);
	await expect.poll(() => page.locator('.story').textContent()).toBe(q.story);
	await page.keyboard.press('1');
	await page.keyboard.press('Enter');
	const link = page.getByRole('link', { name: 'Open in playground' });
	const href = (await link.getAttribute('href')) ?? '';
	const query = new URL(href, page.url()).searchParams;
	expect(query.get('payloadMB')).toBe(String(q.workload?.payloadMB));
	expect(query.get('seconds')).toBe(String(q.workload?.processingSeconds));
	expect(query.get('c0.option')).toBe(q.expected);
	expectNoProblems(problems);
	await link.click();
	await page.waitForURL(/\/playground\//);
	await waitForIslands(page);
	await expect.poll(() => page.locator('#config-0-option').inputValue()).toBe(q.expected);
});
