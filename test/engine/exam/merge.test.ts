import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	mergeExams,
	presetBlueprint,
	reduceExam,
	startExam,
	type ExamEvent,
	type ExamState,
} from '../../../src/engine/exam';
import { bank, format, t0 } from './bank';

const base = startExam(presetBlueprint('quick', format), bank, 4, t0, format);
const ids = base.itemIds;
const play = (s: ExamState, events: ExamEvent[]) => events.reduce(reduceExam, s);
const answer = (i: number, now: number, a = 'a'): ExamEvent => ({
	type: 'answer',
	now,
	itemId: ids[i]!,
	answer: a,
});

describe('mergeExams', () => {
	it('keeps the answers of both tabs and this tab’s screen position', () => {
		const saved = play(base, [answer(1, t0 + 1), answer(2, t0 + 2), answer(3, t0 + 3)]);
		const mine = play(base, [answer(0, t0 + 1), { type: 'move', now: t0 + 4, to: 5 }]);
		const merged = mergeExams(saved, mine);
		expect(Object.keys(merged.answers).sort()).toEqual([ids[0], ids[1], ids[2], ids[3]].sort());
		expect(merged.position).toBe(5);
	});

	it('takes the later answer where both tabs answered the same item', () => {
		const saved = play(base, [answer(0, t0 + 5, 'late')]);
		const mine = play(base, [answer(0, t0 + 1, 'early')]);
		expect(mergeExams(saved, mine).answers[ids[0]!]).toBe('late');
		expect(mergeExams(mine, saved).answers[ids[0]!]).toBe('late');
	});

	it('takes the later flag or unflag of each item', () => {
		const flag = (i: number, now: number, flagged: boolean): ExamEvent => ({
			type: 'flag',
			now,
			itemId: ids[i]!,
			flagged,
		});
		const saved = play(base, [flag(0, t0 + 1, true), flag(1, t0 + 9, true)]);
		const mine = play(base, [flag(0, t0 + 5, false), flag(2, t0 + 2, true)]);
		expect(mergeExams(saved, mine).flags.sort()).toEqual([ids[1], ids[2]].sort());
	});

	it('never un-submits: a finished copy wins, the earlier submission of two', () => {
		const submitted = play(base, [answer(0, t0 + 1), { type: 'submit', now: t0 + 10 }]);
		const running = play(base, [answer(1, t0 + 20)]);
		expect(mergeExams(submitted, running)).toBe(submitted);
		expect(mergeExams(running, submitted)).toBe(submitted);
		const later = play(base, [{ type: 'submit', now: t0 + 30 }]);
		expect(mergeExams(later, submitted).submittedAt).toBe(t0 + 10);
	});

	it('keeps time added in either tab', () => {
		const saved = play(base, [{ type: 'add-time', now: t0 + 1, minutes: 30 }]);
		expect(mergeExams(saved, base).deadline).toBe(base.deadline! + 30 * 60_000);
		expect(mergeExams(base, saved).addedMs).toBe(30 * 60_000);
	});

	it('lets a saved copy of another exam replace this one', () => {
		const other = startExam(presetBlueprint('quick', format), bank, 5, t0 + 1, format);
		expect(mergeExams(other, base)).toBe(other);
	});

	it('never loses an answer present in either copy, nor un-submits (property)', () => {
		const event = fc.oneof(
			fc.record({
				type: fc.constant('answer' as const),
				now: fc.integer({ min: t0, max: t0 + 60_000 }),
				itemId: fc.constantFrom(...ids),
				answer: fc.constantFrom('a', 'b'),
			}),
			fc.record({
				type: fc.constant('clear' as const),
				now: fc.integer({ min: t0, max: t0 + 60_000 }),
				itemId: fc.constantFrom(...ids),
			}),
			fc.record({
				type: fc.constant('flag' as const),
				now: fc.integer({ min: t0, max: t0 + 60_000 }),
				itemId: fc.constantFrom(...ids),
				flagged: fc.boolean(),
			}),
			fc.record({
				type: fc.constant('submit' as const),
				now: fc.integer({ min: t0, max: t0 + 60_000 }),
			}),
		);
		fc.assert(
			fc.property(fc.array(event), fc.array(event), (a, b) => {
				const saved = play(base, a);
				const mine = play(base, b);
				const merged = mergeExams(saved, mine);
				const done = [saved, mine].filter((s) => s.submittedAt !== undefined);
				if (done.length > 0) {
					expect(merged.submittedAt).toBe(Math.min(...done.map((s) => s.submittedAt!)));
					return;
				}
				for (const id of [...Object.keys(saved.answers), ...Object.keys(mine.answers)])
					expect(merged.answers[id]).toBeDefined();
				expect(Object.keys(merged.answers).length).toBeGreaterThanOrEqual(
					Math.max(Object.keys(saved.answers).length, Object.keys(mine.answers).length),
				);
			}),
		);
	});
});
