import { z } from 'astro/zod';
import { concerns } from './limits';

/** Exam task ids from the MLA-C01 guide that the lessons teach towards. */
export const examTasks = ['2.3', '3.1', '3.2', '3.3', '4.1', '4.2', '4.3'] as const;

/** The fixed lesson slugs, in teaching order; a file's name is `NN-<slug>.mdx`. */
export const lessonSlugs = [
	'anatomy',
	'real-time',
	'serverless',
	'asynchronous',
	'batch-transform',
	'choosing',
	'hosting-many-models',
	'rollout',
	'autoscaling',
	'security',
	'monitoring',
	'optimising-and-edge',
	'deployment-targets',
	'cost-and-operations',
] as const;

const factId = z
	.string()
	.regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/, 'expected a fact id like group.name');
const slug = z.enum(lessonSlugs);

/** One question at the end of a lesson; the answer stays hidden until the learner asks. */
export const checkpointSchema = z
	.object({
		/** The question as the learner reads it. */
		question: z.string().min(10),
		/** The answer; `{{fact:id}}` placeholders are replaced with the fact's formatted value. */
		answer: z.string().min(3),
		/** Fact ids the answer rests on, listed under it with their values. */
		facts: z.array(factId).optional(),
	})
	.strict();

/** Frontmatter of one lesson in `content/lessons/`. */
export const lessonSchema = z
	.object({
		/** The lesson's heading and page title. */
		title: z.string().min(3),
		/** Position on the learning path, smallest first; unique across lessons. */
		order: z.number().int().min(1).max(99),
		/** One or two sentences shown on the learning path and in search results. */
		// The summary is the page's meta description: search engines show about 300 characters.
		summary: z
			.string()
			.min(50)
			.max(300, 'a summary is the meta description: at most 300 characters'),
		/** What the learner can do afterwards ("After this lesson you can …"). */
		objectives: z.array(z.string().min(5)).min(2).max(6),
		/** MLA-C01 task ids the lesson serves. */
		examTasks: z.array(z.enum(examTasks)).min(1),
		/** Options and topics the lesson covers, from the limits model's vocabulary. */
		topics: z.array(z.enum(concerns)).min(1),
		/** Estimated reading time in minutes. */
		minutes: z.number().int().min(1).max(120),
		/** Lessons to read first. */
		prerequisites: z.array(slug),
		/** Lessons linked at the end. */
		related: z.array(slug),
		/** Three to six questions that check the lesson's main points. */
		checkpoints: z.array(checkpointSchema).min(3).max(6),
	})
	.strict();

export type ExamTask = (typeof examTasks)[number];
export type LessonSlug = (typeof lessonSlugs)[number];
export type Checkpoint = z.output<typeof checkpointSchema>;
export type LessonData = z.output<typeof lessonSchema>;
