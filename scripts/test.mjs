// `npm test`: every check and every test, then one plain summary line CI can read.
// `npm run test:quick` (`--quick`): content checks, unit tests and a browser smoke run of one page
// per type, for the inner loop.
//
// The checks run in two lanes at once: format, lint and the content check in one; the build, then
// `astro check`, in the other (both write .astro/, so they never overlap). The build is skipped
// when dist/ was built from exactly the current inputs (scripts/build-stamp.mjs). Then vitest runs
// the unit and browser projects (browser files in parallel, one shared chromium). Each check
// counts as one test; vitest adds its own counts. The time of every phase is printed at the end.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { buildIsCurrent, writeBuildStamp } from './build-stamp.mjs';

const quick = process.argv.includes('--quick');
const report = '.vitest-report.json';
const started = performance.now();
/** @type {{ name: string, seconds: number, ok: boolean, note?: string }[]} */
const phases = [];

/** Runs a command with its output buffered, printed whole when it ends (lanes do not interleave). */
function run(name, cmd, args) {
	const t0 = performance.now();
	return new Promise((resolve) => {
		const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		const out = [];
		child.stdout.on('data', (d) => out.push(d));
		child.stderr.on('data', (d) => out.push(d));
		child.on('error', (error) => out.push(Buffer.from(`${error.message}\n`)));
		child.on('close', (status) => {
			const seconds = (performance.now() - t0) / 1000;
			console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')} (${seconds.toFixed(1)} s)`);
			process.stdout.write(Buffer.concat(out));
			phases.push({ name, seconds, ok: status === 0 });
			resolve(status === 0);
		});
	});
}

/** Runs a lane's steps one after another; a failed step does not stop the next. */
async function lane(steps) {
	for (const step of steps) await step();
}

const content = () => run('content', 'tsx', ['scripts/check-content.ts']);
const build = async () => {
	if (buildIsCurrent()) {
		console.log('\n▶ build: skipped, dist/ was built from the current sources');
		phases.push({ name: 'build', seconds: 0, ok: true, note: 'current, skipped' });
		return;
	}
	if (await run('build', 'npm', ['run', '--silent', 'build'])) writeBuildStamp();
};

if (quick) {
	await Promise.all([lane([content]), lane([build])]);
} else {
	await Promise.all([
		lane([
			() => run('format', 'prettier', ['--check', '.', '--log-level', 'warn']),
			() => run('lint', 'eslint', ['.', '--max-warnings', '0']),
			content,
		]),
		lane([build, () => run('types', 'astro', ['check', '--minimumSeverity', 'warning'])]),
	]);
}
await run('chromium', 'node', ['scripts/ensure-chromium.mjs']);

let passed = phases.filter((p) => p.ok).length;
let failed = phases.filter((p) => !p.ok).length;
const failures = phases.filter((p) => !p.ok).map((p) => p.name);

const projects = quick ? ['unit', 'smoke'] : ['unit', 'browser'];
console.log(`\n▶ tests: vitest run (${projects.join(' and ')} projects)`);
rmSync(report, { force: true });
const t0 = performance.now();
const vitestStatus = await new Promise((resolve) => {
	const child = spawn(
		'vitest',
		[
			'run',
			...projects.flatMap((p) => ['--project', p]),
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${report}`,
		],
		{ stdio: 'inherit' },
	);
	child.on('close', resolve);
	child.on('error', () => resolve(1));
});
phases.push({ name: 'vitest', seconds: (performance.now() - t0) / 1000, ok: vitestStatus === 0 });

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
	// The slowest files, so the next change to the suite knows where its time goes.
	const slowest = r.testResults
		.map((f) => ({
			file: f.name.replace(`${process.cwd()}/`, ''),
			s: (f.endTime - f.startTime) / 1000,
		}))
		.toSorted((a, b) => b.s - a.s)
		.slice(0, 5);
	console.log('\nSlowest test files:');
	for (const { file, s } of slowest) console.log(`  ${s.toFixed(1).padStart(6)} s  ${file}`);
} else {
	failed++;
}
if (vitestStatus !== 0) failures.push('vitest');

console.log('\nPhase times (the two check lanes run at the same time):');
for (const p of phases)
	console.log(
		`  ${p.name.padEnd(9)} ${p.seconds.toFixed(1).padStart(6)} s  ${p.ok ? 'ok' : 'FAILED'}${p.note ? ` (${p.note})` : ''}`,
	);
console.log(
	`  ${'total'.padEnd(9)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`,
);

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && vitestStatus === 0 ? 0 : 1);
