// JavaScript budgets per page type (issue #8): each page is loaded in chromium, used the way a
// learner would where it matters (practice answered, exam started, search queried), and every
// script it fetched is gzipped and summed. `npm run weight` prints the same numbers as a table.
// The ceilings and where each comes from: scripts/page-budgets.mjs.
import { expect, inject, test } from 'vitest';
import { pageBudgets } from '../../scripts/page-budgets.mjs';
import { measurePage, pageTypes } from '../../scripts/page-weight-measure.mjs';
import { getBrowser } from './browser';

const specs = pageTypes(inject('distDir'));

test('every page type the build has is measured and has a budget', () => {
	const types = new Set(specs.map((s) => s.type));
	for (const type of ['home', 'lesson', 'practice-in-use', 'exam-started', 'playground'])
		expect(types.has(type), type).toBe(true);
	for (const type of types) expect(Object.keys(pageBudgets), type).toContain(type);
});

// Each measurement has its own browser context and spends most of its time waiting for the network
// to go quiet, so several run at once.
test.concurrent.for(specs.map((spec) => [spec.label, spec] as const))(
	'%s fetches no more JavaScript than its budget',
	{ timeout: 60_000 },
	async ([, spec], { expect }) => {
		const budget = pageBudgets[spec.type as keyof typeof pageBudgets];
		const weight = await measurePage(await getBrowser(), inject('baseURL'), spec);
		// The chunk list is in the message so a failure says what grew.
		const chunks = weight.scripts
			.toSorted((a, b) => b.gzip - a.gzip)
			.map((s) => `${(s.gzip / 1024).toFixed(1)} KB ${s.url}`)
			.join('\n');
		expect(
			weight.gzipKB,
			`${spec.label} scripts (gzip KB; budget: ${budget.why}):\n${chunks}`,
		).toBeLessThanOrEqual(budget.scriptsKB);
		const wasmBudget = 'wasmKB' in budget ? budget.wasmKB : 0;
		expect(weight.wasmKB, `${spec.label} wasm (gzip KB)`).toBeLessThanOrEqual(wasmBudget);
	},
);
