// axe (WCAG 2.2 A and AA) on the learning pages, in both colour schemes and at phone width.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from 'vitest';
import { expectNoProblems, openPage } from './browser';

const paths = [
	'/learn/',
	'/learn/choosing/',
	'/learn/asynchronous/',
	'/glossary/',
	'/cheat-sheet/',
	'/search/?q=provisioned%20concurrency',
];

test.each(paths)(
	'%s has no axe violations in light and dark, desktop and phone',
	{ timeout: 120_000 },
	async (path) => {
		for (const width of [1280, 375]) {
			const { page, problems } = await openPage(path, { width });
			// Open every checkpoint answer and diagram text so hidden content is checked too.
			await page
				.locator('details')
				.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				const { violations } = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					.analyze();
				expect(
					violations.map(
						(v) =>
							`${scheme} ${width}px: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
					),
				).toEqual([]);
			}
			expectNoProblems(problems);
		}
	},
);
