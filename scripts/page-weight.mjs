// `npm run weight [-- --dir D] [--only LABEL] [--verbose]`: serves a built site, loads every page type in Debian chromium and
// prints the JavaScript each one fetches (gzip KB) against its budget. Exits 1 when one is over.
// The same measurement runs as a test in test/browser/page-weight.test.ts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { pageBudgets } from './page-budgets.mjs';
import { measurePage, pageTypes } from './page-weight-measure.mjs';
import { startServer } from './serve.mjs';

const LAUNCH_ARGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
];

const flag = process.argv.indexOf('--dir');
const dist = path.resolve(
	flag >= 0 ? (process.argv[flag + 1] ?? 'dist') : (process.env['DIST_DIR'] ?? 'dist'),
);
const verbose = process.argv.includes('--verbose');
// `--only exam` measures just the pages whose label contains "exam".
const onlyFlag = process.argv.indexOf('--only');
const only = onlyFlag >= 0 ? (process.argv[onlyFlag + 1] ?? '') : '';
if (!existsSync(path.join(dist, 'index.html'))) {
	console.error(`weight: ${dist}/index.html is missing; build first (npx astro build).`);
	process.exit(1);
}

const server = await startServer({ dir: dist, port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
const rows = [];
let over = 0;
try {
	for (const spec of pageTypes(dist).filter((p) => p.label.includes(only))) {
		const weight = await measurePage(browser, server.url, spec);
		const budget = pageBudgets[spec.type];
		const ok = weight.gzipKB <= budget.scriptsKB && weight.wasmKB <= (budget.wasmKB ?? 0);
		if (!ok) over++;
		rows.push([
			spec.label,
			String(weight.scripts.length),
			weight.rawKB.toFixed(1),
			weight.gzipKB.toFixed(1),
			weight.wasmKB > 0 ? weight.wasmKB.toFixed(1) : '',
			`${budget.scriptsKB}${budget.wasmKB ? ` + ${budget.wasmKB} wasm` : ''}`,
			!ok ? 'OVER' : 'ok',
		]);
		if (verbose)
			for (const s of weight.scripts.toSorted((a, b) => b.gzip - a.gzip))
				console.log(`  ${spec.label}: ${(s.gzip / 1024).toFixed(1)} KB ${s.url}`);
	}
} finally {
	await browser.close();
	await server.close();
}

const head = ['page', 'scripts', 'raw KB', 'gzip KB', 'wasm gz KB', 'budget KB', 'verdict'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) =>
	`| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log(`JavaScript each page fetches (${dist})\n`);
console.log(line(head));
console.log(
	`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
);
for (const row of rows) console.log(line(row));
console.log(over === 0 ? '\nEvery page is within its budget.' : `\n${over} page(s) over budget.`);
process.exit(over === 0 ? 0 : 1);
