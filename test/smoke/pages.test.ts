// `npm run test:quick`'s browser part: one page of each type loads with its islands hydrated, logs
// no console error, throws nothing, breaks no CSP rule and has no axe finding in the light theme.
// The full run (test/browser/) checks every page, both themes, phones and interactive states.
import { inject, test } from 'vitest';
import { expectNoAxeViolations, expectNoProblems, openPage } from '../browser/browser';
import { builtPages } from '../browser/site-pages';

const built = builtPages(inject('distDir'));
const firstUnder = (prefix: string) =>
	built.find((p) => p.startsWith(prefix) && p !== prefix) ?? prefix;

/** One path per page type; lessons and walkthroughs are found in the build. */
const pageTypes = [
	'/',
	'/learn/',
	firstUnder('/learn/'),
	'/glossary/',
	'/cheat-sheet/',
	'/exam-guide/',
	'/limits/',
	'/search/?q=serverless',
	'/practice/',
	'/exam/',
	'/playground/',
	'/advisor/',
	'/progress/',
	'/review/',
	'/teach/',
	firstUnder('/teach/'),
];

// Each page has its own context, so several load at once.
test.concurrent.for(pageTypes)(
	'%s loads cleanly',
	{ timeout: 60_000 },
	async (pathname, { expect }) => {
		const { page, problems } = await openPage(pathname);
		expect(await page.locator('h1').count()).toBe(1);
		await expectNoAxeViolations(page);
		expectNoProblems(problems);
		await page.context().close();
	},
);
