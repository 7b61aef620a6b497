import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	examProblems,
	MAX_ADDED_MS,
	presetBlueprint,
	reduceExam,
	startExam,
	type ExamEvent,
	type ExamState,
} from '../../../src/engine/exam';
import { bank, format, t0 } from './bank';

const base = startExam(presetBlueprint('quick', format), bank, 4, t0, format);
const ids = base.itemIds;

describe('examProblems', () => {
	it('finds nothing wrong with a fresh exam, an untimed one or a finished one', () => {
		expect(examProblems(base)).toEqual([]);
		const untimed = startExam(presetBlueprint('quick', format), bank, 4, t0, format, {
			accommodation: 'untimed',
		});
		expect(examProblems(untimed)).toEqual([]);
		expect(examProblems(reduceExam(base, { type: 'tick', now: t0 + 99 * 60_000 }))).toEqual([]);
	});

	it.each<[string, Partial<ExamState>]>([
		['deadline does not match the time allowed', { deadline: 2_501_500_734 * 1000 }],
		['deadline does not match the time allowed', { deadline: null }],
		['answers name items not in the exam', { answers: { 'q-100001': 'a' } }],
		['flags name items not in the exam', { flags: ['nope'] }],
		['flags repeat', { flags: [ids[0]!, ids[0]!] }],
		['position beyond the last item', { position: ids.length }],
		['item ids repeat', { itemIds: [ids[0]!, ids[0]!] }],
		['added time beyond the most allowed', { addedMs: MAX_ADDED_MS + 1 }],
		[
			'ended before it started or after its deadline',
			{ submittedAt: t0 - 1, submitReason: 'submitted' },
		],
		['end time and reason disagree', { submittedAt: t0 + 1 }],
	])('names "%s"', (problem, change) => {
		expect(examProblems({ ...base, ...change })).toContain(problem);
	});

	it('finds nothing wrong in any state the engine itself reaches (property)', () => {
		const now = fc.integer({ min: t0 - 60_000, max: t0 + 3 * 60 * 60_000 });
		const event: fc.Arbitrary<ExamEvent> = fc.oneof(
			fc.record({
				type: fc.constant('answer' as const),
				now,
				itemId: fc.constantFrom(...ids, 'x'),
				answer: fc.constant('a'),
			}),
			fc.record({ type: fc.constant('clear' as const), now, itemId: fc.constantFrom(...ids) }),
			fc.record({
				type: fc.constant('flag' as const),
				now,
				itemId: fc.constantFrom(...ids, 'x'),
				flagged: fc.boolean(),
			}),
			fc.record({ type: fc.constant('move' as const), now, to: fc.integer({ min: -2, max: 25 }) }),
			fc.record({
				type: fc.constant('add-time' as const),
				now,
				minutes: fc.integer({ min: -30, max: 90 }),
			}),
			fc.record({ type: fc.constant('submit' as const), now }),
			fc.record({ type: fc.constant('tick' as const), now }),
		);
		fc.assert(
			fc.property(fc.array(event), (events) => {
				expect(examProblems(events.reduce(reduceExam, base))).toEqual([]);
			}),
		);
	});
});

describe('reduceExam add-time', () => {
	const add = (s: ExamState, minutes: number, now = t0 + 1000) =>
		reduceExam(s, { type: 'add-time', now, minutes });

	it('moves the deadline and records the time added', () => {
		const s = add(base, 30);
		expect(s.deadline).toBe(base.deadline! + 30 * 60_000);
		expect(s.addedMs).toBe(30 * 60_000);
	});

	it('refuses time past the limit, negative time, an untimed exam and a finished one', () => {
		expect(add(add(add(add(base, 30), 30), 30), 30).addedMs).toBe(MAX_ADDED_MS);
		expect(add(add(add(add(add(base, 30), 30), 30), 30), 30).addedMs).toBe(MAX_ADDED_MS);
		expect(add(base, -30)).toBe(base);
		const untimed = startExam(presetBlueprint('quick', format), bank, 4, t0, format, {
			accommodation: 'untimed',
		});
		expect(add(untimed, 30)).toBe(untimed);
		const done = reduceExam(base, { type: 'submit', now: t0 + 10 });
		expect(add(done, 30)).toBe(done);
	});
});
