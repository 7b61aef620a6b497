// Validates content/exam-guide (one file per MLA-C01 exam-guide item) and resolves what each file
// names: the lesson sections that teach the item and the questions that examine it. Also builds
// the coverage table (task -> item -> sections -> questions) that `npm run report:coverage` prints.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExamGuideItem, examGuideItemSchema } from '../src/schemas/exam-guide';
import { examTasks } from '../src/schemas/lesson';
import type { Question } from '../src/schemas/question';
import { lessonSections, loadYamlFolder } from './check-walkthroughs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One problem in one file; `reason` starts with the field path. */
export interface Problem {
	file: string;
	reason: string;
}

/** What an exam-guide file's references are resolved against. */
export interface ExamGuideContext {
	/** Lesson slug -> ids of its `##` and `###` headings. */
	sections: ReadonlyMap<string, ReadonlySet<string>>;
	/** Question id -> the question. */
	questions: ReadonlyMap<string, Pick<Question, 'kind' | 'task' | 'lessons'>>;
}

/** An exam-guide item with its id (the file name). */
export type CheckedItem = ExamGuideItem & { id: string; file: string };

/** Every lesson's `##` and `###` heading ids, read from content/lessons. */
export function loadLessonHeadings(dir = join(root, 'content/lessons')): Map<string, Set<string>> {
	const names = existsSync(dir) ? readdirSync(dir).filter((f) => /^\d\d-.+\.mdx$/.test(f)) : [];
	return new Map(
		names.map((f) => [
			f.replace(/^\d\d-|\.mdx$/g, ''),
			new Set(lessonSections(readFileSync(join(dir, f), 'utf8'), [2, 3])),
		]),
	);
}

/** Every file in content/exam-guide, parsed. */
export const loadExamGuideFiles = (dir = join(root, 'content/exam-guide')) => loadYamlFolder(dir);

/** The context from the lessons on disk and the questions that passed their checks. */
export function examGuideContext(
	questions: readonly Question[],
	sections: ReadonlyMap<string, ReadonlySet<string>> = loadLessonHeadings(),
): ExamGuideContext {
	return { sections, questions: new Map(questions.map((q) => [q.id ?? '', q])) };
}

/** Each reference an item makes, checked by one row; messages start with the field name. */
export const itemChecks = {
	taught: (item, ctx) =>
		item.taught.flatMap(({ lesson, section }, i) => {
			const ids = ctx.sections.get(lesson);
			if (!ids) return [`taught.${i}.lesson: "${lesson}" has no file in content/lessons`];
			return ids.has(section)
				? []
				: [`taught.${i}.section: lesson "${lesson}" has no ## or ### heading "${section}"`];
		}),
	questions: (item, ctx) =>
		item.questions.flatMap((q, i) =>
			ctx.questions.has(q) ? [] : [`questions.${i}: no question "${q}" in content/questions`],
		),
} satisfies Record<string, (item: ExamGuideItem, ctx: ExamGuideContext) => string[]>;

/**
 * Checks every file and reports ALL problems, each with its file and field.
 * @example checkExamGuide(loadExamGuideFiles().raw, ctx).problems // [] when coverage is sound
 */
export function checkExamGuide(
	raw: readonly { file: string; data: unknown }[],
	ctx: ExamGuideContext,
): { items: CheckedItem[]; problems: Problem[] } {
	const items: CheckedItem[] = [];
	const problems: Problem[] = [];
	for (const { file, data } of raw) {
		const fail = (reason: string) => problems.push({ file, reason });
		const id = basename(file, '.yaml');
		if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(`file name "${id}" is not a kebab-case id`);
		const parsed = examGuideItemSchema.safeParse(data);
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				fail(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
			continue;
		}
		const found = Object.values(itemChecks).flatMap((check) => check(parsed.data, ctx));
		found.forEach(fail);
		if (found.length === 0) items.push({ ...parsed.data, id, file });
	}
	return { items, problems };
}

/** One row of the coverage table. */
export interface CoverageRow {
	task: string;
	id: string;
	kind: ExamGuideItem['kind'];
	item: string;
	before: ExamGuideItem['before'];
	sections: string[];
	questions: number;
	/** Question count by question kind (single, multi, order, ...). */
	questionKinds: Record<string, number>;
}

/** The coverage table, by exam task in the guide's order, then by item id. */
export function coverageTable(items: readonly CheckedItem[], ctx: ExamGuideContext): CoverageRow[] {
	const taskOrder = (t: string) => (examTasks as readonly string[]).indexOf(t);
	return [...items]
		.sort((a, b) => taskOrder(a.task) - taskOrder(b.task) || a.id.localeCompare(b.id))
		.map((item) => {
			const questionKinds: Record<string, number> = {};
			for (const q of item.questions) {
				const kind = ctx.questions.get(q)?.kind ?? 'unknown';
				questionKinds[kind] = (questionKinds[kind] ?? 0) + 1;
			}
			return {
				task: item.task,
				id: item.id,
				kind: item.kind,
				item: item.item,
				before: item.before,
				sections: item.taught.map((t) => `${t.lesson}#${t.section}`),
				questions: item.questions.length,
				questionKinds,
			};
		});
}
