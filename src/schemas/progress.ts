import * as z from 'zod/mini';

// This schema runs in the browser, so it uses zod/mini (the same checks as `astro/zod`, a fraction
// of the bundle) and `jitless`: the CSP forbids eval, and zod otherwise probes `new Function` to
// compile fast object parsers, which the browser reports as a violation.
z.config({ jitless: true });

// The learner's saved progress (localStorage). Storage is untrusted input: the progress store
// validates every read against this schema and sets aside anything that does not fit.

/** The version the app writes; older versions are migrated by src/stores/progress.ts. */
export const progressVersion = 2;

const count = z.int().check(z.nonnegative());
const epochMs = z.int().check(z.nonnegative());
/** A string of `min` to `max` characters. */
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

/** Right out of total for one topic or task. */
export const groupScoreSchema = z.strictObject({
	/** Topic or task id. */
	key: text(1, 60),
	/** Items answered right. */
	correct: count,
	/** Items asked. */
	total: count,
});

/** One finished exam. */
export const attemptSchema = z.strictObject({
	/** The exam id (`exam-<seed>-<startedAt>`). */
	id: text(1, 80),
	/** full, quick or custom. */
	blueprint: z.enum(['full', 'quick', 'custom']),
	/** When it ended, epoch ms. */
	finishedAt: epochMs,
	/** Items right. */
	correct: count,
	/** Items asked. */
	total: count,
	/** Estimated scaled score. */
	scaled: z.int().check(z.minimum(0), z.maximum(10_000)),
	/** Whether the estimate reached the pass mark. */
	passed: z.boolean(),
	/** Submitted by the learner or ended by the clock. */
	reason: z.enum(['submitted', 'time-up']),
	/** Score per topic. */
	byTopic: z.array(groupScoreSchema).check(z.maxLength(100)),
	/** Question ids answered wrongly or left unanswered. */
	missed: z.array(text(0, 120)).check(z.maxLength(200)),
	/** Question ids asked. */
	seen: z.array(text(0, 120)).check(z.maxLength(200)),
});

/** The FSRS memory state of one review card (a question or a limit fact), as plain JSON. */
export const reviewCardSchema = z.strictObject({
	/** `q:<question id>` or `f:<fact id>`. */
	id: text(3, 140),
	/** When it is next due, epoch ms. */
	due: epochMs,
	/** FSRS stability, days. */
	stability: z.number().check(z.nonnegative()),
	/** FSRS difficulty, 1-10. */
	difficulty: z.number().check(z.nonnegative()),
	/** Reviews so far. */
	reps: count,
	/** Times forgotten. */
	lapses: count,
	/** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
	state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
	/** Last review, epoch ms; null before the first. */
	lastReview: z.nullable(epochMs),
	/** Days between the last two reviews' due dates (FSRS scheduled_days). */
	scheduledDays: count,
	/** Learning steps done (FSRS learning_steps). */
	learningSteps: count,
});

/** Choices the learner made once and keeps. */
export const settingsSchema = z.strictObject({
	/** Exam day (YYYY-MM-DD) the review schedule aims at; null = none. */
	examDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
	/** The time accommodation chosen last time, offered first next time. */
	accommodation: z.enum(['standard', 'x1.5', 'x2', 'untimed']),
});

/** Everything the progress store saves. */
export const progressSchema = z.strictObject({
	/** Finished exams, oldest first. */
	attempts: z.array(attemptSchema).check(z.maxLength(500)),
	/** Review cards by id. */
	review: z.record(z.string(), reviewCardSchema),
	settings: settingsSchema,
});

/** The saved progress. */
export type Progress = z.output<typeof progressSchema>;
export type Attempt = z.output<typeof attemptSchema>;
export type ReviewCard = z.output<typeof reviewCardSchema>;
export type ProgressSettings = z.output<typeof settingsSchema>;

/** The file written by "Export": the saved progress with its version and an app marker. */
export const progressExportSchema = z.strictObject({
	/** Always "endpoint-lab-progress", so a wrong file is recognised. */
	app: z.literal('endpoint-lab-progress'),
	/** The progress version of the file. */
	version: z.int().check(z.minimum(1)),
	/** When it was exported (ISO). */
	exportedAt: z.string(),
	/** The progress itself (validated after migration). */
	state: z.unknown(),
});

/** A running or finished exam as saved between visits (see src/engine/exam/types.ts, ExamState). */
export const savedExamSchema = z.strictObject({
	/** Storage format version of this record. */
	version: z.literal(1),
	/** The tab that runs the exam; another tab shows "running elsewhere". */
	owner: text(1, 100),
	/** The exam state. */
	exam: z.object({
		id: text(1, 80),
		seed: z.int().check(z.nonnegative()),
		blueprint: z.object({
			name: z.enum(['full', 'quick', 'custom']),
			count: z.int().check(z.positive()),
			minutes: z.nullable(z.number().check(z.positive())),
			topics: z.array(z.string()),
			kinds: z.array(
				z.enum(['single', 'multiple', 'ordering', 'matching', 'case-study', 'scenario']),
			),
			source: z.enum(['authored', 'generated', 'both']),
			only: z.enum(['all', 'missed', 'unseen']),
		}),
		itemIds: z.array(text(1, 140)).check(z.minLength(1), z.maxLength(200)),
		/** Answers are checked again when graded, so only their container is checked here. */
		answers: z.record(z.string(), z.unknown()),
		flags: z.array(z.string()),
		position: z.int().check(z.nonnegative()),
		startedAt: epochMs,
		deadline: z.nullable(epochMs),
		accommodation: z.enum(['standard', 'x1.5', 'x2', 'untimed']),
		submittedAt: z.optional(epochMs),
		submitReason: z.optional(z.enum(['submitted', 'time-up'])),
	}),
});
