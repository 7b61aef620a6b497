// JavaScript budgets per page type: the gzip KB of every script a page fetches (wasm is counted
// apart). Issue #8 sets the ceilings for lessons, glossary, cheat sheet, limits, practice, exam and
// playground; the other pages get a ceiling a little above what they weigh now, so a regression
// fails `test/browser/page-weight.test.ts` instead of slipping in.

/**
 * @typedef {object} Budget
 * @property {number} scriptsKB Gzip KB of JavaScript the page may fetch.
 * @property {number} [wasmKB] Gzip KB of WebAssembly the page may fetch (search only).
 * @property {string} why Where the number comes from.
 */

/** Budgets keyed by page type (see `pageTypes` in scripts/page-weight-measure.mjs). */
export const pageBudgets = /** @type {const} @satisfies {Record<string, Budget>} */ ({
	home: { scriptsKB: 2, why: 'no island; ceiling above today' },
	'learning-path': { scriptsKB: 4, why: 'progress marks only; ceiling above today' },
	lesson: { scriptsKB: 4, why: 'issue #8: 0 KB beyond its islands (the "Mark as done" script)' },
	glossary: { scriptsKB: 1, why: 'issue #8: 0 KB beyond its islands (none; theme script only)' },
	'cheat-sheet': { scriptsKB: 1, why: 'issue #8: 0 KB beyond its islands (none)' },
	limits: { scriptsKB: 1, why: 'issue #8: 0 KB beyond its islands (none)' },
	search: { scriptsKB: 75, why: 'ceiling above today' },
	'search-in-use': { scriptsKB: 95, wasmKB: 60, why: 'Pagefind; ceiling above today' },
	advisor: { scriptsKB: 95, why: 'ceiling above today' },
	practice: { scriptsKB: 80, why: 'issue #8: practice pages at most 80 KB' },
	'practice-in-use': { scriptsKB: 80, why: 'issue #8: practice pages at most 80 KB, in use' },
	exam: { scriptsKB: 80, why: 'issue #8: exam pages at most 80 KB' },
	'exam-started': { scriptsKB: 80, why: 'issue #8: exam pages at most 80 KB, in use' },
	review: { scriptsKB: 120, why: 'ceiling above today' },
	progress: { scriptsKB: 120, why: 'ceiling above today' },
	playground: { scriptsKB: 130, why: 'issue #8: at most 130 KB before a simulation runs' },
	'not-found': { scriptsKB: 1, why: 'static page; theme script only' },
	teach: { scriptsKB: 90, why: 'instructor walkthroughs; ceiling above today' },
});
