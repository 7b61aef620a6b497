// JavaScript budgets per page type: the gzip KB of every script a page fetches (wasm is counted
// apart). Issue #8 sets the ceilings for lessons, glossary, cheat sheet, limits, practice, exam and
// playground; the other pages get a ceiling a little above what they weigh now, so a regression
// fails `test/browser/page-weight.test.ts` instead of slipping in.
//
// Practice in use and the exam keep React (issue #12 withdrew issue #8's 80 KB target for them):
// their ceiling is what they weighed then, a little rounded up, so they cannot grow unnoticed.
// Lower a ceiling when a page gets lighter.

/**
 * @typedef {object} Budget
 * @property {number} scriptsKB Gzip KB of JavaScript the page may fetch (enforced).
 * @property {number} [wasmKB] Gzip KB of WebAssembly the page may fetch (search only).
 * @property {string} why Where the number comes from.
 */

/** Budgets keyed by page type (see `pageTypes` in scripts/page-weight-measure.mjs). */
export const pageBudgets = /** @type {const} @satisfies {Record<string, Budget>} */ ({
	home: { scriptsKB: 2, why: 'no island, theme script only (0.5 KB)' },
	'learning-path': { scriptsKB: 3, why: 'path marks script (1.6 KB)' },
	lesson: {
		scriptsKB: 3,
		why: 'issue #8: 0 KB beyond its islands; the only one is "Mark as done" (1.8 KB)',
	},
	glossary: { scriptsKB: 1, why: 'issue #8: no island, so the theme script only' },
	'cheat-sheet': { scriptsKB: 1, why: 'issue #8: no island, so the theme script only' },
	'exam-guide': {
		scriptsKB: 1,
		why: 'issue #18: a static map of the exam guide, theme script only',
	},
	limits: { scriptsKB: 1, why: 'issue #8: no island, so the theme script only' },
	search: { scriptsKB: 75, why: 'React + search island (69.6 KB)' },
	'search-in-use': {
		scriptsKB: 100,
		wasmKB: 62,
		why: 'plus Pagefind script (94.8 KB) and wasm (58.4 KB)',
	},
	advisor: { scriptsKB: 88, why: 'React + advisor engine and limits (83.6 KB)' },
	practice: { scriptsKB: 80, why: 'issue #8: practice pages at most 80 KB (72.1 KB)' },
	'practice-in-use': {
		scriptsKB: 100,
		why: 'React alone is 68.5; the session (quiz engine, scenario generator, advisor rules, limits, playground link) adds 29 (97.8 KB)',
	},
	exam: {
		scriptsKB: 117,
		why: 'React, and the start screen loads the session store with zod/mini and ts-fsrs, and the generator its draw needs (116.0 KB: the misconception wording moved to the report chunk, then issue 14 added the merge of two tabs, the end marker and the saved-exam checks)',
	},
	'exam-started': {
		scriptsKB: 126,
		why: 'the exam start screen plus the runner and the report (119.3 KB; 122.4 before issue 14; 124.3 with it)',
	},
	review: { scriptsKB: 112, why: 'React + exam views, ts-fsrs, generator (107.7 KB)' },
	progress: { scriptsKB: 98, why: 'React + progress store with zod/mini and ts-fsrs (94.2 KB)' },
	playground: {
		scriptsKB: 98,
		why: 'before a run: React and the form; the results (uPlot, advisor, SDK code) are a chunk fetched on the first run (93.5 KB; issue #8 allowed 130)',
	},
	'not-found': { scriptsKB: 1, why: 'static page, theme script only' },
	teach: { scriptsKB: 105, why: 'instructor walkthrough island (99.8 KB)' },
});
