// The playground: a serverless vs real-time comparison, inline errors, URL state, and a long run
// that leaves the page responsive and can be cancelled.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoProblems, openPage, waitForIslands } from './browser';

const status = (page: Page) => page.getByRole('status').first().textContent();
/** The cell of a results-table row for configuration `column` (0 = A). */
async function cell(page: Page, row: string, column: number): Promise<string> {
	const tr = page
		.getByRole('table', { name: /Results of each configuration/ })
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: row, exact: true }) });
	return (await tr.getByRole('cell').nth(column).textContent()) ?? '';
}
const number = (text: string) => Number(text.replace(/[^0-9.]/g, '').replace(/^\./, '')) || 0;

async function waitForPlayground(page: Page) {
	await page.getByRole('button', { name: 'Run the simulation' }).waitFor();
}

test('serverless vs real-time on intermittent traffic: cold starts on one, idle cost on the other', async () => {
	const { page, problems } = await openPage('/playground/');
	await waitForPlayground(page);
	await page.getByRole('button', { name: 'A recommender used a few times a day' }).click();
	await expect(page.getByRole('combobox', { name: 'Traffic shape' }).inputValue()).resolves.toBe(
		'intermittent',
	);
	await page.getByRole('button', { name: 'Run the simulation' }).click();
	await expect.poll(() => status(page), { timeout: 20_000 }).toContain('Simulation finished');
	// The results are a lazy chunk: the table appears once it has loaded.
	const table = page.getByRole('table', { name: /Results/ });
	await table.waitFor();
	const header = await table.getByRole('columnheader').allTextContents();
	expect(header[1]).toContain('Serverless');
	expect(header[2]).toContain('Real-time');
	expect(number(await cell(page, 'Cold starts', 0))).toBeGreaterThan(0);
	expect(number(await cell(page, 'Cold starts', 1))).toBe(0);
	// Real-time pays for an instance that is idle nearly all day; serverless pays nothing idle.
	const idleRealTime = await cell(page, 'Spent on idle capacity', 1);
	expect(Number(/\((\d+(?:\.\d+)?)%\)/.exec(idleRealTime)?.[1])).toBeGreaterThan(90);
	expect(await cell(page, 'Spent on idle capacity', 0)).toMatch(/^\$0 \(0(\.0)?%\)/);
	// Charts have a text summary and a data table; the advisor's view is beside the numbers.
	await expect(
		page.getByRole('figure', { name: /Instances or warm environments/ }).textContent(),
	).resolves.toMatch(/A: .* to .*mean/);
	await expect(
		page.getByRole('complementary', { name: 'Advisor' }).textContent(),
	).resolves.toContain('recommends');
	await page.getByText('Configuration A: SageMaker Python SDK code').click();
	await expect(page.getByText('ServerlessInferenceConfig(').first().isVisible()).resolves.toBe(
		true,
	);
	expectNoProblems(problems);
});

test('an invalid memory size shows an inline error naming the allowed steps, and nothing runs', async () => {
	const { page, problems } = await openPage('/playground/');
	await waitForPlayground(page);
	const memory = page.getByRole('textbox', { name: 'Memory' });
	await memory.fill('1500');
	await page.getByRole('button', { name: 'Run the simulation' }).click();
	await expect.poll(() => memory.getAttribute('aria-invalid')).toBe('true');
	const errorId = ((await memory.getAttribute('aria-describedby')) ?? '')
		.split(' ')
		.find((id) => id.endsWith('-error'));
	expect(errorId).toBeDefined();
	await expect(page.locator(`[id="${errorId}"]`).textContent()).resolves.toMatch(
		/multiple of 1024/,
	);
	await expect(page.getByRole('table', { name: /Results/ }).count()).resolves.toBe(0);
	expectNoProblems(problems);
});

test('the setup lives in the URL, so a reload (or a shared link) restores it', async () => {
	const { page, problems } = await openPage('/playground/');
	await waitForPlayground(page);
	await page.getByRole('textbox', { name: 'Max concurrency' }).fill('7');
	await expect.poll(() => new URL(page.url()).searchParams.get('c0.maxConcurrency')).toBe('7');
	await page.reload();
	await waitForIslands(page);
	await waitForPlayground(page);
	await expect
		.poll(() => page.getByRole('textbox', { name: 'Max concurrency' }).inputValue())
		.toBe('7');
	expectNoProblems(problems);
});

test('a long run shows progress, keeps the page responsive, and can be cancelled', async () => {
	const { page, problems } = await openPage('/playground/');
	await waitForPlayground(page);
	// A week of steady traffic at 60 req/s on both configurations: several seconds of work.
	await page.getByRole('combobox', { name: 'Traffic shape' }).selectOption('steady');
	await page.getByRole('textbox', { name: 'Requests per second' }).fill('60');
	await page.getByRole('textbox', { name: 'Simulated time' }).fill('168');
	await page.getByRole('textbox', { name: 'Max concurrency' }).fill('200');
	await page.getByRole('textbox', { name: 'Instances', exact: true }).fill('20');
	await page.getByRole('button', { name: 'Run the simulation' }).click();
	await page.getByRole('progressbar').waitFor();
	// While the worker runs, the main thread answers timers promptly.
	const worstDelay = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let worst = 0;
				let last = performance.now();
				let n = 0;
				const tick = () => {
					const now = performance.now();
					worst = Math.max(worst, now - last - 20);
					last = now;
					if (++n < 25) setTimeout(tick, 20);
					else resolve(worst);
				};
				setTimeout(tick, 20);
			}),
	);
	// On the main thread this run would block for seconds at once; in the worker, timers only see
	// scheduling noise (the bound is loose because other processes share the two cores).
	expect(worstDelay).toBeLessThan(1000);
	await expect(page.getByRole('progressbar').isVisible()).resolves.toBe(true);
	await expect.poll(() => page.getByRole('progressbar').getAttribute('value')).not.toBe('0');
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect.poll(() => status(page)).toContain('Simulation cancelled');
	await expect(page.getByRole('button', { name: 'Run the simulation' }).isEnabled()).resolves.toBe(
		true,
	);
	expectNoProblems(problems);
});

test('a malformed trace is rejected with its line and reason; a good one is replayed', async () => {
	const { page, problems } = await openPage('/playground/');
	await waitForPlayground(page);
	const upload = page.getByLabel('Or replay a recorded trace (CSV)');
	await upload.setInputFiles({
		name: 'bad.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('timestamp\n0\n5\n3\n'),
	});
	await expect.poll(() => upload.getAttribute('aria-invalid')).toBe('true');
	await expect(page.locator('[id="workload-trace-error"]').textContent()).resolves.toMatch(
		/line 4: 3 is earlier/,
	);
	const arrivals = Array.from({ length: 50 }, (_, i) => String(i * 60)).join('\n');
	await upload.setInputFiles({
		name: 'good.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(`timestamp\n${arrivals}\n`),
	});
	await expect.poll(() => page.getByText('Replaying good.csv: 50 arrivals.').count()).toBe(1);
	await page.getByRole('button', { name: 'Run the simulation' }).click();
	await expect.poll(() => status(page), { timeout: 20_000 }).toContain('Simulation finished');
	// 50 arrivals one minute apart fit in the default 4 simulated hours.
	await expect(cell(page, 'Requests', 0)).resolves.toBe('50');
	expectNoProblems(problems);
});
