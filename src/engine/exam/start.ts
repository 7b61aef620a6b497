import type { Question } from '../../schemas/question';
import { InvalidInputError } from '../errors';
import { createRng } from '../random';
import { type ExamHistory, drawItemIds } from './draw';
import { allowedMs, type ExamFormat } from './format';
import type { Accommodation, Blueprint, ExamState } from './types';

/** Options of startExam beyond the four required arguments. */
export interface StartOptions {
	accommodation?: Accommodation;
	history?: ExamHistory;
}

const noHistory: ExamHistory = { missed: [], seen: [] };

/**
 * A new exam: items drawn from the bank by the blueprint, the clock set from `now`.
 * The same blueprint, bank, seed and history always give the same items in the same order.
 * @example
 * const state = startExam(presetBlueprint('quick', format), bank, 42, Date.parse('2026-11-23T10:00Z'), format);
 * state.itemIds.length // 20
 */
export function startExam(
	blueprint: Blueprint,
	bank: readonly Question[],
	seed: number,
	now: number,
	format: ExamFormat,
	options: StartOptions = {},
): ExamState {
	if (!Number.isSafeInteger(seed) || seed < 0)
		throw new InvalidInputError('seed', `must be a whole number 0 or more (got ${seed})`);
	if (
		!Number.isInteger(blueprint.count) ||
		blueprint.count < 1 ||
		blueprint.count > format.questions
	)
		throw new InvalidInputError(
			'count',
			`must be 1 to ${format.questions} (got ${blueprint.count})`,
		);
	if (blueprint.minutes !== null && !(blueprint.minutes > 0))
		throw new InvalidInputError(
			'minutes',
			`must be more than 0 or untimed (got ${blueprint.minutes})`,
		);
	if (!Number.isFinite(now))
		throw new InvalidInputError('now', 'must be a time in epoch milliseconds');
	const accommodation = options.accommodation ?? 'standard';
	const itemIds = drawItemIds(
		blueprint,
		bank,
		format.domainWeights,
		createRng(seed),
		options.history ?? noHistory,
	);
	if (itemIds.length === 0)
		throw new InvalidInputError(
			'blueprint',
			'no question matches these choices; widen the topics or kinds',
		);
	const ms = allowedMs(blueprint, accommodation);
	return {
		id: `exam-${seed}-${now}`,
		seed,
		blueprint,
		itemIds,
		answers: {},
		answeredAt: {},
		flags: [],
		flaggedAt: {},
		position: 0,
		startedAt: now,
		deadline: ms === null ? null : now + ms,
		accommodation,
		addedMs: 0,
	};
}
