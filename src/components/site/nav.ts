/** One entry of the site's main navigation. */
export interface NavSection {
	href: `/${string}/`;
	label: string;
}

/** The main sections, in reading order; shown in the header bar on wide screens. */
export const navSections: readonly NavSection[] = [
	{ href: '/learn/', label: 'Learn' },
	{ href: '/practice/', label: 'Practice' },
	{ href: '/exam/', label: 'Exam' },
	{ href: '/playground/', label: 'Playground' },
	{ href: '/advisor/', label: 'Advisor' },
	{ href: '/limits/', label: 'Limits' },
];

/** Tools and references, behind "More" on wide screens; a new page is one new row. */
export const moreSections: readonly NavSection[] = [
	{ href: '/search/', label: 'Search' },
	{ href: '/glossary/', label: 'Glossary' },
	{ href: '/cheat-sheet/', label: 'Cheat sheet' },
	{ href: '/exam-guide/', label: 'Exam guide' },
	{ href: '/review/', label: 'Review' },
	{ href: '/progress/', label: 'Progress' },
	{ href: '/teach/', label: 'Teach' },
];

/** The section a path belongs to (its first segment), so `/learn/x/` marks Learn as current. */
export function currentSection(pathname: string): NavSection | undefined {
	const first = pathname.split('/').find((segment) => segment !== '');
	return first === undefined
		? undefined
		: [...navSections, ...moreSections].find((s) => s.href === `/${first}/`);
}
