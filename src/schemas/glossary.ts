import { z } from 'astro/zod';
import { lessonSlugs } from './lesson';

const termId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case term id');
const factId = z
	.string()
	.regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/, 'expected a fact id like group.name');

/** Frontmatter of one term in `content/glossary/`; the file name is the term id. */
export const glossarySchema = z
	.object({
		/** The term as it is usually written. */
		term: z.string().min(2),
		/** Other names and abbreviations for the same thing. */
		aka: z.array(z.string().min(1)).optional(),
		/** One-sentence definition shown in lists and link titles. */
		short: z.string().min(10),
		/** Lessons that teach the term. */
		lessons: z.array(z.enum(lessonSlugs)),
		/** Ids of related terms. */
		related: z.array(termId).optional(),
		/** Fact ids whose values are shown with the term. */
		facts: z.array(factId).optional(),
	})
	.strict();

export type GlossaryData = z.output<typeof glossarySchema>;
