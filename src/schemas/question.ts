import { z } from 'astro/zod';
import exam from '../../content/limits/exam.json' with { type: 'json' };
import { concerns, hostingPatterns, inferenceOptions } from './limits';
import { examTasks, lessonSlugs } from './lesson';

/** Wrong beliefs a distractor can test; every wrong option names one, so results can be grouped by it. */
export const misconceptions = [
	'async-is-batch',
	'batch-for-live-callers',
	'serverless-has-gpus',
	'serverless-in-vpc',
	'serverless-payload-6mb',
	'serverless-data-capture',
	'realtime-cannot-scale-to-zero',
	'async-timeout-15min',
	'async-no-cold-start',
	'mme-mixed-frameworks',
	'mce-for-ab-testing',
	'mce-parallel-mode',
	'mme-per-model-scaling',
	'batch-unlimited-payload',
	'shadow-returns-responses',
	'canary-is-linear',
	'latency-as-predefined-metric',
	'cpu-as-predefined-metric',
	'elastic-inference-current',
	'edge-manager-current',
	'neo-fixed-speedup',
	'realtime-for-long-jobs',
	'serverless-for-steady-traffic',
	'pipeline-single-container',
	'variants-need-new-endpoint',
	'kms-on-instance-storage',
	'network-isolation-blocks-s3',
	'latency-metric-confusion',
	'monitor-type-confusion',
	'rolling-everywhere',
	'execution-role-vs-caller',
	'vpcconfig-vs-runtime-endpoint',
	'target-tracking-scales-from-zero',
	'single-subnet-high-availability',
	'rollback-is-manual',
	'partial-traffic-is-silent',
	'network-isolation-means-private',
	'capture-in-cloudwatch',
	'update-causes-downtime',
	'shadow-test-unbounded',
	'neo-retrains-model',
	'monitor-runs-automatically',
	'mme-is-mce',
	'cooldown-direction',
	'backlog-as-predefined-metric',
	'weights-for-targeting',
	'trainium-for-inference',
	'serverless-scales-instances',
	'no-termination-wait',
	'mme-models-in-config',
	'invocations-only-scaling',
	'classic-variant-min-zero',
	'model-holds-hosting-settings',
	'endpoint-config-editable',
	'realtime-queues-requests',
	'serverless-billing-confusion',
	'serverless-concurrency-warms',
	'serverless-convert-in-place',
	'serverless-multiple-variants',
	'serverless-limits-underestimated',
	'compute-size-lifts-limits',
	'async-ttl-confusion',
	'async-for-waiting-callers',
	'batch-splits-one-file',
	'batch-no-join',
	'batch-cpu-only',
	'monitor-endpoints-only',
	'endpoint-for-stored-data',
	'lambda-for-large-models',
	'containers-bring-ml-features',
	'platform-ignores-team-skills',
	'orchestrator-hosts-models',
	'orchestrator-confusion',
	'sdk-script-is-iac',
	'cdk-bypasses-cloudformation',
	'spot-for-endpoints',
	'compute-plan-covers-sagemaker',
	'reserved-instances-for-sagemaker',
	'commit-to-peak',
	'tags-without-activation',
	'cost-tool-confusion',
	'observability-tool-confusion',
	'cloudwatch-for-audit',
	'cloudtrail-logs-predictions',
	'data-events-by-default',
	'manual-monitoring-review',
	'other',
] as const;

/** The question kinds of the MLA-C01 exam, plus `scenario`, whose key the advisor computes. */
export const questionKinds = [
	'single',
	'multiple',
	'ordering',
	'matching',
	'case-study',
	'scenario',
] as const;

// Item-size bounds are exam rules, so they come from the limits model, not from this file.
const examFact = (id: string): number => {
	const value = exam.facts.find((f) => f.id === id)?.value;
	if (typeof value !== 'number')
		throw new Error(`exam fact ${id} is missing from content/limits/exam.json`);
	return value;
};
/** Step and prompt counts the exam allows, read from the exam facts. */
export const itemBounds = {
	orderingMin: examFact('exam.orderingMinSteps'),
	orderingMax: examFact('exam.orderingMaxSteps'),
	matchingMin: examFact('exam.matchingMinPrompts'),
	matchingMax: examFact('exam.matchingMaxPrompts'),
} as const;

const itemId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a short kebab-case id');
const factId = z
	.string()
	.regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/, 'expected a fact id like group.name');
const text = z.string().trim().min(1);

/** One answer choice of a single or multiple question. */
export const optionSchema = z
	.object({
		/** Short id, unique in the question; answers refer to it. */
		id: itemId,
		/** What the learner reads. */
		text,
		/** Whether choosing it is right. */
		correct: z.boolean(),
		/** Why it is right or wrong; may contain `{{fact:ID}}`. */
		why: z.string().trim().min(10),
		/** The wrong belief this distractor tests; required on every wrong option. */
		misconception: z.enum(misconceptions).optional(),
	})
	.strict();

/** One step of an ordering question. */
export const stepSchema = z.object({ /** Step id. */ id: itemId, /** Step text. */ text }).strict();
/** One prompt of a matching question, with the id of the answer it matches. */
export const promptSchema = z
	.object({
		/** Prompt id. */ id: itemId,
		/** Prompt text. */ text,
		/** Id of the matching answer. */ match: itemId,
	})
	.strict();

const stem = z.string().trim().min(10);
const explanation = z.string().trim().min(10);

const singleBody = {
	kind: z.literal('single'),
	/** The question text; plain text with optional `{{fact:ID}}`. */
	stem,
	/** Three to five choices, exactly one correct. */
	options: z.array(optionSchema).min(3).max(5),
};
const multipleBody = {
	kind: z.literal('multiple'),
	/** The question text. */
	stem,
	/** How many options to choose; equals the number of correct options. */
	choose: z.number().int().min(2),
	/** Four to six choices. */
	options: z.array(optionSchema).min(4).max(6),
};
const orderingBody = {
	kind: z.literal('ordering'),
	/** The question text. */
	stem,
	/** Steps in the CORRECT order; the UI shuffles them. */
	steps: z.array(stepSchema),
	/** Why this order. */
	explanation,
};
const matchingBody = {
	kind: z.literal('matching'),
	/** The question text. */
	stem,
	/** Prompts, each matched to one answer. */
	prompts: z.array(promptSchema),
	/** Answers (may include extra distractors). */
	answers: z.array(stepSchema).min(2),
	/** Why each prompt maps where it does. */
	explanation,
};

/** Fields every top-level question carries (the stem is per kind). */
const common = {
	/** Equals the file name without extension when given; the loader takes the id from the file name. */
	id: itemId.optional(),
	/** One or more topics from the limits vocabulary. */
	topics: z.array(z.enum(concerns)).min(1),
	/** The MLA-C01 task the question serves. */
	task: z.enum(examTasks),
	/** 1 easy, 2 medium, 3 hard. */
	difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
	/** Lessons to read after answering. */
	lessons: z.array(z.enum(lessonSlugs)).min(1),
	/** Fact ids the key rests on. */
	facts: z.array(factId).default([]),
};

/** A case-study part: a complete single, multiple, ordering or matching question without the common fields. */
export const partSchema = z.discriminatedUnion('kind', [
	z.object(singleBody).strict(),
	z.object(multipleBody).strict(),
	z.object(orderingBody).strict(),
	z.object(matchingBody).strict(),
]);

/** The workload of a scenario question (the advisor's Workload). */
export const workloadSchema = z
	.object({
		/** Largest request body, MB. */
		payloadMB: z.number().positive(),
		/** Worst-case model time per request, seconds. */
		processingSeconds: z.number().positive(),
		/** How the caller gets its answer. */
		caller: z.enum(['waits', 'notified', 'offline']),
		/** Shape of the traffic. */
		traffic: z.enum(['steady', 'spiky', 'intermittent', 'none']),
		/** End-to-end budget when the caller waits, ms. */
		latencyTargetMs: z.number().positive().optional(),
		/** Memory the model needs, GB. */
		memoryGB: z.number().positive().optional(),
		/** Needs a GPU. */
		gpu: z.boolean().optional(),
		/** Must run in a VPC. */
		vpc: z.boolean().optional(),
		/** Inputs and outputs must be captured. */
		dataCapture: z.boolean().optional(),
	})
	.strict();

/** The hosting needs of a hosting scenario (the advisor's HostingNeeds). */
export const hostingNeedsSchema = z
	.object({
		/** How many models. */
		models: z.number().int().positive(),
		/** One container image can load every model. */
		sameFramework: z.boolean(),
		/** Each request passes through the containers in order. */
		chained: z.boolean().optional(),
		/** Each model needs its own resources and scaling. */
		perModelScaling: z.boolean().optional(),
	})
	.strict();

const scenarioBody = {
	kind: z.literal('scenario'),
	/** Optional question line under the story; the UI supplies a default. */
	stem: stem.optional(),
	/** The workload told as a story, in a person's words and units. */
	story: z.string().trim().min(20),
	/** The inference workload; give this or `hosting`. */
	workload: workloadSchema.optional(),
	/** The hosting needs; give this or `workload`. */
	hosting: hostingNeedsSchema.optional(),
	/** Optional authored answer; the key check fails if the advisor disagrees. */
	expected: z.enum([...inferenceOptions, ...hostingPatterns]).optional(),
};

const caseStudyBody = {
	kind: z.literal('case-study'),
	/** Optional lead-in line. */
	stem: stem.optional(),
	/** The shared scenario all parts refer to. */
	scenario: z.string().trim().min(20),
	/** Two to four sub-questions, each scored on its own. */
	parts: z.array(partSchema).min(2).max(4),
};

type Issue = { path: (string | number)[]; message: string };

/** Every invariant a question body must hold, as issues with paths; shared by top level and parts. */
export function bodyIssues(
	q: z.output<typeof partSchema> | { kind: 'case-study' | 'scenario' },
): Issue[] {
	const issues: Issue[] = [];
	const unique = (ids: string[], path: string) => {
		const seen = new Set<string>();
		ids.forEach((id, i) => {
			if (seen.has(id)) issues.push({ path: [path, i, 'id'], message: `duplicate id "${id}"` });
			seen.add(id);
		});
	};
	if (q.kind === 'single' || q.kind === 'multiple') {
		unique(
			q.options.map((o) => o.id),
			'options',
		);
		const correct = q.options.filter((o) => o.correct).length;
		const want = q.kind === 'single' ? 1 : q.choose;
		if (correct !== want)
			issues.push({
				path: ['options'],
				message: `${q.kind === 'single' ? 'a single-answer question' : `"choose ${want}"`} needs exactly ${want} correct option(s), found ${correct}`,
			});
		q.options.forEach((o, i) => {
			if (!o.correct && o.misconception === undefined)
				issues.push({
					path: ['options', i, 'misconception'],
					message: 'every wrong option names the misconception it tests',
				});
		});
		if (q.kind === 'multiple' && q.choose >= q.options.length)
			issues.push({
				path: ['choose'],
				message: 'choose must be smaller than the number of options',
			});
	}
	if (q.kind === 'ordering') {
		unique(
			q.steps.map((s) => s.id),
			'steps',
		);
		const n = q.steps.length;
		if (n < itemBounds.orderingMin || n > itemBounds.orderingMax)
			issues.push({
				path: ['steps'],
				message: `ordering needs ${itemBounds.orderingMin}-${itemBounds.orderingMax} steps (exam.orderingMinSteps/MaxSteps), found ${n}`,
			});
	}
	if (q.kind === 'matching') {
		unique(
			q.prompts.map((p) => p.id),
			'prompts',
		);
		unique(
			q.answers.map((a) => a.id),
			'answers',
		);
		const n = q.prompts.length;
		if (n < itemBounds.matchingMin || n > itemBounds.matchingMax)
			issues.push({
				path: ['prompts'],
				message: `matching needs ${itemBounds.matchingMin}-${itemBounds.matchingMax} prompts (exam.matchingMinPrompts/MaxPrompts), found ${n}`,
			});
		const answerIds = new Set(q.answers.map((a) => a.id));
		q.prompts.forEach((p, i) => {
			if (!answerIds.has(p.match))
				issues.push({ path: ['prompts', i, 'match'], message: `"${p.match}" is not an answer id` });
		});
	}
	return issues;
}

/** One question file of `content/questions/`. */
export const questionSchema = z
	.discriminatedUnion('kind', [
		z.object({ ...common, ...singleBody }).strict(),
		z.object({ ...common, ...multipleBody }).strict(),
		z.object({ ...common, ...orderingBody }).strict(),
		z.object({ ...common, ...matchingBody }).strict(),
		z.object({ ...common, ...caseStudyBody }).strict(),
		z.object({ ...common, ...scenarioBody }).strict(),
	])
	.superRefine((q, ctx) => {
		const add = (issue: Issue) => ctx.addIssue({ code: 'custom', ...issue });
		bodyIssues(q).forEach(add);
		if (q.kind === 'case-study')
			q.parts.forEach((part, i) =>
				bodyIssues(part).forEach((issue) => add({ ...issue, path: ['parts', i, ...issue.path] })),
			);
		if (q.kind === 'scenario') {
			if ((q.workload === undefined) === (q.hosting === undefined))
				add({ path: ['workload'], message: 'give exactly one of workload or hosting' });
			const options: readonly string[] = q.hosting ? hostingPatterns : inferenceOptions;
			if (q.expected !== undefined && !options.includes(q.expected))
				add({ path: ['expected'], message: `"${q.expected}" is not one of ${options.join(', ')}` });
		}
	});

/** A validated question file (without its id). */
export type QuestionFile = z.output<typeof questionSchema>;
/** A question with its id (the file name, or `gen-<seed>` for generated ones). */
export type Question = QuestionFile & { id: string };
export type QuestionKind = Question['kind'];
export type QuestionPart = z.output<typeof partSchema>;
export type QuestionOption = z.output<typeof optionSchema>;
export type ScenarioQuestion = Extract<Question, { kind: 'scenario' }>;
export type CaseStudyQuestion = Extract<Question, { kind: 'case-study' }>;
export type Misconception = (typeof misconceptions)[number];
