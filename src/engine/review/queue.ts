import type { ReviewCard } from '../../schemas/progress';
import { InvalidInputError } from '../errors';

/** FSRS ratings: 1 again (forgot), 2 hard, 3 good, 4 easy. */
export type Rating = 1 | 2 | 3 | 4;

/**
 * Computes a card's next state. The real one wraps ts-fsrs (src/stores/progress.ts); it is passed
 * in because the engine imports no packages (test/architecture.test.ts), so this file stays pure.
 */
export type Scheduler = (
	card: ReviewCard,
	rating: Rating,
	now: number,
	maxIntervalDays: number,
) => ReviewCard;

const DAY = 86_400_000;
/** With no exam date, intervals are capped at FSRS's own default of 100 years. */
export const NO_EXAM_MAX_DAYS = 36_500;

/** A card never reviewed, due now. */
export function newCard(id: string, now: number): ReviewCard {
	return {
		id,
		due: now,
		stability: 0,
		difficulty: 0,
		reps: 0,
		lapses: 0,
		state: 0,
		lastReview: null,
		scheduledDays: 0,
		learningSteps: 0,
	};
}

/**
 * The longest interval that still brings a card back before the exam (at least 1 day), so every
 * card is seen once more before exam day; without an exam date, the default cap.
 * @example maxIntervalDays('2026-12-01', Date.parse('2026-11-23')) // 7
 */
export function maxIntervalDays(examDate: string | null, now: number): number {
	if (examDate === null) return NO_EXAM_MAX_DAYS;
	const day = Date.parse(`${examDate}T00:00:00Z`);
	if (Number.isNaN(day))
		throw new InvalidInputError('examDate', `must be a date like 2026-12-01 (got ${examDate})`);
	return Math.max(1, Math.floor((day - now) / DAY) - 1);
}

/** Cards due at `now`, most overdue first. */
export function dueCards(cards: Readonly<Record<string, ReviewCard>>, now: number): ReviewCard[] {
	return Object.values(cards)
		.filter((c) => c.due <= now)
		.sort((a, b) => a.due - b.due || a.id.localeCompare(b.id));
}

/** The card id for a question or a limit fact. */
export const cardId = (kind: 'question' | 'fact', id: string): string =>
	`${kind === 'question' ? 'q' : 'f'}:${id}`;

/** One outcome to feed into the queue: a question answered, or a limit fact a missed question rests on. */
export interface ReviewResult {
	id: string;
	correct: boolean;
	/** Defaults to 'question'. */
	kind?: 'question' | 'fact';
}

/**
 * Cards after an exam: each missed question (or fact) is rated "again" (a new card if needed), and each
 * right answer on a question already under review is rated "good". Other cards are unchanged.
 */
export function afterExam(
	cards: Readonly<Record<string, ReviewCard>>,
	results: readonly ReviewResult[],
	now: number,
	schedule: Scheduler,
	maxDays: number,
): Record<string, ReviewCard> {
	const out = { ...cards };
	for (const r of results) {
		const id = cardId(r.kind ?? 'question', r.id);
		const existing = out[id];
		if (r.correct && !existing) continue;
		out[id] = schedule(existing ?? newCard(id, now), r.correct ? 3 : 1, now, maxDays);
	}
	return out;
}
