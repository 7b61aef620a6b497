// Prints the item-quality figures of the authored bank (issue 13), so the next change can be
// compared: counts by kind and topic, the length tells, absolute words, near-duplicate stems, and
// the generator's variety over 200 seeds. `--json` prints one line. Exits 1 when a check fails.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { limits } from '../src/engine/shipped-limits';
import { checkQuestions, loadQuestionFiles } from './check-content';
import { bankItems, checkItems, itemRules } from './check-items';

function main(): void {
	const loaded = loadQuestionFiles();
	const { questions } = checkQuestions(loaded.raw);
	const { figures: f, problems } = checkItems(bankItems(loaded.raw, questions), limits);
	if (process.argv.includes('--json')) {
		console.log(
			JSON.stringify({ ok: problems.length === 0, rules: itemRules, figures: f, problems }),
		);
	} else {
		const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
		const rows: [string, string, string][] = [
			['single-answer items', String(f.singles), ''],
			[
				'  key is the longest option',
				`${f.keyLongest} (${pct(f.keyLongestShare)})`,
				`at most ${pct(itemRules.maxKeyLongestShare)}`,
			],
			['  key over 1.25x the longest distractor', String(f.keyOverRatio), '0'],
			['multiple-response items', String(f.multiples), ''],
			[
				'  key set is the k longest options',
				`${f.keySetLongest} (${pct(f.keySetLongestShare)})`,
				`at most ${pct(itemRules.maxKeySetLongestShare)}`,
			],
			['options', String(f.options), ''],
			[
				'  with always / never / only',
				`${f.absoluteOptions} (${pct(f.absoluteShare)}), ${f.absoluteInKeys} of them keys`,
				`at most ${pct(itemRules.maxAbsoluteShare)}`,
			],
			['near-duplicate pairs', String(f.nearDuplicatePairs), '0'],
		];
		console.log('Item quality of the authored bank');
		for (const [name, value, target] of rows)
			console.log(`${name.padEnd(42)} ${value.padEnd(30)} ${target}`);
		console.log(
			`\nBy kind: ${Object.entries(f.byKind)
				.map(([k, n]) => `${k} ${n}`)
				.join(', ')}`,
		);
		console.log(
			`By topic: ${Object.entries(f.byTopic)
				.sort((a, b) => b[1] - a[1])
				.map(([k, n]) => `${k} ${n}`)
				.join(', ')}`,
		);
		for (const p of problems) console.error(`✗ ${p.file}: ${p.reason}`);
	}
	process.exitCode = problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
