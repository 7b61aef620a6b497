// What Lighthouse's SEO and best-practice audits look for, checked on every built page rather
// than the six it visits: language, a unique title and description, a canonical URL that names
// the page itself (or noindex instead), one h1, and images with alt text and dimensions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';

const dist = inject('distDir');

/** Every .html file under `dir`, relative to it, with `/` separators. */
function htmlFiles(dir: string, prefix = ''): string[] {
	return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return htmlFiles(dir, rel);
		return entry.name.endsWith('.html') ? [rel] : [];
	});
}

/** The site path a built file is served at (`learn/x/index.html` -> `/learn/x/`). */
const sitePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** The first capture of `pattern` in `html`, decoded enough to compare, or null. */
function first(html: string, pattern: RegExp): string | null {
	const value = pattern.exec(html)?.[1];
	return value === undefined ? null : value.replace(/&amp;/g, '&').replace(/&#39;/g, "'").trim();
}

const pages = htmlFiles(dist)
	.filter((file) => !file.startsWith('pagefind/'))
	.map((file) => ({ file, html: readFileSync(path.join(dist, file), 'utf8') }));

/** True for a page that asks search engines not to index it. */
const isNoindex = (html: string) => /<meta name="robots" content="[^"]*noindex/.test(html);

test('every page declares its language, viewport, title and description', () => {
	const report: string[] = [];
	for (const { file, html } of pages) {
		if (!/<html[^>]*\slang="en"/.test(html)) report.push(`${file}: no lang`);
		if (!/<meta name="viewport" content="width=device-width/.test(html))
			report.push(`${file}: no viewport`);
		const title = first(html, /<title>([^<]*)<\/title>/);
		if (!title || title.length < 5) report.push(`${file}: no title`);
		const description = first(html, /<meta name="description" content="([^"]*)"/);
		// Search engines cut long ones short, which is harmless; missing or stub ones are the bug.
		const short = !isNoindex(html) && (description?.length ?? 0) < 50;
		if (!description || short || description.length > 320)
			report.push(`${file}: description missing or not 50-320 characters (${description})`);
		const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
		if (h1s !== 1) report.push(`${file}: ${h1s} <h1> elements`);
	}
	expect(report.join('\n')).toBe('');
});

test('titles and descriptions are unique across indexable pages', () => {
	for (const name of ['title', 'description'] as const) {
		const pattern =
			name === 'title' ? /<title>([^<]*)<\/title>/ : /<meta name="description" content="([^"]*)"/;
		const seen = new Map<string, string>();
		const duplicates: string[] = [];
		for (const { file, html } of pages.filter((p) => !isNoindex(p.html))) {
			const value = first(html, pattern) ?? '';
			const other = seen.get(value);
			if (other) duplicates.push(`${file} and ${other} share the ${name} "${value}"`);
			seen.set(value, file);
		}
		expect(duplicates.join('\n')).toBe('');
	}
});

test('each indexable page names itself as canonical; the 404 page is noindex instead', () => {
	const report: string[] = [];
	for (const { file, html } of pages) {
		const canonical = first(html, /<link rel="canonical" href="([^"]*)"/);
		if (isNoindex(html)) {
			if (canonical) report.push(`${file}: noindex page with a canonical URL`);
			continue;
		}
		if (file === '404.html') report.push('404.html: not marked noindex');
		if (!canonical) report.push(`${file}: no canonical URL`);
		else if (!canonical.startsWith('https://') || new URL(canonical).pathname !== sitePath(file))
			report.push(`${file}: canonical ${canonical} is not ${sitePath(file)}`);
	}
	expect(report.join('\n')).toBe('');
});

test('every image has alt text and its dimensions (no layout shift)', () => {
	const report: string[] = [];
	for (const { file, html } of pages) {
		for (const img of html.match(/<img\b[^>]*>/g) ?? []) {
			const missing = ['alt=', 'width=', 'height='].filter((attr) => !img.includes(` ${attr}`));
			if (missing.length > 0)
				report.push(`${file}: ${img.slice(0, 80)} lacks ${missing.join(', ')}`);
		}
	}
	expect(report.join('\n')).toBe('');
});

test('robots.txt allows crawling and is served as text', async () => {
	expect(existsSync(path.join(dist, 'robots.txt'))).toBe(true);
	const response = await fetch(new URL('/robots.txt', inject('baseURL')));
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
	const text = await response.text();
	expect(text).toMatch(/^User-agent: \*$/m);
	expect(text).not.toMatch(/^Disallow: \/\s*$/m);
});
