import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/engine/errors';
import {
	afterExam,
	dueCards,
	maxIntervalDays,
	newCard,
	NO_EXAM_MAX_DAYS,
} from '../../../src/engine/review';
import { fsrsScheduler } from '../../../src/stores/progress';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 23, 10);

describe('maxIntervalDays', () => {
	it('caps intervals so a card comes back before the exam day', () => {
		expect(maxIntervalDays('2026-12-01', now)).toBe(6);
		expect(maxIntervalDays('2026-11-24', now)).toBe(1);
		expect(maxIntervalDays(null, now)).toBe(NO_EXAM_MAX_DAYS);
	});

	it('refuses a malformed date naming the field', () => {
		expect(() => maxIntervalDays('soon', now)).toThrow(InvalidInputError);
	});
});

describe('afterExam and dueCards', () => {
	it('adds missed questions and facts as due cards, and leaves right answers without cards alone', () => {
		const cards = afterExam(
			{},
			[
				{ id: 'a', correct: true },
				{ id: 'b', correct: false },
				{ id: 'realtime.maxPayloadMB', correct: false, kind: 'fact' },
			],
			now,
			fsrsScheduler,
			NO_EXAM_MAX_DAYS,
		);
		expect(Object.keys(cards).sort()).toEqual(['f:realtime.maxPayloadMB', 'q:b']);
		expect(dueCards(cards, now).length).toBe(0);
		expect(dueCards(cards, now + DAY).map((c) => c.id)).toEqual(['f:realtime.maxPayloadMB', 'q:b']);
	});

	it('never schedules a card past the exam date (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 120 }),
				fc.array(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, {
					minLength: 1,
					maxLength: 8,
				}),
				(daysToExam, ratings) => {
					const examDay = new Date(now + daysToExam * DAY).toISOString().slice(0, 10);
					let card = newCard('q:x', now);
					let t = now;
					for (const r of ratings) {
						card = fsrsScheduler(card, r, t, maxIntervalDays(examDay, t));
						expect(card.due).toBeGreaterThan(t);
						t = card.due;
					}
					// Each step is capped at the days left, so a card due before the exam stays before it.
					const first = fsrsScheduler(newCard('q:y', now), 4, now, maxIntervalDays(examDay, now));
					expect(first.due).toBeLessThan(Date.parse(`${examDay}T00:00:00Z`));
				},
			),
			{ numRuns: 80 },
		);
	});
});
