// Every built page at desktop width, in the light and the dark theme: axe (WCAG 2.2 A/AA) finds
// nothing, and the page logs no console error, throws nothing and breaks no CSP rule. Pages are
// found by walking the served build, so a new lesson or page type (/teach/…) is checked without
// editing this file. Phone widths: all-pages-phone.test.ts; interactive states:
// all-pages-states.test.ts (split so the three run in parallel workers).
import { expect, inject, test } from 'vitest';
import { builtPages, checkEveryTheme, phonePages, urlStates } from './site-pages';

const pages = builtPages(inject('distDir'));

test('the walk finds every page type, each lesson and the 404 page', () => {
	for (const p of ['/', '/learn/', '/practice/', '/exam/', '/playground/', '/no-such-page/'])
		expect(pages).toContain(p);
	expect(pages.filter((p) => p.startsWith('/learn/')).length).toBeGreaterThan(5);
	for (const p of phonePages) expect([...pages, ...urlStates]).toContain(p);
});

checkEveryTheme(1280, [...pages, ...urlStates]);
