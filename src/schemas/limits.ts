import { z } from 'astro/zod';

/** Endpoint options and hosting patterns, the vocabulary every other schema shares. */
export const inferenceOptions = [
	'real-time',
	'serverless',
	'asynchronous',
	'batch-transform',
] as const;
export const hostingPatterns = [
	'single-model',
	'multi-model',
	'multi-container',
	'inference-pipeline',
	'inference-components',
] as const;
/** What a fact is about: an endpoint option, a hosting pattern, or a topic around them. */
export const concerns = [
	...inferenceOptions,
	...hostingPatterns,
	'production-variants',
	'shadow-tests',
	'deployment-guardrails',
	'autoscaling',
	'security',
	'monitoring',
	'neo',
	'edge',
	'retired',
	'pricing',
	'exam',
	'deployment-targets',
	'orchestration',
	'infrastructure-as-code',
	'cost',
	'observability',
	'audit',
] as const;
export const units = [
	'bytes',
	'MB',
	'GB',
	'milliseconds',
	'seconds',
	'minutes',
	'hours',
	'days',
	'count',
	'percent',
	'USD/hour',
	'USD/GB-second',
	'USD/GB',
	'points',
	'date',
	'boolean',
	'text',
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const numericUnits: ReadonlySet<string> = new Set([
	'bytes',
	'MB',
	'GB',
	'milliseconds',
	'seconds',
	'minutes',
	'hours',
	'days',
	'count',
	'percent',
	'USD/hour',
	'USD/GB-second',
	'USD/GB',
	'points',
]);

/** One SageMaker number or rule, with where it comes from. */
export const factSchema = z
	.object({
		/** Stable dotted id, e.g. `realtime.maxPayloadMB`; content and code refer to facts by it. */
		id: z
			.string()
			.regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/, 'expected a dotted id like group.name'),
		/** A short phrase a learner reads in a table, e.g. "Largest request body". */
		label: z.string().min(3),
		/** The value; `null` only when no source confirms one (status `unconfirmed`). */
		value: z.union([z.number(), z.boolean(), z.string().min(1), z.null()]),
		/** What the value counts in; `date` values are YYYY-MM-DD, `boolean` values are yes/no. */
		unit: z.enum(units),
		/** Options or topics the fact concerns. */
		concerns: z.array(z.enum(concerns)).min(1),
		/** confirmed: read in an AWS source; unconfirmed: no AWS source states it; estimate: a price or figure from secondary sources. */
		status: z.enum(['confirmed', 'unconfirmed', 'estimate']),
		/** What the fact means in practice, in our own words. */
		detail: z.string().min(10).optional(),
		/** Where the value was read. */
		source: z.object({
			/** The page to open to check the value. */
			url: z.url(),
			/** The page's title or a short description of it. */
			title: z.string().min(3),
		}),
		/** The day the value was last checked against its source. */
		checked: isoDate,
		/** For prices and other figures that drift: the date the figure describes. */
		asOf: isoDate.optional(),
		/** Where the study guides say something else, and why we follow the AWS docs. */
		guides: z
			.object({
				/** What the study guides say. */
				claim: z.string().min(3),
				/** Which seed documents say it (file prefixes such as 001). */
				seeds: z.array(z.string().regex(/^\d{3}$/)).min(1),
				/** Why the AWS docs win, in one or two sentences. */
				why: z.string().min(10),
			})
			.optional(),
	})
	.strict()
	.superRefine((fact, ctx) => {
		const { value, unit, status } = fact;
		if (value === null) {
			if (status !== 'unconfirmed')
				ctx.addIssue({
					code: 'custom',
					path: ['value'],
					message: 'null is only allowed for unconfirmed facts',
				});
			return;
		}
		const expected = numericUnits.has(unit) ? 'number' : unit === 'boolean' ? 'boolean' : 'string';
		if (typeof value !== expected)
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: `unit ${unit} needs a ${expected} value`,
			});
		if (unit === 'date' && typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(value))
			ctx.addIssue({ code: 'custom', path: ['value'], message: 'date values are YYYY-MM-DD' });
		if (typeof value === 'number' && !Number.isFinite(value))
			ctx.addIssue({ code: 'custom', path: ['value'], message: 'numbers must be finite' });
		if (unit.startsWith('USD') && fact.asOf === undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['asOf'],
				message: 'prices need the date they describe',
			});
	});

/** One file of `content/limits/`: a titled group of facts. */
export const limitsFileSchema = z
	.object({
		/** JSON editors use it for completion; ignored otherwise. */
		$schema: z.string().optional(),
		/** The group's heading on the Limits page. */
		title: z.string().min(3),
		/** Where the group sits on the Limits page, smallest first. */
		order: z.number().int().nonnegative(),
		/** One sentence under the heading. */
		summary: z.string().min(10),
		/** The facts of the group. */
		facts: z.array(factSchema).min(1),
	})
	.strict();

export type InferenceOption = (typeof inferenceOptions)[number];
export type HostingPattern = (typeof hostingPatterns)[number];
export type Concern = (typeof concerns)[number];
export type Fact = z.output<typeof factSchema>;
export type LimitsFile = z.output<typeof limitsFileSchema>;
/** The whole model: every group, and every fact by id. */
export interface LimitsModel {
	groups: readonly (LimitsFile & { slug: string })[];
	byId: Readonly<Record<string, Fact>>;
}
