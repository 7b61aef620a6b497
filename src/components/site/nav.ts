/** One entry of the site's main navigation. */
export interface NavSection {
	href: `/${string}/`;
	label: string;
}

/** The main navigation, in reading order; a new section is one new row. */
export const navSections: readonly NavSection[] = [
	{ href: '/learn/', label: 'Learn' },
	{ href: '/practice/', label: 'Practice' },
	{ href: '/exam/', label: 'Exam' },
	{ href: '/playground/', label: 'Playground' },
	{ href: '/advisor/', label: 'Advisor' },
	{ href: '/limits/', label: 'Limits' },
];

/** The section a path belongs to (its first segment), so `/learn/x/` marks Learn as current. */
export function currentSection(pathname: string): NavSection | undefined {
	const first = pathname.split('/').find((segment) => segment !== '');
	return first === undefined ? undefined : navSections.find((s) => s.href === `/${first}/`);
}
