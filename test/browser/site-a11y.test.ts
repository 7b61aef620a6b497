// Automated WCAG 2.2 AA checks (axe) on the site's own pages, in both colour schemes and with the
// advisor's dynamic states (an answer, an inline error) on screen.
import { describe, test } from 'vitest';
import { expectNoAxeViolations, openPage } from './browser';

const pages = [
	'/',
	'/limits/',
	'/advisor/',
	'/advisor/?payload=50&payloadUnit=MB&time=45&timeUnit=s&caller=notified&traffic=intermittent&models=3&sameFramework=0',
	'/advisor/?payload=-5&time=1',
	'/practice/',
	'/exam/',
	'/no-such-page/',
];

describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
	test.each(pages)('%s has no axe violations', async (pathname) => {
		const { page } = await openPage(pathname, { colorScheme });
		await expectNoAxeViolations(page);
	});
});
