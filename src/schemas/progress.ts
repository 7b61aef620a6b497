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

/** Latest instant a JavaScript Date can show (year 275760); beyond it dates read "Invalid Date". */
const maxDateMs = 8.64e15;
/** An instant the site can show: whole epoch ms from 1970 to the last valid Date. */
const instant = epochMs.check(z.maximum(maxDateMs));

/** True when `date` (YYYY-MM-DD) names a day that exists: 2026-02-31 does not. */
export function isCalendarDate(date: string): boolean {
	const ms = Date.parse(`${date}T00:00:00Z`);
	return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === date;
}

/** Right out of total for one topic or task. */
export const groupScoreSchema = z
	.strictObject({
		/** Topic or task id. */
		key: text(1, 60),
		/** Items answered right. */
		correct: count,
		/** Items asked. */
		total: count,
	})
	.check(
		z.refine((g) => g.correct <= g.total, {
			message: 'more answered right than asked',
			path: ['correct'],
		}),
	);

/** One finished exam. */
export const attemptSchema = z
	.strictObject({
		/** The exam id (`exam-<seed>-<startedAt>`). */
		id: text(1, 80),
		/** full, quick or custom. */
		blueprint: z.enum(['full', 'quick', 'custom']),
		/** When it ended, epoch ms. */
		finishedAt: instant,
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
	})
	.check(
		z.superRefine((a, ctx) => {
			if (a.correct > a.total)
				ctx.issues.push({
					code: 'custom',
					input: a.correct,
					path: ['correct'],
					message: `${a.correct} right of ${a.total} asked`,
				});
			a.byTopic.forEach((g, i) => {
				if (g.total > a.total)
					ctx.issues.push({
						code: 'custom',
						input: g.total,
						path: ['byTopic', i, 'total'],
						message: `topic ${g.key} asked ${g.total} of an exam of ${a.total}`,
					});
			});
		}),
	);

/** The FSRS memory state of one review card (a question or a limit fact), as plain JSON. */
export const reviewCardSchema = z.strictObject({
	/** `q:<question id>` or `f:<fact id>`. */
	id: text(3, 140).check(z.regex(/^[qf]:./)),
	/** When it is next due, epoch ms. */
	due: instant,
	/** FSRS stability, days. */
	stability: z.number().check(z.nonnegative()),
	/** FSRS difficulty, 1-10 (0 before the first review). */
	difficulty: z.number().check(z.minimum(0), z.maximum(10)),
	/** Reviews so far. */
	reps: count,
	/** Times forgotten. */
	lapses: count,
	/** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
	state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
	/** Last review, epoch ms; null before the first. */
	lastReview: z.nullable(instant),
	/** Days between the last two reviews' due dates (FSRS scheduled_days). */
	scheduledDays: count,
	/** Learning steps done (FSRS learning_steps). */
	learningSteps: count,
});

/** Choices the learner made once and keeps. */
export const settingsSchema = z.strictObject({
	/** Exam day (YYYY-MM-DD) the review schedule aims at; null = none. */
	examDate: z.nullable(
		z
			.string()
			.check(
				z.regex(/^\d{4}-\d{2}-\d{2}$/),
				z.refine(isCalendarDate, { message: 'not a day of the calendar' }),
			),
	),
	/** The time accommodation chosen last time, offered first next time. */
	accommodation: z.enum(['standard', 'x1.5', 'x2', 'untimed']),
});

/** Everything the progress store saves. */
export const progressSchema = z
	.strictObject({
		/** Finished exams, oldest first. */
		attempts: z.array(attemptSchema).check(z.maxLength(500)),
		/** Review cards by id; each card's `id` is its key, or it could never be rated. */
		review: z.record(z.string(), reviewCardSchema),
		settings: settingsSchema,
	})
	.check(
		z.superRefine((p, ctx) => {
			const ids = new Set<string>();
			p.attempts.forEach((a, i) => {
				if (ids.has(a.id))
					ctx.issues.push({
						code: 'custom',
						input: a.id,
						path: ['attempts', i, 'id'],
						message: `exam ${a.id} appears twice`,
					});
				ids.add(a.id);
			});
			for (const [key, card] of Object.entries(p.review))
				if (card.id !== key)
					ctx.issues.push({
						code: 'custom',
						input: card.id,
						path: ['review', key, 'id'],
						message: `card id ${card.id} differs from its key ${key}`,
					});
		}),
	);

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
		/** When each item was last answered or cleared (absent in records saved before merging). */
		answeredAt: z._default(z.record(z.string(), instant), {}),
		flags: z.array(z.string()),
		/** When each item was last flagged or unflagged. */
		flaggedAt: z._default(z.record(z.string(), instant), {}),
		position: z.int().check(z.nonnegative()),
		startedAt: epochMs,
		deadline: z.nullable(epochMs),
		accommodation: z.enum(['standard', 'x1.5', 'x2', 'untimed']),
		/** Time added during the exam, ms (already in the deadline). */
		addedMs: z._default(count, 0),
		submittedAt: z.optional(epochMs),
		submitReason: z.optional(z.enum(['submitted', 'time-up'])),
	}),
});

/** The small record written before the exam when it ends, so a submit survives a full storage. */
export const examEndSchema = z.strictObject({
	/** The exam id. */
	id: text(1, 80),
	/** When it ended, epoch ms. */
	submittedAt: instant,
	/** Submitted by the learner or ended by the clock. */
	submitReason: z.enum(['submitted', 'time-up']),
});

/** A message between tabs on the exam channel; anything else on the channel is ignored. */
export const examMessageSchema = z.strictObject({
	/** who: does a tab run this exam? mine: this one does. claim: this tab takes it over. */
	type: z.enum(['who', 'mine', 'claim']),
	/** The exam id. */
	examId: text(1, 80),
	/** The sending tab. */
	tab: text(1, 100),
});
