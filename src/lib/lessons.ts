// The one place lessons and glossary terms are read from the content collections; pages and
// components get plain, sorted data from here.
import { getCollection, type CollectionEntry } from 'astro:content';

/** A lesson entry; `id` is its slug (`anatomy`), `data` its validated frontmatter. */
export type LessonEntry = CollectionEntry<'lessons'>;
/** A glossary entry; `id` is the term id (`cold-start`). */
export type GlossaryEntry = CollectionEntry<'glossary'>;

/** Every lesson, in learning-path order. */
export async function getLessons(): Promise<LessonEntry[]> {
	const lessons = await getCollection('lessons');
	return lessons.sort((a, b) => a.data.order - b.data.order);
}

/** The lessons before and after one lesson on the path, if any. */
export function neighbours(
	lessons: readonly LessonEntry[],
	slug: string,
): { previous: LessonEntry | undefined; next: LessonEntry | undefined } {
	const index = lessons.findIndex((lesson) => lesson.id === slug);
	return {
		previous: index > 0 ? lessons[index - 1] : undefined,
		next: index >= 0 ? lessons[index + 1] : undefined,
	};
}

/** Lesson titles by slug, for links that name another lesson. */
export async function getLessonTitles(): Promise<Map<string, string>> {
	return new Map((await getLessons()).map((lesson) => [lesson.id, lesson.data.title]));
}

/** Every glossary term, alphabetical by its written form. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
	const terms = await getCollection('glossary');
	return terms.sort((a, b) =>
		a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }),
	);
}

let definitions: Promise<Map<string, string>> | undefined;

/** Glossary short definitions by term id, so a term link can carry its definition. */
export function getTermDefinitions(): Promise<Map<string, string>> {
	// Every <Term> asks; one read per build is enough. Dev re-reads so edits show up.
	if (definitions && import.meta.env.PROD) return definitions;
	definitions = getGlossary().then(
		(terms) => new Map(terms.map((term) => [term.id, term.data.short])),
	);
	return definitions;
}
