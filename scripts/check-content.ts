// Validates every question in content/questions against the schema and the limits model, and prints
// counts by kind and topic. Plain Node (tsx): no Astro runtime. `--json` prints one machine-readable line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { lessonSlugs } from '../src/schemas/lesson';
import type { LimitsModel } from '../src/schemas/limits';
import { type Question, questionSchema } from '../src/schemas/question';
import { limits as shippedLimits } from '../src/engine/shipped-limits';
import { isDefensible, placeholderFactIds, scenarioModel } from '../src/engine/quiz';
import {
	checkWalkthroughs,
	loadWalkthroughContext,
	loadWalkthroughFiles,
} from './check-walkthroughs';
import { bankItems, checkItems } from './check-items';
import {
	checkExamGuide,
	coverageTable,
	examGuideContext,
	loadExamGuideFiles,
} from './check-exam-guide';

/** One problem in one file. */
export interface Problem {
	file: string;
	reason: string;
}

/** A file's path (relative to the repo) and its parsed YAML. */
export interface RawQuestion {
	file: string;
	data: unknown;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every `*.yaml` under the folder, parsed; a YAML syntax error is a problem, not a crash. */
export function loadQuestionFiles(dir = join(root, 'content/questions')): {
	raw: RawQuestion[];
	problems: Problem[];
} {
	const raw: RawQuestion[] = [];
	const problems: Problem[] = [];
	const walk = (d: string): string[] =>
		readdirSync(d, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.yaml') ? [join(d, e.name)] : [],
		);
	for (const path of existsSync(dir) ? walk(dir).sort() : []) {
		const file = relative(root, path);
		try {
			raw.push({ file, data: parse(readFileSync(path, 'utf8')) });
		} catch (error) {
			problems.push({ file, reason: `YAML: ${(error as Error).message.split('\n')[0]}` });
		}
	}
	return { raw, problems };
}

/** Every text of a question that may hold `{{fact:ID}}` placeholders. */
function texts(q: Record<string, unknown>): string[] {
	const out: string[] = [];
	const visit = (v: unknown) => {
		if (typeof v === 'string') out.push(v);
		else if (Array.isArray(v)) v.forEach(visit);
		else if (v && typeof v === 'object') Object.values(v).forEach(visit);
	};
	visit(q);
	return out;
}

/** Lesson slugs that have a file in content/lessons (NN-slug.mdx). */
export function writtenLessons(dir = join(root, 'content/lessons')): Set<string> {
	if (!existsSync(dir)) return new Set();
	return new Set(
		readdirSync(dir).flatMap((f) => (/^\d\d-(.+)\.mdx$/.exec(f)?.[1] ?? []) as string[]),
	);
}

/**
 * Checks every question and reports ALL problems, each with its file and reason.
 * @example checkQuestions(loadQuestionFiles().raw).problems // [] when the bank is sound
 */
export function checkQuestions(
	raw: readonly RawQuestion[],
	options: { model?: LimitsModel; lessons?: ReadonlySet<string> } = {},
): { questions: Question[]; problems: Problem[] } {
	const model = options.model ?? shippedLimits;
	const lessons = options.lessons ?? writtenLessons();
	const problems: Problem[] = [];
	const questions: Question[] = [];
	const seen = new Map<string, string>();
	for (const { file, data } of raw) {
		const fail = (reason: string) => problems.push({ file, reason });
		const id = basename(file, '.yaml');
		const folder = basename(dirname(file));
		if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(`file name "${id}" is not a kebab-case id`);
		if (seen.has(id)) fail(`id "${id}" is also used by ${seen.get(id)}`);
		seen.set(id, file);
		if (!(lessonSlugs as readonly string[]).includes(folder))
			fail(`folder "${folder}" is not a lesson slug`);
		const parsed = questionSchema.safeParse(data);
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				fail(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
			continue;
		}
		const q: Question = { ...parsed.data, id };
		if (parsed.data.id !== undefined && parsed.data.id !== id)
			fail(`id "${parsed.data.id}" differs from the file name "${id}"`);
		const factIds = new Set([
			...q.facts,
			...texts(data as Record<string, unknown>).flatMap(placeholderFactIds),
		]);
		for (const factId of factIds) if (!model.byId[factId]) fail(`unknown fact id "${factId}"`);
		for (const lesson of q.lessons)
			if (!lessons.has(lesson)) fail(`lesson "${lesson}" has no file in content/lessons`);
		if (q.kind === 'scenario') {
			try {
				const { key } = scenarioModel(q, model);
				if (q.expected !== undefined && q.expected !== key)
					fail(`expected "${q.expected}" but the advisor computes "${key}"`);
				if (!isDefensible(q, model))
					fail(`the key "${key}" flips when a value moves by 2%: a value sits on a limit`);
			} catch (error) {
				fail(`the advisor cannot answer this scenario: ${(error as Error).message}`);
			}
		}
		questions.push(q);
	}
	return { questions, problems };
}

/** Counts of questions by kind and by topic. */
export function countBank(questions: readonly Question[]): {
	total: number;
	byKind: Record<string, number>;
	byTopic: Record<string, number>;
} {
	const byKind: Record<string, number> = {};
	const byTopic: Record<string, number> = {};
	for (const q of questions) {
		byKind[q.kind] = (byKind[q.kind] ?? 0) + 1;
		for (const t of q.topics) byTopic[t] = (byTopic[t] ?? 0) + 1;
	}
	return { total: questions.length, byKind, byTopic };
}

function main(): void {
	const json = process.argv.includes('--json');
	const loaded = loadQuestionFiles();
	const checked = checkQuestions(loaded.raw);
	const walkthroughFiles = loadWalkthroughFiles();
	const walkthroughs = checkWalkthroughs(walkthroughFiles.raw, loadWalkthroughContext());
	const problems = [
		...loaded.problems,
		...checked.problems,
		...walkthroughFiles.problems,
		...walkthroughs.problems,
	];
	// Item-writing tells (issue 13): checked on the questions that passed the schema.
	const items = checkItems(bankItems(loaded.raw, checked.questions), shippedLimits);
	problems.push(...items.problems);
	const examGuideFiles = loadExamGuideFiles();
	const examGuideCtx = examGuideContext(checked.questions);
	const examGuide = checkExamGuide(examGuideFiles.raw, examGuideCtx);
	problems.push(...examGuideFiles.problems, ...examGuide.problems);
	const coverage = coverageTable(examGuide.items, examGuideCtx);
	const counts = countBank(checked.questions);
	const walkthroughCount = walkthroughFiles.raw.length + walkthroughFiles.problems.length;
	const steps = walkthroughs.walkthroughs.reduce((n, w) => n + w.steps.length, 0);
	if (json) {
		console.log(
			JSON.stringify({
				ok: problems.length === 0,
				files: loaded.raw.length + loaded.problems.length,
				...counts,
				walkthroughs: walkthroughs.walkthroughs.length,
				walkthroughFiles: walkthroughCount,
				steps,
				items: items.figures,
				examGuideItems: coverage.length,
				coverage,
				problems,
			}),
		);
	} else {
		for (const p of problems) console.error(`✗ ${p.file}: ${p.reason}`);
		console.log(
			`${counts.total} questions valid of ${loaded.raw.length + loaded.problems.length} files`,
		);
		console.log(
			'By kind: ' +
				Object.entries(counts.byKind)
					.map(([k, n]) => `${k} ${n}`)
					.join(', '),
		);
		console.log(
			'By topic: ' +
				Object.entries(counts.byTopic)
					.sort((a, b) => b[1] - a[1])
					.map(([k, n]) => `${k} ${n}`)
					.join(', '),
		);
		console.log(
			`${walkthroughs.walkthroughs.length} walkthroughs valid of ${walkthroughCount} files, ${steps} steps`,
		);
		console.log(
			`${coverage.length} exam-guide items valid of ${examGuideFiles.raw.length + examGuideFiles.problems.length} files (npm run report:coverage prints the table)`,
		);
		if (problems.length > 0) console.error(`${problems.length} problem(s)`);
	}
	process.exitCode = problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
