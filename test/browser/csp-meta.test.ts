// Every built page carries a content security policy <meta> with no escape hatch: no
// 'unsafe-inline', 'unsafe-eval' or wildcard sources, scripts and objects locked down, and nothing
// inline placed before the policy (the <meta> only governs what follows it).
// Reads the HTML files of the served build; chromium's violation check is in all-pages.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';

const dist = inject('distDir');

/** Every .html file under `dir`, relative to it. */
function htmlFiles(dir: string, prefix = ''): string[] {
	return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const rel = path.join(prefix, entry.name);
		if (entry.isDirectory()) return htmlFiles(dir, rel);
		return entry.name.endsWith('.html') ? [rel] : [];
	});
}

const metaPattern = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/gi;

/** The page's CSP <meta> contents and where the first one starts (-1 when there is none). */
function readPolicy(html: string): { policies: string[]; index: number } {
	const matches = [...html.matchAll(metaPattern)];
	return { policies: matches.map((m) => m[1] ?? ''), index: matches[0]?.index ?? -1 };
}

/** The policy as directive name -> source list. */
function directives(policy: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) map.set(name.toLowerCase(), sources);
	}
	return map;
}

/** What is wrong with one page's policy, as readable lines (empty when it is sound). */
function problems(html: string): string[] {
	const { policies, index } = readPolicy(html);
	if (policies.length === 0) return ['no CSP <meta>'];
	const found: string[] = [];
	if (policies.length > 1) found.push(`${policies.length} CSP <meta> tags`);
	const policy = policies[0] ?? '';
	for (const token of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'"])
		if (policy.includes(token)) found.push(`contains ${token}`);
	const map = directives(policy);
	for (const [name, sources] of map) {
		if (sources.some((s) => s === '*' || s === 'http:' || s === 'https:'))
			found.push(`${name} allows any host`);
		if (/^(script|default)-src/.test(name) && sources.includes('data:'))
			found.push(`${name} allows data: scripts`);
	}
	if (!map.get('default-src')?.includes("'self'")) found.push("default-src is not 'self'");
	if (!map.has('script-src')) found.push('no script-src');
	if (map.get('object-src')?.join(' ') !== "'none'") found.push("object-src is not 'none'");
	if (!map.has('base-uri')) found.push('no base-uri');
	// Inline code above the <meta> runs unchecked; an external same-origin script is covered by
	// being first-party (the theme bootstrap must run before paint).
	const before = html.slice(0, index);
	if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(before)) found.push('inline <script> before the CSP');
	if (/<style[\s>]/i.test(before)) found.push('<style> before the CSP');
	if (/\son[a-z]+=/i.test(html)) found.push('inline event handler attribute');
	return found;
}

test('the build has pages to check', () => {
	expect(htmlFiles(dist).length).toBeGreaterThan(10);
});

test('every built page has a strict CSP <meta>', () => {
	const report = htmlFiles(dist).flatMap((file) =>
		problems(readFileSync(path.join(dist, file), 'utf8')).map((p) => `${file}: ${p}`),
	);
	expect(report.join('\n')).toBe('');
});

test('the checker catches what it is meant to catch', () => {
	const meta = (policy: string) =>
		`<head><meta http-equiv="content-security-policy" content="${policy}"></head>`;
	const sound =
		"default-src 'self'; script-src 'self' 'sha256-x'; object-src 'none'; base-uri 'self'";
	expect(problems(meta(sound))).toEqual([]);
	expect(problems('<head><title>x</title></head>')).toEqual(['no CSP <meta>']);
	expect(problems(meta(`${sound}; style-src 'self' 'unsafe-inline'`))).toContain(
		"contains 'unsafe-inline'",
	);
	expect(problems(meta(sound.replace("'self' 'sha256-x'", "'self' 'unsafe-eval'")))).toContain(
		"contains 'unsafe-eval'",
	);
	expect(problems(meta(`${sound}; img-src *`))).toContain('img-src allows any host');
	expect(problems(`<script>alert(1)</script>${meta(sound)}`)).toContain(
		'inline <script> before the CSP',
	);
	expect(problems(`${meta(sound)}<img src=x onerror="alert(1)">`)).toContain(
		'inline event handler attribute',
	);
});
