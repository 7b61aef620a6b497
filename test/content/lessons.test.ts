// Loads every lesson and glossary file with plain Node and checks schema, cross-references,
// fact ids and hard-coded limits, reporting every problem by file and field at once.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonSchema, lessonSlugs } from '../../src/schemas/lesson';
import { glossarySchema } from '../../src/schemas/glossary';
import { limits } from '../../src/engine/shipped-limits';
import { placeholderFactIds as placeholderIds } from '../../src/engine/limits/placeholders';
import { findHardCodedLimits } from './hard-coded-limits';
import { proseOf, readFolder, root, tagAttributes, type ContentFile } from './load-content';

const lessons = readFolder('content/lessons', /\.mdx?$/);
const glossary = readFolder('content/glossary', /\.mdx?$/);
const slugOf = (file: string) =>
	path
		.basename(file)
		.replace(/^\d\d-/, '')
		.replace(/\.mdx?$/, '');
const termIds = new Set(glossary.map(({ file }) => path.basename(file).replace(/\.mdx?$/, '')));
const lessonIds = new Set(lessons.map(({ file }) => slugOf(file)));
const components = new Set(['Fact', 'GuideNote', 'Diagram', 'Term', 'Callout', 'Example']);

/** Schema issues as "file: field: message" lines. */
function schemaErrors(
	entry: ContentFile,
	schema: typeof lessonSchema | typeof glossarySchema,
): string[] {
	const result = schema.safeParse(entry.data);
	if (result.success) return [];
	return result.error.issues.map(
		(issue) => `${entry.file}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`,
	);
}

function unknownFacts(file: string, where: string, ids: readonly string[]): string[] {
	return ids
		.filter((id) => !limits.byId[id])
		.map((id) => `${file}: ${where}: unknown fact id ${id}`);
}

/** Every problem in one lesson, beyond its schema. */
function lessonProblems(entry: ContentFile): string[] {
	const { file, body } = entry;
	const problems: string[] = [];
	const name = path.basename(file);
	const match = /^(\d\d)-([a-z0-9-]+)\.mdx$/.exec(name);
	if (!match) return [`${file}: file name: expected NN-slug.mdx`];
	const slug = match[2] ?? '';
	if (!(lessonSlugs as readonly string[]).includes(slug))
		problems.push(`${file}: file name: unknown lesson slug ${slug}`);
	const data = lessonSchema.safeParse(entry.data);
	if (data.success) {
		if (data.data.order !== Number(match[1]))
			problems.push(
				`${file}: order: ${data.data.order} does not match the file number ${match[1]}`,
			);
		for (const field of ['prerequisites', 'related'] as const)
			for (const other of data.data[field])
				if (!lessonIds.has(other)) problems.push(`${file}: ${field}: no lesson file for ${other}`);
		data.data.checkpoints.forEach((checkpoint, i) => {
			const where = `checkpoints.${i}`;
			problems.push(...unknownFacts(file, `${where}.facts`, checkpoint.facts ?? []));
			problems.push(
				...unknownFacts(
					file,
					`${where}.answer`,
					placeholderIds(checkpoint.answer + checkpoint.question),
				),
			);
			for (const hit of findHardCodedLimits(`${checkpoint.question} ${checkpoint.answer}`, limits))
				problems.push(`${file}: ${where}: typed limit ${hit}; use {{fact:id}}`);
		});
	}
	problems.push(...unknownFacts(file, '<Fact id>', tagAttributes(body, 'Fact', 'id')));
	problems.push(...unknownFacts(file, '{{fact:…}}', placeholderIds(body)));
	for (const id of tagAttributes(body, 'GuideNote', 'id')) {
		if (!limits.byId[id]) problems.push(`${file}: <GuideNote id>: unknown fact id ${id}`);
		else if (!limits.byId[id].guides)
			problems.push(`${file}: <GuideNote id>: fact ${id} has no guides entry`);
	}
	for (const id of tagAttributes(body, 'Diagram', 'id'))
		if (!existsSync(path.join(root, 'content/diagrams', `${id}.mmd`)))
			problems.push(`${file}: <Diagram id>: no content/diagrams/${id}.mmd`);
	for (const tag of body.matchAll(/<Diagram\b([\s\S]*?)\/>/g))
		if (!/steps=\{\[\s*['"]/.test(tag[1] ?? ''))
			problems.push(`${file}: <Diagram>: steps={[…]} with at least one step is required`);
	if (termIds.size > 0)
		for (const id of tagAttributes(body, 'Term', 'id'))
			if (!termIds.has(id)) problems.push(`${file}: <Term id>: no content/glossary/${id}.md`);
	for (const tag of new Set([...body.matchAll(/<([A-Z]\w*)/g)].map((m) => m[1] ?? '')))
		if (!components.has(tag)) problems.push(`${file}: body: unknown component <${tag}>`);
	for (const hit of findHardCodedLimits(proseOf(body), limits))
		problems.push(`${file}: body: typed limit ${hit}; use <Fact id="…" />`);
	return problems;
}

describe('lessons', () => {
	it('has lesson files to check', () => {
		expect(lessons.length).toBeGreaterThan(0);
	});

	it('every lesson matches the schema', () => {
		expect(lessons.flatMap((entry) => schemaErrors(entry, lessonSchema))).toEqual([]);
	});

	it('orders are unique', () => {
		const seen = new Map<number, string>();
		const clashes: string[] = [];
		for (const entry of lessons) {
			const order = (entry.data as { order?: unknown } | undefined)?.order;
			if (typeof order !== 'number') continue;
			const other = seen.get(order);
			if (other) clashes.push(`${entry.file}: order: ${order} is also used by ${other}`);
			seen.set(order, entry.file);
		}
		expect(clashes).toEqual([]);
	});

	it('names, references, facts, diagrams, terms and components resolve, and no limit is typed', () => {
		expect(lessons.flatMap(lessonProblems)).toEqual([]);
	});
});

describe('glossary', () => {
	it('every term matches the schema and its references resolve', () => {
		const problems = glossary.flatMap((entry) => {
			const errors = schemaErrors(entry, glossarySchema);
			const parsed = glossarySchema.safeParse(entry.data);
			if (!parsed.success) return errors;
			const { lessons: taught, related = [], facts = [] } = parsed.data;
			return [
				...errors,
				...taught
					.filter((slug) => !lessonIds.has(slug))
					.map((slug) => `${entry.file}: lessons: no lesson file for ${slug}`),
				...related
					.filter((id) => !termIds.has(id))
					.map((id) => `${entry.file}: related: no term ${id}`),
				...unknownFacts(entry.file, 'facts', facts),
				...findHardCodedLimits(proseOf(entry.body), limits).map(
					(hit) => `${entry.file}: body: typed limit ${hit}`,
				),
			];
		});
		expect(problems).toEqual([]);
	});
});
