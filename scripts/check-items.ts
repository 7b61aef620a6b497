// Item-writing checks over the authored bank (issue 13): the tells a test-wise learner uses to pass
// without knowing the subject. Per item: a single-answer key much longer than every distractor, and
// near-duplicate stems. Across the bank: how often the key is the longest option, how often the
// key set is the k longest options, and how often options use absolute words. Lengths are measured
// on the text the learner reads (facts rendered from the limits model).
import { basename } from 'node:path';
import { renderFacts } from '../src/engine/limits/placeholders';
import type { LimitsModel } from '../src/schemas/limits';
import type { Question } from '../src/schemas/question';

/** The limits of the checks, each with the reason for its value. */
export const itemRules = {
	/** A key longer than this many times its longest distractor gives itself away. */
	maxKeyToDistractor: 1.25,
	/** Chance is 1 in 3 to 1 in 5; above 35% "pick the longest" beats chance clearly. */
	maxKeyLongestShare: 0.35,
	/** With k of 5-6 options correct, chance that they are the k longest is under 1 in 6. */
	maxKeySetLongestShare: 0.3,
	/**
	 * Absolute words ("always", "never", "only") in at most 1 option in 25. AWS items use them
	 * rarely and in keys as often as in distractors; a bank full of them teaches "absolute = wrong".
	 */
	maxAbsoluteShare: 0.04,
	/**
	 * Near-duplicates: stems sharing this share of their content words (Jaccard) ask the same
	 * thing; so do two items whose keys say the same (keySimilarity) about similar stories
	 * (pairedStemSimilarity). Calibrated on the bank of 2026-12: the one pair a reader calls a
	 * duplicate scores key 1.00, stem 0.28; the next closest pair 0.60 and 0.12.
	 */
	maxStemSimilarity: 0.6,
	keySimilarity: 0.8,
	pairedStemSimilarity: 0.2,
} as const;

/** One problem; `file` is the question's file, or `content/questions` for a bank-wide figure. */
export interface ItemProblem {
	file: string;
	reason: string;
}

/** A question and the file it came from. */
export interface BankItem {
	file: string;
	question: Question;
}

/** The checked questions paired with their files (a question's id is its file name). */
export function bankItems(
	files: readonly { file: string }[],
	questions: readonly Question[],
): BankItem[] {
	const fileOf = new Map(files.map(({ file }) => [basename(file, '.yaml'), file]));
	return questions.map((question) => ({ file: fileOf.get(question.id ?? '') ?? '', question }));
}

type Choice = { text: string; correct: boolean };
/** The choice lists of an item: its own options, or each case-study part's. */
function choiceLists(
	q: Question,
): { path: string; kind: 'single' | 'multiple'; options: Choice[] }[] {
	if (q.kind === 'single' || q.kind === 'multiple')
		return [{ path: 'options', kind: q.kind, options: q.options }];
	if (q.kind === 'case-study')
		return q.parts.flatMap((part, i) =>
			part.kind === 'single' || part.kind === 'multiple'
				? [{ path: `parts.${i}.options`, kind: part.kind, options: part.options }]
				: [],
		);
	return [];
}

const absolute = /\b(always|never|only)\b/i;
const stopWords = new Set(
	'a an the of to in on for and or is are be it its this that with by from at as which what who they their them your you do does how when one two can should will would team company'.split(
		' ',
	),
);
/** The content words of a stem, for comparing two stems. */
export function contentWords(stem: string): Set<string> {
	return new Set(
		stem
			.toLowerCase()
			.replace(/\{\{fact:[^}]+\}\}/g, ' ')
			.split(/[^a-z0-9]+/)
			.filter((w) => w.length > 2 && !stopWords.has(w)),
	);
}
/** Shared content words over all the words of both texts (Jaccard: 1 = the same words). */
export function similarity(a: string, b: string): number {
	const wa = contentWords(a);
	const wb = contentWords(b);
	const shared = [...wa].filter((w) => wb.has(w)).length;
	return shared / Math.max(1, wa.size + wb.size - shared);
}

/** The figures the checks and `npm run report:items` print. */
export interface ItemFigures {
	singles: number;
	keyLongest: number;
	keyLongestShare: number;
	keyOverRatio: number;
	multiples: number;
	keySetLongest: number;
	keySetLongestShare: number;
	options: number;
	absoluteOptions: number;
	absoluteShare: number;
	absoluteInKeys: number;
	nearDuplicatePairs: number;
	byKind: Record<string, number>;
	byTopic: Record<string, number>;
}

/**
 * Runs every check over the bank and returns its figures and ALL problems.
 * @example checkItems(bank, limits).problems // [] when the bank has no tells
 */
export function checkItems(
	bank: readonly BankItem[],
	model: LimitsModel,
): { figures: ItemFigures; problems: ItemProblem[] } {
	const problems: ItemProblem[] = [];
	const len = (text: string) => renderFacts(text, model).trim().length;
	const f: ItemFigures = {
		singles: 0,
		keyLongest: 0,
		keyLongestShare: 0,
		keyOverRatio: 0,
		multiples: 0,
		keySetLongest: 0,
		keySetLongestShare: 0,
		options: 0,
		absoluteOptions: 0,
		absoluteShare: 0,
		absoluteInKeys: 0,
		nearDuplicatePairs: 0,
		byKind: {},
		byTopic: {},
	};
	for (const { file, question: q } of bank) {
		f.byKind[q.kind] = (f.byKind[q.kind] ?? 0) + 1;
		for (const t of q.topics) f.byTopic[t] = (f.byTopic[t] ?? 0) + 1;
		for (const list of choiceLists(q)) {
			for (const o of list.options) {
				f.options += 1;
				if (absolute.test(renderFacts(o.text, model))) {
					f.absoluteOptions += 1;
					if (o.correct) f.absoluteInKeys += 1;
				}
			}
			const sorted = [...list.options].sort((a, b) => len(b.text) - len(a.text));
			const keys = list.options.filter((o) => o.correct);
			if (list.kind === 'single') {
				f.singles += 1;
				const key = keys[0];
				const longestWrong = Math.max(
					...list.options.filter((o) => !o.correct).map((o) => len(o.text)),
				);
				if (!key) continue;
				if (len(key.text) > longestWrong) f.keyLongest += 1;
				if (len(key.text) > itemRules.maxKeyToDistractor * longestWrong) {
					f.keyOverRatio += 1;
					problems.push({
						file,
						reason: `${list.path}: the key (${len(key.text)} characters) is longer than ${itemRules.maxKeyToDistractor}x the longest distractor (${longestWrong}): tighten the key or make the distractors as precise`,
					});
				}
			} else {
				f.multiples += 1;
				if (sorted.slice(0, keys.length).every((o) => o.correct)) f.keySetLongest += 1;
			}
		}
	}
	const keyText = (q: Question) =>
		choiceLists(q)
			.flatMap((l) => l.options.filter((o) => o.correct).map((o) => o.text))
			.join(' ');
	const stems = bank.flatMap(({ file, question: q }) =>
		'stem' in q && q.stem ? [{ file, stem: q.stem, key: keyText(q) }] : [],
	);
	for (let i = 0; i < stems.length; i++)
		for (let j = i + 1; j < stems.length; j++) {
			const a = stems[i]!;
			const b = stems[j]!;
			const stem = similarity(a.stem, b.stem);
			const key = a.key && b.key ? similarity(a.key, b.key) : 0;
			const duplicate =
				stem >= itemRules.maxStemSimilarity ||
				(key >= itemRules.keySimilarity && stem >= itemRules.pairedStemSimilarity);
			if (!duplicate) continue;
			f.nearDuplicatePairs += 1;
			problems.push({
				file: b.file,
				reason: `stem: a near-duplicate of ${a.file} (stems share ${Math.round(stem * 100)}% of their content words, keys ${Math.round(key * 100)}%): the two ask the same thing`,
			});
		}
	f.keyLongestShare = f.singles ? f.keyLongest / f.singles : 0;
	f.keySetLongestShare = f.multiples ? f.keySetLongest / f.multiples : 0;
	f.absoluteShare = f.options ? f.absoluteOptions / f.options : 0;
	const bankWide = (over: boolean, reason: string) =>
		over && problems.push({ file: 'content/questions', reason });
	const pct = (x: number) => `${Math.round(x * 100)}%`;
	bankWide(
		f.keyLongestShare > itemRules.maxKeyLongestShare,
		`the key is the longest option in ${f.keyLongest} of ${f.singles} single-answer items (${pct(f.keyLongestShare)}; at most ${pct(itemRules.maxKeyLongestShare)})`,
	);
	bankWide(
		f.keySetLongestShare > itemRules.maxKeySetLongestShare,
		`the key set is the k longest options in ${f.keySetLongest} of ${f.multiples} multiple-response items (${pct(f.keySetLongestShare)}; at most ${pct(itemRules.maxKeySetLongestShare)})`,
	);
	bankWide(
		f.absoluteShare > itemRules.maxAbsoluteShare,
		`${f.absoluteOptions} of ${f.options} options use "always", "never" or "only" (${pct(f.absoluteShare)}; at most ${pct(itemRules.maxAbsoluteShare)})`,
	);
	return { figures: f, problems };
}
