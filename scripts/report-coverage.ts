// Prints the exam-guide coverage table: for each MLA-C01 task, each item with the lesson sections
// that teach it and the number of authored questions that examine it. `--json` prints one line.
// Exits 1 when a file in content/exam-guide has a problem (the same check `check:content` runs).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkQuestions, loadQuestionFiles } from './check-content';
import {
	type CoverageRow,
	checkExamGuide,
	coverageTable,
	type ExamGuideContext,
	examGuideContext,
	loadExamGuideFiles,
} from './check-exam-guide';

/** The context from the shipped lessons and questions. */
export function loadExamGuideContext(): ExamGuideContext {
	return examGuideContext(checkQuestions(loadQuestionFiles().raw).questions);
}

/** Totals: items by what the read found, and how many now have a section and enough questions. */
export function coverageTotals(rows: readonly CoverageRow[]): Record<string, number> {
	const totals: Record<string, number> = { items: rows.length, questions: 0 };
	for (const row of rows) {
		totals[`before ${row.before}`] = (totals[`before ${row.before}`] ?? 0) + 1;
		totals['questions'] = (totals['questions'] ?? 0) + row.questions;
	}
	return totals;
}

/** The table as aligned text, one block per task. */
export function formatCoverage(rows: readonly CoverageRow[]): string {
	const lines: string[] = [];
	let task = '';
	for (const row of rows) {
		if (row.task !== task) {
			task = row.task;
			lines.push('', `Task ${task}`);
		}
		const kinds = Object.entries(row.questionKinds)
			.map(([k, n]) => `${n} ${k}`)
			.join(', ');
		lines.push(
			`  ${row.kind === 'skill' ? 'S' : 'K'} ${row.id.padEnd(34)} was ${row.before.padEnd(7)} ${String(row.questions).padStart(2)} questions (${kinds})`,
			`      ${row.item}`,
			...row.sections.map((s) => `      taught in ${s}`),
		);
	}
	return lines.join('\n');
}

function main(): void {
	const ctx = loadExamGuideContext();
	const loaded = loadExamGuideFiles();
	const { items, problems: found } = checkExamGuide(loaded.raw, ctx);
	const problems = [...loaded.problems, ...found];
	const rows = coverageTable(items, ctx);
	const totals = coverageTotals(rows);
	if (process.argv.includes('--json'))
		console.log(JSON.stringify({ ok: problems.length === 0, totals, rows, problems }));
	else {
		for (const p of problems) console.error(`✗ ${p.file}: ${p.reason}`);
		console.log(formatCoverage(rows).trimStart());
		console.log(
			'\n' +
				Object.entries(totals)
					.map(([k, n]) => `${k}: ${n}`)
					.join(', '),
		);
		if (problems.length > 0) console.error(`${problems.length} problem(s)`);
	}
	process.exitCode = problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
