// Keyboard only (Tab, Shift+Tab, Enter, Space, arrows and the practice keys; no mouse) through
// practice, the exam and the playground; focus moves to the new question's heading and to the
// report; the exam's live region speaks only at the 15- and 5-minute marks, never every second.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoProblems, openPage, waitForIslands } from './browser';

/** The trimmed text (or accessible label) of the focused element. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		// A form control is named by its label; the practice options' key numbers are not part of it.
		const label = el instanceof HTMLInputElement ? el.labels?.[0] : null;
		const named = label?.querySelector('.key') ? label.lastElementChild : label;
		return (el?.getAttribute('aria-label') ?? named?.textContent ?? el?.textContent ?? '').trim();
	});

/** Presses `key` (Tab or Shift+Tab) until the focused element's text is `name`. */
async function tabTo(page: Page, name: string | RegExp, key = 'Tab', limit = 120): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press(key);
		const text = await focused(page);
		if (typeof name === 'string' ? text === name : name.test(text)) return;
	}
	throw new Error(`${key} never reached ${String(name)}`);
}

/** Tabs to the first answer control of the question on screen and answers it from the keyboard. */
async function answerByKeyboard(page: Page, scope: string): Promise<void> {
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const kind = await page.evaluate((s) => {
			const el = document.activeElement as HTMLInputElement | HTMLSelectElement | null;
			if (!el?.closest(s)) return 'outside';
			if (el instanceof HTMLInputElement) return el.type;
			return el.tagName.toLowerCase();
		}, scope);
		if (kind === 'radio' || kind === 'checkbox') return page.keyboard.press('Space');
		if (kind === 'select') return page.keyboard.press('ArrowDown');
		if (kind === 'button' && /Keep this order/.test(await focused(page)))
			return page.keyboard.press('Enter');
	}
	throw new Error(`no answer control in ${scope}`);
}

test(
	'practice by keyboard: choose a set, answer, read the feedback, go on',
	{
		timeout: 60_000,
	},
	async () => {
		const { page, problems } = await openPage('/practice/');
		// Generated scenarios always have radio options, so the path is the same on every run.
		await tabTo(page, /^Both$|^Written questions$|^Generated scenarios$/);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(
			page.getByRole('radio', { name: 'Generated scenarios' }).isChecked(),
		).resolves.toBe(true);
		await tabTo(page, 'Start practice');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.id))
			.toBe('question-heading');
		await expect(focused(page)).resolves.toMatch(/^Question 1 of \d+$/);
		await answerByKeyboard(page, '.question-card');
		await tabTo(page, 'Check answer');
		await page.keyboard.press('Enter');
		// The verdict takes focus so it is read out, then Shift+Tab goes back to Next question.
		await expect.poll(() => focused(page)).toMatch(/^(✓|✗) (Right|Wrong)/);
		await tabTo(page, 'Next question', 'Shift+Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => focused(page)).toMatch(/^Question 2 of \d+$/);
		// The shortcut keys: 1 picks the first option, Enter checks, N moves on.
		await page.keyboard.press('1');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.verdict').textContent()).toMatch(/Right|Wrong/);
		await page.keyboard.press('n');
		await expect.poll(() => focused(page)).toMatch(/^Question 3 of \d+$/);
		expectNoProblems(problems);
	},
);

test(
	'exam by keyboard: start, answer, flag, navigator, review, submit, report',
	{
		timeout: 60_000,
	},
	async () => {
		const { page, problems } = await openPage('/exam/');
		await tabTo(page, 'Start exam');
		await page.keyboard.press('Enter');
		// The Start button is gone, so focus goes to the first question rather than being lost.
		await expect.poll(() => focused(page)).toBe('Question 1 of 20');
		await answerByKeyboard(page, '.exam-question');
		await tabTo(page, 'Flag for review', 'Shift+Tab');
		await page.keyboard.press('Space');
		await expect(
			page.getByRole('button', { name: 'Flag for review' }).getAttribute('aria-pressed'),
		).resolves.toBe('true');
		await tabTo(page, 'Question 3, not answered');
		await page.keyboard.press('Enter');
		await expect.poll(() => focused(page)).toBe('Question 3 of 20');
		await tabTo(page, 'Previous question');
		await page.keyboard.press('Enter');
		await expect.poll(() => focused(page)).toBe('Question 2 of 20');
		await tabTo(page, 'Review answers');
		await page.keyboard.press('Enter');
		await expect.poll(() => focused(page)).toBe('Review your answers');
		await tabTo(page, 'Submit exam');
		await page.keyboard.press('Enter');
		// The confirm dialog is modal: focus is inside it, on its first button.
		await expect.poll(() => focused(page)).toBe('Yes, submit');
		await page.keyboard.press('Enter');
		await expect.poll(() => focused(page)).toBe('Score report');
		await expect(page.getByText(/of 20 right/).count()).resolves.toBe(1);
		expectNoProblems(problems);
	},
);

test('playground by keyboard: a preset, a run, the results', { timeout: 90_000 }, async () => {
	const { page, problems } = await openPage('/playground/');
	await tabTo(page, 'A recommender used a few times a day');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('combobox', { name: 'Traffic shape' }).inputValue()).resolves.toBe(
		'intermittent',
	);
	await tabTo(page, 'Run the simulation');
	await page.keyboard.press('Enter');
	const results = page.getByRole('heading', { name: 'Results', exact: true });
	await results.waitFor({ timeout: 60_000 });
	await expect(results.isVisible()).resolves.toBe(true);
	await expect(page.getByRole('table', { name: /Results/ }).isVisible()).resolves.toBe(true);
	expectNoProblems(problems);
});

test(
	'the exam announces time only at 15 and 5 minutes, never the running clock',
	{
		timeout: 90_000,
	},
	async () => {
		const { page, problems } = await openPage('/exam/');
		await page.clock.install();
		await page.reload();
		await waitForIslands(page);
		await page.getByRole('button', { name: 'Start exam' }).click();
		await page.getByRole('timer').waitFor();
		// The visible clock is not a live region, nor inside one.
		await expect(
			page
				.getByRole('timer')
				.evaluate((el) =>
					el.closest(
						'[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]',
					),
				),
		).resolves.toBeNull();
		// Record every text change inside any live region from here on.
		await page.evaluate(() => {
			const w = window as unknown as { __spoken: string[] };
			w.__spoken = [];
			const live =
				'[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
			const last = new Map<Element, string>();
			new MutationObserver((records) => {
				for (const r of records) {
					const node = r.target instanceof Element ? r.target : r.target.parentElement;
					const region = node?.closest(live);
					if (!region) continue;
					const text = region.textContent?.trim() ?? '';
					if (last.get(region) !== text && text !== '') w.__spoken.push(text);
					last.set(region, text);
				}
			}).observe(document.body, { subtree: true, childList: true, characterData: true });
		});
		const spoken = () =>
			page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
		const secondsLeft = async () =>
			((await page.getByRole('timer').textContent()) ?? '')
				.split(':')
				.map(Number)
				.reduce((sum, part) => sum * 60 + part, 0);

		// A minute of ticking, second by second: the clock moves, nothing is announced.
		const start = await secondsLeft();
		await page.clock.runFor(60_000);
		await expect.poll(secondsLeft).toBeLessThanOrEqual(start - 59);
		expect(await spoken()).toEqual([]);
		// Up to 20 s before the 15-minute mark, then tick across it.
		await page.clock.fastForward((start - 60 - 15 * 60 - 20) * 1000);
		await page.clock.runFor(40_000);
		await expect.poll(spoken).toEqual(['15 minutes left.']);
		await page.clock.fastForward((await secondsLeft()) * 1000 - 5 * 60_000 - 20_000);
		await page.clock.runFor(40_000);
		await expect.poll(spoken).toEqual(['15 minutes left.', '5 minutes left.']);
		// The last minutes tick by without another word until the end.
		await page.clock.runFor(60_000);
		expect(await spoken()).toEqual(['15 minutes left.', '5 minutes left.']);
		expectNoProblems(problems);
	},
);
