// One page of each type (and the lessons with the most markup) at phone width, in the light and
// the dark theme: axe finds nothing and the page logs, throws and blocks nothing.
import { checkEveryTheme, phonePages } from './site-pages';

checkEveryTheme(375, phonePages);
