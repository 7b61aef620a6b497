// Search reaches the lessons on deployment targets and on cost and operations (issue #18): terms
// that appear nowhere else on the site lead to their lesson.
import { expect, test } from 'vitest';
import { expectNoProblems, openPage } from './browser';

async function resultLinks(
	query: string,
): Promise<{ hrefs: string[]; problems: Parameters<typeof expectNoProblems>[0] }> {
	const { page, problems } = await openPage('/search/');
	await page.getByRole('searchbox', { name: 'Search lessons and glossary' }).fill(query);
	const results = page.locator('.search-results > li');
	await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
	const hrefs = await results
		.locator('a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	return { hrefs, problems };
}

test('search finds "Airflow" in the deployment-targets lesson', async () => {
	const { hrefs, problems } = await resultLinks('Airflow');
	expect(hrefs.some((href) => href.startsWith('/learn/deployment-targets/'))).toBe(true);
	expectNoProblems(problems);
});

test('search finds "Savings Plan" in the cost-and-operations lesson', async () => {
	const { hrefs, problems } = await resultLinks('Savings Plan');
	expect(hrefs.some((href) => href.startsWith('/learn/cost-and-operations/'))).toBe(true);
	expectNoProblems(problems);
});
