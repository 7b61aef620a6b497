// One page of each type (and the lessons with the most markup) at phone width, in the light and
// the dark theme: axe finds nothing, every target is 24×24 px or spaced, and the page logs,
// throws and blocks nothing. The first walkthrough is found in the build.
import { inject } from 'vitest';
import { builtPages, checkEveryTheme, phonePages } from './site-pages';

const walkthrough = builtPages(inject('distDir')).find(
	(p) => p.startsWith('/teach/') && p !== '/teach/' && !p.endsWith('/audience/'),
);

checkEveryTheme(375, [...phonePages, ...(walkthrough ? [walkthrough] : [])]);
