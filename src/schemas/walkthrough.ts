import { z } from 'astro/zod';
import { lessonSlugs } from './lesson';
import { hostingNeedsSchema, workloadSchema } from './question';

/** What a "what if" control on a scenario step may change, live, in front of the room. */
export const whatIfFields = ['payloadMB', 'processingSeconds', 'traffic', 'caller'] as const;

/** The kinds of step a walkthrough can show, one screen each. */
export const stepKinds = ['lesson', 'diagram', 'scenario', 'hosting', 'playground'] as const;

const text = z.string().min(3);
/** Short lines shown large on the screen; `{{fact:id}}` placeholders render the fact's value. */
const points = z.array(z.string().min(3).max(240)).max(6);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected kebab-case');

/** Fields every step has. */
const common = {
	/** The step's heading on the screen. */
	title: z.string().min(3).max(90),
	/** What the presenter says or asks here; shown only in the presenter window. */
	notes: z.string().min(3).optional(),
};

/** A section of a lesson: its key points, and a link to the section itself. */
export const lessonStepSchema = z
	.object({
		kind: z.literal('lesson'),
		...common,
		/** The lesson the section belongs to. */
		lesson: z.enum(lessonSlugs),
		/** The id of the section's heading in the built lesson page (its `##` heading slug). */
		section: id,
		/** The section's main points, in the presenter's words. */
		points: points.min(1),
	})
	.strict();

/** A diagram, optionally with one node highlighted (a per-node SVG rendered ahead of time). */
export const diagramStepSchema = z
	.object({
		kind: z.literal('diagram'),
		...common,
		/** A diagram id: the file name in `content/diagrams/` without `.mmd`. */
		diagram: id,
		/** The mermaid node id to highlight; omit to show the plain diagram. */
		highlight: z
			.string()
			.regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'expected a mermaid node id')
			.optional(),
		/** What the highlighted node asks or decides. */
		points: points.optional(),
	})
	.strict();

/** An inference workload whose eliminations are revealed one at a time, then the answer. */
export const scenarioStepSchema = z
	.object({
		kind: z.literal('scenario'),
		...common,
		/** The situation told as a story. */
		story: text,
		/** The workload the advisor engine decides on. */
		workload: workloadSchema,
		/** Which inputs the presenter may change live; the answer recomputes for everyone. */
		whatIf: z.array(z.enum(whatIfFields)).default([]),
	})
	.strict();

/** A set of models whose unfitting hosting patterns are revealed one at a time, then the answer. */
export const hostingStepSchema = z
	.object({
		kind: z.literal('hosting'),
		...common,
		/** The situation told as a story. */
		story: text,
		/** The hosting needs the engine decides on. */
		needs: hostingNeedsSchema,
	})
	.strict();

/** A playground preset: the same traffic on two or more configurations, simulated on the step. */
export const playgroundStepSchema = z
	.object({
		kind: z.literal('playground'),
		...common,
		/** A preset id from the playground (`presets` in `src/islands/playground/form.ts`). */
		preset: id,
		/** What to look for in the result. */
		points: points.optional(),
	})
	.strict();

/** One screen of a walkthrough. */
export const walkthroughStepSchema = z.discriminatedUnion('kind', [
	lessonStepSchema,
	diagramStepSchema,
	scenarioStepSchema,
	hostingStepSchema,
	playgroundStepSchema,
]);

/** A walkthrough file in `content/walkthroughs/`: an ordered list of steps to present. */
export const walkthroughSchema = z
	.object({
		/** The walkthrough's title, shown on the first screen and in the list. */
		title: z.string().min(3).max(90),
		/** One or two sentences for the list of walkthroughs. */
		summary: z.string().min(20),
		/** Position in the list of walkthroughs, smallest first. */
		order: z.number().int().min(1).max(99),
		/** Estimated minutes to present. */
		minutes: z.number().int().min(1).max(120),
		/** Lessons the walkthrough draws on, linked for students afterwards. */
		lessons: z.array(z.enum(lessonSlugs)).min(1),
		/** The steps, in order. */
		steps: z.array(walkthroughStepSchema).min(3).max(40),
	})
	.strict();

export type StepKind = (typeof stepKinds)[number];
export type WhatIfField = (typeof whatIfFields)[number];
export type WalkthroughStep = z.output<typeof walkthroughStepSchema>;
export type Walkthrough = z.output<typeof walkthroughSchema>;
