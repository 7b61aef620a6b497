// No raw HTML from storage, an imported file or the URL reaches the page: script payloads planted
// there are shown as text or rejected, never run. The pages are opened with the CSP bypassed, so
// the test checks the escaping itself and not only the policy that would catch a slip.
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { getBrowser, siteURL, waitForIslands } from './browser';

/** Each payload sets `window.__xss` if any of it is ever parsed as HTML and run. */
const IMG = '<img src=x onerror="window.__xss=1">';
const BREAKOUT = '"><script>window.__xss=2</script><b onclick="window.__xss=3">';
const SVG = '<svg onload="window.__xss=4"></svg>';

/** What a page did with the planted payloads. */
interface Outcome {
	page: Page;
	dialogs: string[];
}

const opened: Page[] = [];
afterEach(async () => {
	for (const page of opened.splice(0)) await page.context().close();
});

/** Opens `path` with the CSP bypassed, after `storage` (key -> value) is put in localStorage. */
async function open(path: string, storage: Record<string, string> = {}): Promise<Outcome> {
	const context = await (await getBrowser()).newContext({ bypassCSP: true });
	const page = await context.newPage();
	opened.push(page);
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.addInitScript((entries) => {
		// Only before the first load: a reload must see what the page itself saved.
		if (sessionStorage.getItem('planted')) return;
		sessionStorage.setItem('planted', '1');
		for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
	}, storage);
	await page.goto(siteURL(path));
	await waitForIslands(page);
	return { page, dialogs };
}

/** Fails if any payload ran or left an element with an event-handler attribute in the DOM. */
async function expectNothingRan({ page, dialogs }: Outcome): Promise<void> {
	// An injected onerror/onload fires when its image or frame has finished loading: wait until
	// every one has, then for a task and a frame after that for the handlers to run.
	await page.waitForFunction(() => [...document.images].every((img) => img.complete));
	await page.evaluate(
		() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => done(null)))),
	);
	expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
	expect(dialogs).toEqual([]);
	const handlers = await page.evaluate(() =>
		[...document.querySelectorAll('*')]
			.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')))
			.map((el) => el.outerHTML.slice(0, 80)),
	);
	expect(handlers).toEqual([]);
	expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
}

/** A finished exam as the progress store saves it, with payloads where text is kept. */
function attempt(id: string, topic: string) {
	return {
		id,
		blueprint: 'quick',
		finishedAt: Date.parse('2026-11-01T10:00:00Z'),
		correct: 1,
		total: 2,
		scaled: 600,
		passed: false,
		reason: 'submitted',
		byTopic: [{ key: topic, correct: 1, total: 2 }],
		missed: [IMG],
		seen: [IMG, BREAKOUT],
	};
}

const progress = (attempts: unknown[]) => ({
	attempts,
	review: {},
	settings: { examDate: null, accommodation: 'standard' },
});

test('saved progress with HTML in its text is shown as text on /progress/', async () => {
	const saved = { state: progress([attempt('exam-1-1', IMG)]), version: 2 };
	const outcome = await open('/progress/', { 'endpoint-lab:progress': JSON.stringify(saved) });
	await expect.poll(() => outcome.page.getByText(IMG, { exact: true }).count()).toBeGreaterThan(0);
	await expectNothingRan(outcome);
});

test('an imported progress file with HTML in it is shown as text', async () => {
	const outcome = await open('/progress/');
	const file = {
		app: 'endpoint-lab-progress',
		version: 2,
		exportedAt: BREAKOUT,
		state: progress([attempt('exam-2-2', SVG)]),
	};
	await outcome.page.locator('input[type="file"]').setInputFiles({
		name: 'progress.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(file)),
	});
	await expect.poll(() => outcome.page.getByText(SVG, { exact: true }).count()).toBeGreaterThan(0);
	await expectNothingRan(outcome);
});

test('a saved exam with HTML as item and answer ids never runs it on /exam/', async () => {
	const now = Date.now();
	const exam = {
		version: 1,
		owner: BREAKOUT,
		exam: {
			id: 'exam-3-3',
			seed: 3,
			blueprint: {
				name: 'custom',
				count: 2,
				minutes: 10,
				topics: [IMG],
				kinds: ['single'],
				source: 'authored',
				only: 'all',
			},
			// Every id the record names is one of its items: otherwise it is set aside unread.
			itemIds: ['serverless-multi-blockers', IMG, SVG],
			answers: { 'serverless-multi-blockers': [IMG], [IMG]: BREAKOUT },
			flags: [SVG],
			position: 1,
			startedAt: now,
			deadline: now + 600_000,
			accommodation: 'standard',
		},
	};
	const outcome = await open('/exam/', { 'endpoint-lab:exam': JSON.stringify(exam) });
	// The unknown item id is refused with a notice; resuming anyway must not run anything either.
	await expect
		.poll(() => outcome.page.locator('main').innerText())
		.toMatch(/no longer on this site|set aside|could not be read/);
	await expectNothingRan(outcome);
	// Such an exam can only be discarded: no "Resume" next to the notice that it cannot continue.
	await expect(outcome.page.getByRole('button', { name: /^resume/i }).count()).resolves.toBe(0);
	await expect(outcome.page.getByRole('button', { name: /discard/i }).count()).resolves.toBe(1);
});

test('a lesson-progress record with an HTML slug is refused with a notice', async () => {
	const saved = { state: { done: { [IMG]: '2026-11-01T10:00:00.000Z' } }, version: 1 };
	const outcome = await open('/learn/', { 'endpoint-lab:lesson-progress': JSON.stringify(saved) });
	await expect
		.poll(() => outcome.page.getByRole('status').allInnerTexts())
		.toContainEqual(expect.stringContaining('could not be read'));
	await expectNothingRan(outcome);
	expect(await outcome.page.locator('main').innerText()).not.toContain(IMG);
});

/** Query strings that put each payload into every parameter the island reads. */
const queries: [string, string, Record<string, string>][] = [
	[
		'advisor',
		'/advisor/',
		{ payload: IMG, time: BREAKOUT, latencyMs: SVG, memoryGB: IMG, caller: IMG },
	],
	['practice question link', '/practice/', { q: IMG, lesson: BREAKOUT, seed: SVG, mode: IMG }],
	['practice seed link', '/practice/', { seed: '7', difficulty: BREAKOUT, mode: IMG }],
	[
		'playground',
		'/playground/',
		{
			seed: IMG,
			hours: BREAKOUT,
			payloadMB: SVG,
			caller: IMG,
			'c0.option': 'realtime',
			'c0.instanceType': IMG,
			'c0.instances': BREAKOUT,
		},
	],
	['search', '/search/', { q: IMG }],
];

test.each(queries)(
	'URL parameters of the %s page never run as HTML',
	async (_name, path, params) => {
		const outcome = await open(`${path}?${new URLSearchParams(params)}`);
		await expectNothingRan(outcome);
		// Submitting what the URL filled in must not run it either (the advisor answers on submit).
		const submit = outcome.page.getByRole('button', { name: /recommend|run|simulate/i }).first();
		if (await submit.isVisible().catch(() => false)) {
			await submit.click();
			await expectNothingRan(outcome);
		}
	},
);
