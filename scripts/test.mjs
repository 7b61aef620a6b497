// `npm test`: every check and every test, then one plain summary line CI can read.
// Each check (format, lint, types, build, content) counts as one test; vitest adds its own counts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = '.vitest-report.json';
const steps = [
	['format', 'prettier', ['--check', '.', '--log-level', 'warn']],
	['lint', 'eslint', ['.', '--max-warnings', '0']],
	['types', 'astro', ['check', '--minimumSeverity', 'warning']],
	['build', 'npm', ['run', '--silent', 'build']],
	['chromium', 'node', ['scripts/ensure-chromium.mjs']],
];
if (existsSync('scripts/check-content.ts'))
	steps.splice(3, 0, ['content', 'tsx', ['scripts/check-content.ts']]);

let passed = 0;
let failed = 0;
const failures = [];
for (const [name, cmd, args] of steps) {
	console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
	const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
	if (status === 0) passed++;
	else {
		failed++;
		failures.push(name);
	}
}

console.log('\n▶ tests: vitest run (unit and browser projects)');
rmSync(report, { force: true });
const vitest = spawnSync(
	'vitest',
	['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
	{
		stdio: 'inherit',
	},
);
if (existsSync(report)) {
	const r = JSON.parse(readFileSync(report, 'utf8'));
	passed += r.numPassedTests;
	failed += r.numFailedTests;
	// A test file that crashed before its tests ran counts as one failure.
	failed += r.testResults.filter(
		(f) => f.status === 'failed' && f.assertionResults.length === 0,
	).length;
	if (r.numTotalTests === 0) {
		failed++;
		failures.push('vitest ran no test');
	}
} else {
	failed++;
}
if (vitest.status !== 0) failures.push('vitest');

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && vitest.status === 0 ? 0 : 1);
