import { z } from 'astro/zod';

// This schema runs in the browser, where the CSP forbids eval: zod v4 otherwise probes
// `new Function` to compile fast object parsers, which the browser reports as a violation.
z.config({ jitless: true });

// The learner's saved progress (localStorage). Storage is untrusted input: the progress store
// validates every read against this schema and sets aside anything that does not fit.

/** The version the app writes; older versions are migrated by src/stores/progress.ts. */
export const progressVersion = 2;

const count = z.number().int().nonnegative();
const epochMs = z.number().int().nonnegative();

/** Right out of total for one topic or task. */
export const groupScoreSchema = z
	.object({
		/** Topic or task id. */
		key: z.string().min(1).max(60),
		/** Items answered right. */
		correct: count,
		/** Items asked. */
		total: count,
	})
	.strict();

/** One finished exam. */
export const attemptSchema = z
	.object({
		/** The exam id (`exam-<seed>-<startedAt>`). */
		id: z.string().min(1).max(80),
		/** full, quick or custom. */
		blueprint: z.enum(['full', 'quick', 'custom']),
		/** When it ended, epoch ms. */
		finishedAt: epochMs,
		/** Items right. */
		correct: count,
		/** Items asked. */
		total: count,
		/** Estimated scaled score. */
		scaled: z.number().int().min(0).max(10_000),
		/** Whether the estimate reached the pass mark. */
		passed: z.boolean(),
		/** Submitted by the learner or ended by the clock. */
		reason: z.enum(['submitted', 'time-up']),
		/** Score per topic. */
		byTopic: z.array(groupScoreSchema).max(100),
		/** Question ids answered wrongly or left unanswered. */
		missed: z.array(z.string().max(120)).max(200),
		/** Question ids asked. */
		seen: z.array(z.string().max(120)).max(200),
	})
	.strict();

/** The FSRS memory state of one review card (a question or a limit fact), as plain JSON. */
export const reviewCardSchema = z
	.object({
		/** `q:<question id>` or `f:<fact id>`. */
		id: z.string().min(3).max(140),
		/** When it is next due, epoch ms. */
		due: epochMs,
		/** FSRS stability, days. */
		stability: z.number().nonnegative(),
		/** FSRS difficulty, 1-10. */
		difficulty: z.number().nonnegative(),
		/** Reviews so far. */
		reps: count,
		/** Times forgotten. */
		lapses: count,
		/** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
		state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
		/** Last review, epoch ms; null before the first. */
		lastReview: epochMs.nullable(),
		/** Days between the last two reviews' due dates (FSRS scheduled_days). */
		scheduledDays: count,
		/** Learning steps done (FSRS learning_steps). */
		learningSteps: count,
	})
	.strict();

/** Choices the learner made once and keeps. */
export const settingsSchema = z
	.object({
		/** Exam day (YYYY-MM-DD) the review schedule aims at; null = none. */
		examDate: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/)
			.nullable(),
		/** The time accommodation chosen last time, offered first next time. */
		accommodation: z.enum(['standard', 'x1.5', 'x2', 'untimed']),
	})
	.strict();

/** Everything the progress store saves. */
export const progressSchema = z
	.object({
		/** Finished exams, oldest first. */
		attempts: z.array(attemptSchema).max(500),
		/** Review cards by id. */
		review: z.record(z.string(), reviewCardSchema),
		settings: settingsSchema,
	})
	.strict();

/** The saved progress. */
export type Progress = z.output<typeof progressSchema>;
export type Attempt = z.output<typeof attemptSchema>;
export type ReviewCard = z.output<typeof reviewCardSchema>;
export type ProgressSettings = z.output<typeof settingsSchema>;

/** The file written by "Export": the saved progress with its version and an app marker. */
export const progressExportSchema = z
	.object({
		/** Always "endpoint-lab-progress", so a wrong file is recognised. */
		app: z.literal('endpoint-lab-progress'),
		/** The progress version of the file. */
		version: z.number().int().min(1),
		/** When it was exported (ISO). */
		exportedAt: z.string(),
		/** The progress itself (validated after migration). */
		state: z.unknown(),
	})
	.strict();

/** A running or finished exam as saved between visits (see src/engine/exam/types.ts, ExamState). */
export const savedExamSchema = z
	.object({
		/** Storage format version of this record. */
		version: z.literal(1),
		/** The tab that runs the exam; another tab shows "running elsewhere". */
		owner: z.string().min(1).max(100),
		/** The exam state. */
		exam: z.object({
			id: z.string().min(1).max(80),
			seed: z.number().int().nonnegative(),
			blueprint: z.object({
				name: z.enum(['full', 'quick', 'custom']),
				count: z.number().int().positive(),
				minutes: z.number().positive().nullable(),
				topics: z.array(z.string()),
				kinds: z.array(
					z.enum(['single', 'multiple', 'ordering', 'matching', 'case-study', 'scenario']),
				),
				source: z.enum(['authored', 'generated', 'both']),
				only: z.enum(['all', 'missed', 'unseen']),
			}),
			itemIds: z.array(z.string().min(1).max(140)).min(1).max(200),
			/** Answers are checked again when graded, so only their container is checked here. */
			answers: z.record(z.string(), z.unknown()),
			flags: z.array(z.string()),
			position: z.number().int().nonnegative(),
			startedAt: epochMs,
			deadline: epochMs.nullable(),
			accommodation: z.enum(['standard', 'x1.5', 'x2', 'untimed']),
			submittedAt: epochMs.optional(),
			submitReason: z.enum(['submitted', 'time-up']).optional(),
		}),
	})
	.strict();
