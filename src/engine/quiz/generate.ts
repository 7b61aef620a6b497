import type { LimitsModel } from '../../schemas/limits';
import type { ScenarioQuestion } from '../../schemas/question';
import type { InferenceOption } from '../advisor/types';
import { InvalidInputError } from '../errors';
import { createRng } from '../random';
import { limits as shippedLimits } from '../shipped-limits';
import { type Difficulty, isDefensible, measureDifficulty } from './difficulty';
import { drawHosting } from './draw-hosting';
import { drawWorkload } from './draw-workload';
import { scenarioModel } from './scenario-key';

/** What kind of scenario to generate; anything left out is drawn from the seed. */
export interface GenerateOptions {
	difficulty?: Difficulty;
	/** inference: pick an endpoint option; hosting: pick how to host many models. */
	mode?: 'inference' | 'hosting';
}

/** A generated scenario: always carries its computed key in `expected`. */
export type GeneratedScenario = ScenarioQuestion & {
	expected: NonNullable<ScenarioQuestion['expected']>;
};

/** Draws per seed before giving up on the wanted difficulty and taking any defensible draw. */
const maxAttempts = 400;

const lessonFor = {
	'real-time': 'real-time',
	serverless: 'serverless',
	asynchronous: 'asynchronous',
	'batch-transform': 'batch-transform',
} as const satisfies Record<InferenceOption, string>;

/** The id a generated scenario carries; it names the seed and options, so a URL can replay it. */
export function generatedId(seed: number, options: GenerateOptions = {}): string {
	return ['gen', seed, options.mode, options.difficulty && `d${options.difficulty}`]
		.filter(Boolean)
		.join('-');
}

/**
 * A scenario question drawn from a seed: a workload told as a story, with its key computed by the
 * advisor and exactly one defensible answer. The same seed and options give the same question.
 * @example
 * const q = generateScenario(42, { difficulty: 3 });
 * gradeAnswer(q, q.expected).correct // true
 */
export function generateScenario(
	seed: number,
	options: GenerateOptions = {},
	model: LimitsModel = shippedLimits,
): GeneratedScenario {
	if (!Number.isSafeInteger(seed) || seed < 0)
		throw new InvalidInputError('seed', `must be a whole number 0 or more (got ${seed})`);
	if (options.difficulty !== undefined && ![1, 2, 3].includes(options.difficulty))
		throw new InvalidInputError(
			'difficulty',
			`must be 1, 2 or 3 (got ${String(options.difficulty)})`,
		);
	const rng = createRng(seed);
	const difficulty: Difficulty = options.difficulty ?? rng.pick([1, 2, 3] as const);
	const mode = options.mode ?? (rng.next() < 0.2 ? 'hosting' : 'inference');
	let fallback: GeneratedScenario | undefined;
	for (let attempt = 0; attempt < maxAttempts; attempt++) {
		const drawn =
			mode === 'hosting'
				? drawHosting(rng, difficulty, model)
				: drawWorkload(rng, difficulty, model);
		if (!isDefensible(drawn, model) || !unitSafe(drawn, model)) continue;
		const measured = measureDifficulty(drawn, model);
		const question = build(seed, options, drawn, measured, model);
		if (measured === difficulty) return question;
		fallback ??= question;
	}
	if (fallback) return fallback;
	throw new Error(`no defensible scenario for seed ${seed}`);
}

/** False when reading the story's KB or GB as 1000 rather than 1024 would change the answer. */
function unitSafe(
	drawn: ReturnType<typeof drawWorkload> | ReturnType<typeof drawHosting>,
	model: LimitsModel,
): boolean {
	if (!('workload' in drawn) || drawn.decimalPayloadMB === undefined) return true;
	const key = scenarioModel(drawn, model).key;
	return (
		isDefensible({ workload: { ...drawn.workload, payloadMB: drawn.decimalPayloadMB } }, model) &&
		scenarioModel({ workload: { ...drawn.workload, payloadMB: drawn.decimalPayloadMB } }, model)
			.key === key
	);
}

function build(
	seed: number,
	options: GenerateOptions,
	drawn: ReturnType<typeof drawWorkload> | ReturnType<typeof drawHosting>,
	difficulty: Difficulty,
	model: LimitsModel,
): GeneratedScenario {
	const computed = scenarioModel(drawn, model);
	const facts = [...new Set(computed.feedback.flatMap((f) => (f.fact ? [f.fact.id] : [])))];
	const common = { id: generatedId(seed, options), task: '3.1' as const, difficulty, facts };
	if ('workload' in drawn) {
		const key = computed.key as InferenceOption;
		return {
			...common,
			kind: 'scenario',
			topics: [key],
			lessons: ['choosing', lessonFor[key]],
			stem: 'Which SageMaker inference option fits this workload best?',
			story: drawn.story,
			workload: drawn.workload,
			expected: key,
		};
	}
	return {
		...common,
		kind: 'scenario',
		topics: [computed.key as ScenarioQuestion['topics'][number]],
		lessons: ['hosting-many-models'],
		stem: 'How should they host these models?',
		story: drawn.story,
		hosting: drawn.hosting,
		expected: computed.key as NonNullable<ScenarioQuestion['expected']>,
	};
}
