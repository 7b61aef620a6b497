// Instructor walkthroughs: the presenter steps with the keyboard and the URL hash follows (and
// survives a reload), an audience page in the same browser follows every step, reveal, blank and
// what-if change over BroadcastChannel, the what-if inputs fail gently, playground results and
// the Share link reach students, and axe passes on both views in both themes.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
	expectNoAxeViolations,
	expectNoProblems,
	hasHorizontalScroll,
	openPage,
	siteURL,
	type PageProblems,
} from './browser';

const PRESENT = '/teach/choosing-an-endpoint/';
const AUDIENCE = '/teach/choosing-an-endpoint/audience/';

/** Waits until the island has read the hash (server HTML always shows step 1). */
const ready = (page: Page) => page.locator('.wt-root[data-ready]').waitFor();
const hash = (page: Page) => page.evaluate(() => window.location.hash);
const stageTitle = (page: Page) => page.locator('.wt-stage .wt-title').textContent();
const eliminations = (page: Page) => page.locator('.wt-stage .wt-eliminations > li').count();
const answer = (page: Page) => page.locator('.wt-stage .wt-answer-title').textContent();
const blank = (page: Page) => page.locator('.wt-stage').getAttribute('data-blank');

async function present(path = PRESENT, colorScheme: 'light' | 'dark' = 'light') {
	const opened = await openPage(path, { colorScheme });
	await ready(opened.page);
	return opened;
}

/** Opens the audience page in the presenter's browser context, recording its problems too. */
async function openAudience(presenter: Page, problems: PageProblems, path = AUDIENCE) {
	const audience = await presenter.context().newPage();
	audience.on('pageerror', (e) => problems.pageErrors.push(`audience: ${e.message}`));
	audience.on('console', (m) => {
		if (m.type() === 'error') problems.consoleErrors.push(`audience: ${m.text()}`);
	});
	await audience.goto(siteURL(path));
	await ready(audience);
	return audience;
}

/** Presses → until the answer shows (at most `max` times). */
async function revealAll(page: Page, max = 12) {
	for (let i = 0; i < max && (await page.locator('.wt-stage .wt-answer').count()) === 0; i++)
		await page.keyboard.press('ArrowRight');
}

describe('presenter keys and the #step hash', () => {
	test('each key moves as documented and the hash names the step', async () => {
		const { page, problems } = await present();
		expect(await hash(page)).toBe('#step-1');
		const steps: [string, string][] = [
			['ArrowRight', '#step-2'],
			['Space', '#step-3'],
			['PageDown', '#step-4'],
			['ArrowLeft', '#step-3'],
			['ArrowRight', '#step-4'],
			['End', '#step-15'],
			['ArrowRight', '#step-15'],
			['Home', '#step-1'],
			['ArrowLeft', '#step-1'],
		];
		for (const [key, expected] of steps) {
			await page.keyboard.press(key);
			await expect.poll(() => hash(page), { message: `after ${key}` }).toBe(expected);
		}
		await expect.poll(() => page.getByText('Step 1 of 15', { exact: true }).count()).toBe(1);
		expectNoProblems(problems);
	});

	test('a scenario reveals one elimination per press, then the answer, then moves on', async () => {
		const { page, problems } = await present(`${PRESENT}#step-4`);
		expect(await stageTitle(page)).toBe('Nightly invoice scoring');
		expect(await eliminations(page)).toBe(0);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => eliminations(page)).toBe(1);
		expect(await hash(page)).toBe('#step-4');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => eliminations(page)).toBe(2);
		// The elimination names the limit with its value and links to its row on the Limits page.
		const link = page.locator('.wt-stage .wt-eliminations a').first();
		expect(await link.textContent()).toMatch(/^Limit: .+\(\d+ MB\)$/);
		expect(await link.getAttribute('href')).toBe('/limits/#realtime.maxPayloadMB');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => answer(page)).toBe('Recommended: Batch transform');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => hash(page)).toBe('#step-5');
		// Back returns to the scenario with its answer still shown, as slide tools do.
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => answer(page)).toBe('Recommended: Batch transform');
		expectNoProblems(problems);
	});

	test('reload lands on the same step; bad hashes clamp', async () => {
		const { page, problems } = await present(`${PRESENT}#step-6`);
		await page.keyboard.press('ArrowRight'); // a reveal
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => hash(page)).toBe('#step-14');
		await page.reload();
		await ready(page);
		expect(await hash(page)).toBe('#step-14');
		expect(await stageTitle(page)).toBe('The outcome: a real-time endpoint');
		await page.goto(siteURL(`${PRESENT}#step-99`));
		await ready(page);
		await expect.poll(() => hash(page)).toBe('#step-15');
		// A hand-edited hash moves the presentation (hashchange).
		await page.evaluate(() => (window.location.hash = '#step-2'));
		await expect.poll(() => stageTitle(page)).toBe('Start: somebody needs predictions');
		await page.evaluate(() => (window.location.hash = '#nonsense'));
		await expect.poll(() => hash(page)).toBe('#step-1');
		expectNoProblems(problems);
	});

	test('a presenter reload also keeps the reveals and what-if inputs of that step', async () => {
		const { page, problems } = await present(`${PRESENT}#step-4`);
		await page.getByLabel('Payload (MB)').fill('7');
		// Leave the input (its keys are its own), then move away and back by hash.
		await page.locator('.wt-stage .wt-title').click();
		await page.keyboard.press('End');
		await page.keyboard.press('Home');
		await page.evaluate(() => (window.location.hash = '#step-4'));
		await expect.poll(() => stageTitle(page)).toBe('Nightly invoice scoring');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => eliminations(page)).toBe(2);
		await page.reload();
		await ready(page);
		expect(await eliminations(page)).toBe(2);
		expect(await page.getByLabel('Payload (MB)').inputValue()).toBe('7');
		// A link to another step starts that step fresh.
		await page.goto(siteURL(`${PRESENT}#step-6`));
		await ready(page);
		expect(await eliminations(page)).toBe(0);
		expectNoProblems(problems);
	});

	test('F puts the walkthrough in full screen and Esc leaves full screen, not the page', async () => {
		const { page, problems } = await present(`${PRESENT}#step-2`);
		const full = () => page.evaluate(() => document.fullscreenElement?.className ?? '');
		await page.keyboard.press('f');
		await expect.poll(full).toContain('wt-root');
		expect(
			await page.getByRole('button', { name: /Full screen/ }).getAttribute('aria-pressed'),
		).toBe('true');
		await page.keyboard.press('Escape');
		await expect.poll(full).toBe('');
		// Keys are handled in order: once the next key (Home) has moved the walkthrough, the Esc before
		// it has been handled too, and had it left the page there would be nothing to move.
		await page.keyboard.press('Home');
		await expect.poll(() => new URL(page.url()).hash).toBe('#step-1');
		expect(new URL(page.url()).pathname).toBe(PRESENT);
		expectNoProblems(problems);
	});

	test('B blanks and unblanks; keys do nothing while typing in a what-if box', async () => {
		const { page, problems } = await present(`${PRESENT}#step-4`);
		await page.keyboard.press('b');
		await expect.poll(() => blank(page)).toBe('true');
		await expect.poll(() => page.locator('.wt-console .wt-blank-note').count()).toBe(1);
		await page.keyboard.press('b');
		await expect.poll(() => blank(page)).toBeNull();
		const payload = page.getByLabel('Payload (MB)');
		await payload.fill('');
		await payload.pressSequentially('5b');
		await payload.press('ArrowRight');
		await payload.press('ArrowLeft');
		await payload.press('Space');
		expect(await hash(page)).toBe('#step-4');
		expect(await blank(page)).toBeNull();
		expect(await payload.inputValue()).toBe('5 b');
		expectNoProblems(problems);
	});

	test('on-screen buttons move too, and Leave goes back to the list', async () => {
		const { page, problems } = await present();
		await page.getByRole('button', { name: /Next/ }).click();
		await expect.poll(() => hash(page)).toBe('#step-2');
		await page.getByRole('button', { name: /Back/ }).click();
		await expect.poll(() => hash(page)).toBe('#step-1');
		expect(await page.getByRole('button', { name: /Back/ }).isDisabled()).toBe(true);
		const box = await page.getByRole('button', { name: /Next/ }).boundingBox();
		expect(box?.height).toBeGreaterThanOrEqual(24);
		expect(box?.width).toBeGreaterThanOrEqual(24);
		// Hiding the console (single screen) lasts across a reload.
		const notes = () => page.getByRole('heading', { name: 'Speaker notes' }).count();
		expect(await notes()).toBe(1);
		await page.getByRole('button', { name: 'Notes and clock' }).click();
		await expect.poll(notes).toBe(0);
		await page.reload();
		await ready(page);
		expect(await notes()).toBe(0);
		expect(
			await page.getByRole('button', { name: 'Notes and clock' }).getAttribute('aria-pressed'),
		).toBe('false');
		await page.keyboard.press('Escape');
		await page.waitForURL(siteURL('/teach/'));
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Teach with walkthroughs',
		);
		expectNoProblems(problems);
	});
});

describe('live what-if', () => {
	test('a changed input flips the answer; bad input names the field; no option fits says why', async () => {
		const { page, problems } = await present(`${PRESENT}#step-8`);
		expect(await stageTitle(page)).toBe('Genome files at a research lab');
		await revealAll(page);
		expect(await answer(page)).toBe('Recommended: Asynchronous inference');
		const time = page.getByLabel('Processing time (s)');
		await time.fill('7200');
		await expect.poll(() => answer(page)).toBe('No inference option fits');
		expect(await page.locator('.wt-stage .wt-eliminations').textContent()).toContain(
			'Asynchronous inference:',
		);
		await time.fill('abc');
		await expect
			.poll(() => page.getByRole('alert').textContent())
			.toBe('Processing time (s): "abc" is not a number.');
		expect(await time.getAttribute('aria-invalid')).toBe('true');
		await time.fill('60');
		await expect.poll(() => answer(page)).toBe('Recommended: Asynchronous inference');
		await page.getByRole('button', { name: 'Back to the story’s numbers' }).click();
		await expect.poll(() => time.inputValue()).toBe('1200');
		expectNoProblems(problems);
	});
});

describe('audience window', () => {
	test('the audience follows step, reveal, blank and what-if changes, and shows no notes', async () => {
		const { page: presenter, problems } = await present(`${PRESENT}#step-3`);
		const audience = await openAudience(presenter, problems);
		// On opening it asked for the state and the presenter answered.
		await expect.poll(() => hash(audience)).toBe('#step-3');
		expect(await audience.getByText('Speaker notes').count()).toBe(0);
		await presenter.keyboard.press('ArrowRight');
		await expect.poll(() => stageTitle(audience)).toBe('Nightly invoice scoring');
		await expect.poll(() => hash(audience)).toBe('#step-4');
		await presenter.keyboard.press('ArrowRight');
		await expect.poll(() => eliminations(audience)).toBe(1);
		await revealAll(presenter);
		await expect.poll(() => answer(audience)).toBe('Recommended: Batch transform');
		await presenter.getByLabel('Caller').selectOption('notified');
		await expect.poll(() => answer(audience)).toBe('Recommended: Asynchronous inference');
		await expect.poll(() => audience.locator('.wt-stage .wt-changed').count()).toBeGreaterThan(0);
		// The audience sees values, not inputs.
		expect(await audience.locator('.wt-stage input, .wt-stage select').count()).toBe(0);
		await presenter.keyboard.press('b');
		await expect.poll(() => blank(audience)).toBe('true');
		await presenter.keyboard.press('b');
		await expect.poll(() => blank(audience)).toBeNull();
		expectNoProblems(problems);
	});

	test('"Open audience window" opens it at the current step; alone it moves with arrows', async () => {
		const { page: presenter, problems } = await present(`${PRESENT}#step-5`);
		const [popup] = await Promise.all([
			presenter.waitForEvent('popup'),
			presenter.getByRole('button', { name: 'Open audience window' }).click(),
		]);
		await ready(popup);
		expect(new URL(popup.url()).pathname).toBe(AUDIENCE);
		await expect.poll(() => hash(popup)).toBe('#step-5');
		await presenter.close();
		await popup.keyboard.press('ArrowRight');
		await expect.poll(() => hash(popup)).toBe('#step-6');
		expectNoProblems(problems);
	});

	test('playground results reach the audience', async () => {
		const path = '/teach/autoscaling-and-cost/';
		const { page: presenter, problems } = await present(`${path}#step-2`);
		const audience = await openAudience(presenter, problems, `${path}audience/`);
		await expect.poll(() => hash(audience)).toBe('#step-2');
		const link = presenter.getByRole('link', { name: 'Open in the playground' });
		expect(await link.getAttribute('href')).toMatch(
			/^\/playground\/\?seed=1&.*c0\.option=serverless/,
		);
		await presenter.getByRole('button', { name: 'Run the simulation' }).click();
		const p99 = (page: Page) =>
			page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Latency p99' }) });
		await expect.poll(() => p99(presenter).count(), { timeout: 30_000 }).toBe(1);
		await expect.poll(() => p99(audience).count(), { timeout: 10_000 }).toBe(1);
		expect(await p99(audience).textContent()).toBe(await p99(presenter).textContent());
		expectNoProblems(problems);
	});
});

describe('share with students', () => {
	test('a scenario shares the advisor with the what-if workload; a lesson shares the audience page', async () => {
		const { page, problems } = await present(`${PRESENT}#step-4`);
		await page.getByLabel('Payload (MB)').fill('3');
		await page.getByRole('button', { name: 'Share' }).click();
		const share = page.getByRole('region', { name: 'Share with students' });
		const url = new URL((await share.getByRole('link').textContent()) ?? '');
		expect(url.origin).toBe(new URL(siteURL('/')).origin);
		expect(url.pathname).toBe('/advisor/');
		expect(url.searchParams.get('payload')).toBe('3');
		expect(url.searchParams.get('caller')).toBe('offline');
		expect(await share.getByRole('img', { name: 'QR code of the link' }).count()).toBe(1);
		await page.keyboard.press('Home');
		await expect
			.poll(() => share.getByRole('link').textContent())
			.toBe(siteURL(`${AUDIENCE}#step-1`));
		// The advisor opens on the shared workload.
		await page.keyboard.press('End');
		await page.goto(url.href);
		await expect
			.poll(() => page.getByRole('status').first().textContent())
			.toContain('Recommended');
		expectNoProblems(problems);
	});
});

describe('accessibility and layout', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe passes on the list of walkthroughs, ${colorScheme}`, async () => {
			const { page, problems } = await openPage('/teach/', { colorScheme });
			await expectNoAxeViolations(page);
			expectNoProblems(problems);
		});

		test(`axe passes on the presenter with the answer, console and Share shown, ${colorScheme}`, async () => {
			const { page, problems } = await present(`${PRESENT}#step-4`, colorScheme);
			await revealAll(page);
			await page.getByRole('button', { name: 'Share' }).click();
			await expectNoAxeViolations(page);
			expectNoProblems(problems);
		}, 60_000);

		test(`axe passes on the audience view of a diagram and a scenario, ${colorScheme}`, async () => {
			const { page, problems } = await openPage(`${AUDIENCE}#step-2`, { colorScheme });
			await ready(page);
			await expectNoAxeViolations(page);
			await page.keyboard.press('End');
			await page.keyboard.press('ArrowLeft');
			await page.keyboard.press('ArrowLeft');
			await revealAll(page);
			expect(await stageTitle(page)).toBe('An internal tool inside the company VPC');
			await expectNoAxeViolations(page);
			expectNoProblems(problems);
		}, 60_000);
	}

	test('a phone-width audience and presenter do not scroll sideways', async () => {
		for (const path of [`${AUDIENCE}#step-4`, `${PRESENT}#step-4`, '/teach/']) {
			const { page, problems } = await openPage(path, { width: 390, height: 844 });
			expect(await hasHorizontalScroll(page), path).toBe(false);
			expectNoProblems(problems);
		}
	}, 90_000);
});
