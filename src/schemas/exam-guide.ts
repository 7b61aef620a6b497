import { z } from 'astro/zod';
import { examTasks, lessonSlugs } from './lesson';

/** How the exam guide words an item: something to know, or something to be able to do. */
export const itemKinds = ['knowledge', 'skill'] as const;

/** What the 2026-11 read of the site found for an item, before the coverage work. */
export const coverageBefore = ['missing', 'shallow', 'covered'] as const;

/** How many authored questions an item needs, by what the read found (issue 18). */
export const minimumQuestions = {
	missing: 3,
	shallow: 2,
	covered: 2,
} as const satisfies Record<(typeof coverageBefore)[number], number>;

/**
 * The MLA-C01 task statements the items belong to, as the exam guide words them
 * (https://docs.aws.amazon.com/aws-certification/latest/userguide/machine-learning-engineer-associate-01.html).
 */
export const taskTitles = {
	'2.3': 'Analyze model performance',
	'3.1': 'Select deployment infrastructure based on existing architecture and requirements',
	'3.2': 'Create and script infrastructure based on existing architecture and requirements',
	'3.3': 'Use automated orchestration tools to set up CI/CD pipelines',
	'4.1': 'Monitor model inference',
	'4.2': 'Monitor and optimize infrastructure and costs',
	'4.3': 'Secure AWS resources',
} as const satisfies Record<(typeof examTasks)[number], string>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id');

/** One knowledge or skill item of the MLA-C01 exam guide and where the site teaches and tests it. */
export const examGuideItemSchema = z
	.object({
		/** The exam-guide task the item belongs to. */
		task: z.enum(examTasks),
		/** Knowledge ("knowledge of ...") or skill ("skills in ...") as the guide lists it. */
		kind: z.enum(itemKinds),
		/** The item in the site's own words, one sentence. */
		item: z.string().min(20).max(300),
		/** What the 2026-11 read found; sets the minimum number of questions. */
		before: z.enum(coverageBefore),
		/** The lesson sections that teach the item: a lesson slug and a `##` or `###` heading id. */
		taught: z.array(z.object({ lesson: z.enum(lessonSlugs), section: id })).min(1),
		/** Ids of the authored questions that examine the item. */
		questions: z.array(id),
	})
	.strict()
	.superRefine((item, ctx) => {
		const need = minimumQuestions[item.before];
		if (item.questions.length < need)
			ctx.addIssue({
				code: 'custom',
				path: ['questions'],
				message: `a ${item.before} item needs at least ${need} questions, has ${item.questions.length}`,
			});
		const repeated = item.questions.filter((q, i) => item.questions.indexOf(q) !== i);
		if (repeated.length > 0)
			ctx.addIssue({
				code: 'custom',
				path: ['questions'],
				message: `listed twice: ${[...new Set(repeated)].join(', ')}`,
			});
	});

export type ExamGuideItem = z.output<typeof examGuideItemSchema>;
