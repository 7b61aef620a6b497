import { InvalidInputError } from '../errors';

// Answers come from the UI or from a URL, so their shape is checked before grading.

/** The answer as one id out of `known`; throws naming the field otherwise. */
export function oneId(answer: unknown, known: readonly string[], field = 'answer'): string {
	if (typeof answer !== 'string')
		throw new InvalidInputError(field, `must be one option id (got ${describe(answer)})`);
	if (!known.includes(answer))
		throw new InvalidInputError(
			field,
			`unknown option "${answer}"; expected one of ${known.join(', ')}`,
		);
	return answer;
}

/** The answer as distinct ids out of `known`, at most `max` of them. */
export function someIds(
	answer: unknown,
	known: readonly string[],
	max: number,
	field = 'answer',
): string[] {
	if (!Array.isArray(answer))
		throw new InvalidInputError(field, `must be a list of option ids (got ${describe(answer)})`);
	answer.forEach((id, i) => oneId(id, known, `${field}[${i}]`));
	const ids = answer as string[];
	if (new Set(ids).size !== ids.length) throw new InvalidInputError(field, 'lists an option twice');
	if (ids.length > max)
		throw new InvalidInputError(field, `choose at most ${max} options (got ${ids.length})`);
	return ids;
}

/** The answer as an ordering of exactly the ids in `known`. */
export function permutation(answer: unknown, known: readonly string[], field = 'answer'): string[] {
	if (!Array.isArray(answer))
		throw new InvalidInputError(field, `must list the step ids in order (got ${describe(answer)})`);
	const ids = someIds(answer, known, known.length, field);
	if (ids.length !== known.length)
		throw new InvalidInputError(field, `must place all ${known.length} steps (got ${ids.length})`);
	return ids;
}

/** The answer as a prompt → answer map over known ids; prompts left out count as unanswered. */
export function pairs(
	answer: unknown,
	prompts: readonly string[],
	answers: readonly string[],
	field = 'answer',
): Record<string, string> {
	if (typeof answer !== 'object' || answer === null || Array.isArray(answer))
		throw new InvalidInputError(
			field,
			`must map prompt ids to answer ids (got ${describe(answer)})`,
		);
	for (const [prompt, chosen] of Object.entries(answer)) {
		if (!prompts.includes(prompt))
			throw new InvalidInputError(`${field}.${prompt}`, 'is not a prompt of this question');
		oneId(chosen, answers, `${field}.${prompt}`);
	}
	return answer as Record<string, string>;
}

function describe(value: unknown): string {
	return Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value;
}
