// Pagefind search on the static build: the index is files under /pagefind/, queried in the
// browser by a small island; results render excerpts as text with <mark> highlights.
import { expect, test } from 'vitest';
import { expectNoProblems, openPage } from './browser';

async function search(query: string) {
	const { page, problems } = await openPage('/search/');
	await page.getByRole('searchbox', { name: 'Search lessons and glossary' }).fill(query);
	const results = page.locator('.search-results > li');
	await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
	const hrefs = await results
		.locator('a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	const marks = await page.locator('.search-results mark').allTextContents();
	return { page, problems, hrefs, marks };
}

test('search finds "provisioned concurrency" in the serverless lesson', async () => {
	const { problems, hrefs, marks } = await search('provisioned concurrency');
	expect(hrefs.some((href) => href.startsWith('/learn/serverless/'))).toBe(true);
	expect(marks.map((m) => m.toLowerCase())).toContain('provisioned');
	expectNoProblems(problems);
});

test('search finds "ApproximateBacklogSizePerInstance" in the asynchronous lesson', async () => {
	const { page, problems, hrefs } = await search('ApproximateBacklogSizePerInstance');
	expect(hrefs.some((href) => href.startsWith('/learn/asynchronous/'))).toBe(true);
	// The query is kept in the address, so a search can be shared or reloaded.
	expect(new URL(page.url()).searchParams.get('q')).toBe('ApproximateBacklogSizePerInstance');
	expectNoProblems(problems);
});

test('a search with no match says so', async () => {
	const { page, problems } = await openPage('/search/?q=zzqxjv');
	await expect
		.poll(() => page.getByRole('status').filter({ hasText: 'No results' }).count(), {
			timeout: 10_000,
		})
		.toBe(1);
	expectNoProblems(problems);
});
