// `npm run audit`: known high or critical advisories in the installed dependencies.
// Exit 0: npm audit ran and found none. Exit 1: it found some (listed). Exit 2: npm audit could
// not run (offline, or a registry mirror without the advisory endpoint, which answers 405), so
// nothing was checked; CI decides whether that blocks. The installed versions of the direct
// dependencies are printed then, so they can be checked by hand against the advisory databases.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Severities that fail the check (npm's order: info < low < moderate < high < critical). */
const BLOCKING = new Set(['high', 'critical']);

/** Exit code when npm audit gave no answer, distinct from "advisories found". */
const NOT_CHECKED = 2;

const root = path.resolve(import.meta.dirname, '..');

/** Runs npm audit and returns its parsed JSON report, or the reason it produced none. */
function runAudit() {
	const npm = process.env.npm_execpath
		? { cmd: process.execPath, args: [process.env.npm_execpath] }
		: { cmd: 'npm', args: [] };
	const result = spawnSync(npm.cmd, [...npm.args, 'audit', '--audit-level=high', '--json'], {
		cwd: root,
		encoding: 'utf8',
		timeout: 120_000,
		maxBuffer: 64 * 1024 * 1024,
	});
	if (result.error) return { reason: result.error.message };
	let report;
	try {
		report = JSON.parse(result.stdout);
	} catch {
		const lastLine = result.stderr.trim().split('\n').at(-1);
		return { reason: `no JSON report (exit ${result.status}): ${lastLine ?? 'no output'}` };
	}
	// A failed request is reported as JSON too, with the HTTP status instead of vulnerabilities.
	if (!report || typeof report !== 'object' || !('vulnerabilities' in report)) {
		const detail = report?.error?.summary || report?.message || 'unexpected report shape';
		return { reason: report?.statusCode ? `${detail} (HTTP ${report.statusCode})` : detail };
	}
	return { report };
}

/** One line per vulnerable package at a blocking severity, with the advisories behind it. */
function blockingLines(report) {
	return Object.values(report.vulnerabilities)
		.filter((v) => BLOCKING.has(v.severity))
		.map((v) => {
			const advisories = v.via
				.filter((via) => typeof via === 'object')
				.map((via) => `${via.title} ${via.url ?? ''}`.trim());
			const through = v.via.filter((via) => typeof via === 'string');
			const why = advisories.length > 0 ? advisories.join('; ') : `via ${through.join(', ')}`;
			const fix = v.fixAvailable ? 'fix available' : 'no fix yet';
			return `${v.severity.padEnd(8)} ${v.name} ${v.range} (${v.isDirect ? 'direct' : 'indirect'}, ${fix}): ${why}`;
		});
}

/** The installed version of each direct dependency, for a manual advisory check. */
function directVersions() {
	const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
	const names = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
	return names.map((name) => {
		try {
			const file = path.join(root, 'node_modules', name, 'package.json');
			return `${name}@${JSON.parse(readFileSync(file, 'utf8')).version}`;
		} catch {
			return `${name} (not installed)`;
		}
	});
}

const { report, reason } = runAudit();
if (!report) {
	console.error(`npm audit could not run: ${reason} — dependencies NOT checked`);
	console.error(`Installed direct dependencies: ${directVersions().join(', ')}`);
	process.exit(NOT_CHECKED);
}
const counts = report.metadata?.vulnerabilities ?? {};
console.log(
	`npm audit: ${['critical', 'high', 'moderate', 'low'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ')}`,
);
const lines = blockingLines(report);
if (lines.length > 0) {
	console.log(`${lines.length} package(s) with high or critical advisories:`);
	for (const line of lines) console.log(`- ${line}`);
	process.exit(1);
}
console.log('No high or critical advisories.');
