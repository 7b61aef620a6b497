import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	allowedMs,
	estimateScaledScore,
	examFormat,
	presetBlueprint,
	reduceExam,
	resolveItems,
	scoreExam,
	startExam,
	timeLeft,
	type Blueprint,
	type ExamState,
} from '../../../src/engine/exam';
import { InvalidInputError } from '../../../src/engine/errors';
import { gradeAnswer } from '../../../src/engine/quiz';
import { limits } from '../../../src/engine/shipped-limits';
import type { LimitsModel } from '../../../src/schemas/limits';
import { bank, format, keyOf, t0, wrongOf } from './bank';

const quick = presetBlueprint('quick', format);
const full = presetBlueprint('full', format);
const custom = (over: Partial<Blueprint>): Blueprint => ({ ...quick, name: 'custom', ...over });

function withExamFact(id: string, value: number): LimitsModel {
	const fact = limits.byId[id];
	if (!fact) throw new Error(id);
	return { ...limits, byId: { ...limits.byId, [id]: { ...fact, value } } };
}

describe('examFormat', () => {
	it('reads count, time and pass mark from the limits model, not from code', () => {
		const changed = examFormat(withExamFact('exam.questions', 40));
		expect(changed.questions).toBe(40);
		expect(presetBlueprint('full', changed).count).toBe(40);
		expect(examFormat(withExamFact('exam.passingScore', 700)).passingScore).toBe(700);
		expect(examFormat(withExamFact('exam.minutes', 90)).minutes).toBe(90);
	});

	it('gives a quick exam the full exam pace', () => {
		expect(quick.minutes! / quick.count).toBeCloseTo(format.minutes / format.questions, 1);
	});
});

describe('startExam', () => {
	it('draws a full mock with the real count, every kind, and a deadline from the format', () => {
		const s = startExam(full, bank, 7, t0, format);
		expect(s.itemIds).toHaveLength(format.questions);
		expect(new Set(s.itemIds).size).toBe(s.itemIds.length);
		const kinds = new Set(resolveItems(s.itemIds, bank).map((i) => i.bankKind));
		expect([...kinds].sort()).toEqual([
			'case-study',
			'matching',
			'multiple',
			'ordering',
			'scenario',
			'single',
		]);
		expect(s.deadline! - s.startedAt).toBe(format.minutes * 60_000);
	});

	it('keeps the parts of a case study together and in order', () => {
		const s = startExam(full, bank, 11, t0, format);
		s.itemIds.forEach((id, i) => {
			const m = /#(\d+)$/.exec(id);
			if (m && m[1] !== '1')
				expect(s.itemIds[i - 1]).toBe(id.replace(/#\d+$/, `#${Number(m[1]) - 1}`));
		});
	});

	it('stretches or removes the time limit for accommodations', () => {
		const base = startExam(quick, bank, 1, t0, format);
		const double = startExam(quick, bank, 1, t0, format, { accommodation: 'x2' });
		const none = startExam(quick, bank, 1, t0, format, { accommodation: 'untimed' });
		expect(double.deadline! - t0).toBe(2 * (base.deadline! - t0));
		expect(none.deadline).toBeNull();
		expect(allowedMs({ ...quick, minutes: null }, 'x2')).toBeNull();
	});

	it('filters by topic, kind, missed and not seen', () => {
		const topic = startExam(
			custom({ topics: ['monitoring'], source: 'authored', count: 5 }),
			bank,
			3,
			t0,
			format,
		);
		for (const item of resolveItems(topic.itemIds, bank))
			expect(item.question.topics).toContain('monitoring');
		const kind = startExam(
			custom({ kinds: ['ordering'], source: 'authored', count: 4 }),
			bank,
			3,
			t0,
			format,
		);
		expect(resolveItems(kind.itemIds, bank).every((i) => i.bankKind === 'ordering')).toBe(true);
		const missed = startExam(
			custom({ only: 'missed', source: 'authored', count: 5 }),
			bank,
			3,
			t0,
			format,
			{
				history: { missed: ['fx-single-1', 'fx-matching-2'], seen: [] },
			},
		);
		expect(missed.itemIds.sort()).toEqual(['fx-matching-2', 'fx-single-1']);
		const seen = bank.map((q) => q.id).filter((id) => id !== 'fx-ordering-4');
		const unseen = startExam(
			custom({ only: 'unseen', source: 'authored', count: 5 }),
			bank,
			3,
			t0,
			format,
			{
				history: { missed: [], seen },
			},
		);
		expect(unseen.itemIds).toEqual(['fx-ordering-4']);
	});

	it('fills with generated scenarios that rebuild from their ids', () => {
		const s = startExam(custom({ source: 'generated', count: 3 }), [], 5, t0, format);
		expect(s.itemIds.every((id) => /^gen-\d+$/.test(id))).toBe(true);
		const items = resolveItems(s.itemIds, []);
		expect(items.map((i) => i.question.kind)).toEqual(['scenario', 'scenario', 'scenario']);
	});

	it('refuses bad input naming the field', () => {
		const bad = (f: () => unknown, field: string) => {
			try {
				f();
				expect.unreachable();
			} catch (e) {
				expect(e).toBeInstanceOf(InvalidInputError);
				expect((e as InvalidInputError).field).toBe(field);
			}
		};
		bad(() => startExam({ ...quick, count: 0 }, bank, 1, t0, format), 'count');
		bad(() => startExam({ ...quick, count: 999 }, bank, 1, t0, format), 'count');
		bad(() => startExam(quick, bank, -1, t0, format), 'seed');
		bad(
			() => startExam(custom({ topics: ['edge'], source: 'authored' }), bank, 1, t0, format),
			'blueprint',
		);
		expect(() => resolveItems(['nope'], bank)).toThrow(/nope/);
	});

	it('gives the same exam for the same seed (property)', () => {
		fc.assert(
			fc.property(fc.nat(2 ** 31 - 1), fc.integer({ min: 1, max: 30 }), (seed, count) => {
				const bp = custom({ count, source: 'authored' });
				const a = startExam(bp, bank, seed, t0, format);
				const b = startExam(bp, bank, seed, t0 + 5, format);
				expect(a.itemIds).toEqual(b.itemIds);
				expect(a.itemIds.length).toBeLessThanOrEqual(count);
			}),
			{ numRuns: 60 },
		);
	});
});

describe('reduceExam', () => {
	const start = (): ExamState => startExam(quick, bank, 9, t0, format);

	it('records answers, flags and moves without changing the old state', () => {
		const s0 = start();
		const id = s0.itemIds[0]!;
		const s1 = reduceExam(s0, { type: 'answer', now: t0 + 1, itemId: id, answer: 'a' });
		const s2 = reduceExam(s1, { type: 'flag', now: t0 + 2, itemId: id, flagged: true });
		const s3 = reduceExam(s2, { type: 'move', now: t0 + 3, to: 4 });
		expect(s0.answers).toEqual({});
		expect(s3.answers[id]).toBe('a');
		expect(s3.flags).toEqual([id]);
		expect(s3.position).toBe(4);
		expect(reduceExam(s3, { type: 'move', now: t0 + 4, to: 99 }).position).toBe(4);
		expect(reduceExam(s3, { type: 'flag', now: t0 + 4, itemId: id, flagged: false }).flags).toEqual(
			[],
		);
		expect(reduceExam(s3, { type: 'clear', now: t0 + 4, itemId: id }).answers).toEqual({});
	});

	it('ends at the deadline and then accepts nothing', () => {
		const s0 = start();
		const late = reduceExam(s0, {
			type: 'answer',
			now: s0.deadline!,
			itemId: s0.itemIds[0]!,
			answer: 'a',
		});
		expect(late.submitReason).toBe('time-up');
		expect(late.submittedAt).toBe(s0.deadline);
		expect(late.answers).toEqual({});
		expect(timeLeft(late, s0.deadline! + 60_000)).toBe(0);
	});

	it('ignores events after submit', () => {
		const s = reduceExam(start(), { type: 'submit', now: t0 + 1000 });
		expect(s.submitReason).toBe('submitted');
		expect(timeLeft(s, t0 + 99_999_999)).toBe(quick.minutes! * 60_000 - 1000);
		expect(
			reduceExam(s, { type: 'answer', now: t0 + 2000, itemId: s.itemIds[0]!, answer: 'a' }),
		).toBe(s);
	});

	it('never times out an untimed exam', () => {
		const s = startExam(quick, bank, 9, t0, format, { accommodation: 'untimed' });
		const later = reduceExam(s, { type: 'tick', now: t0 + 1e10 });
		expect(later.submittedAt).toBeUndefined();
		expect(timeLeft(later, t0 + 1e10)).toBeNull();
	});
});

describe('scoreExam', () => {
	const s0 = startExam(full, bank, 21, t0, format);
	const items = resolveItems(s0.itemIds, bank);
	const answerAll = (pick: (i: number) => boolean) =>
		items.reduce(
			(s, item, i) =>
				reduceExam(s, {
					type: 'answer',
					now: t0 + i,
					itemId: item.id,
					answer: pick(i) ? keyOf(item.question) : wrongOf(item.question),
				}),
			s0,
		);

	it('gives the top score for all right and the bottom for all wrong', () => {
		const right = scoreExam(
			answerAll(() => true),
			items,
			gradeAnswer,
			format,
		);
		expect(right.correct).toBe(items.length);
		expect(right.scaled).toBe(format.maxScore);
		expect(right.passed).toBe(true);
		const wrong = scoreExam(
			answerAll(() => false),
			items,
			gradeAnswer,
			format,
		);
		expect(wrong.correct).toBe(0);
		expect(wrong.scaled).toBe(format.minScore);
		expect(wrong.misconceptions.length).toBeGreaterThan(0);
	});

	it('scores case-study parts on their own and counts unanswered and malformed answers wrong', () => {
		const parts = items.filter((i) => i.caseStudy);
		expect(parts.length).toBeGreaterThan(1);
		let s = s0;
		s = reduceExam(s, {
			type: 'answer',
			now: t0,
			itemId: parts[0]!.id,
			answer: keyOf(parts[0]!.question),
		});
		s = reduceExam(s, {
			type: 'answer',
			now: t0,
			itemId: parts[1]!.id,
			answer: wrongOf(parts[1]!.question),
		});
		s = reduceExam(s, {
			type: 'answer',
			now: t0,
			itemId: items.find((i) => !i.caseStudy)!.id,
			answer: 42 as never,
		});
		const score = scoreExam(s, items, gradeAnswer, format);
		expect(score.correct).toBe(1);
		expect(score.answered).toBe(3);
		expect(score.items.find((i) => i.item.id === parts[0]!.id)?.correct).toBe(true);
		expect(score.byTopic.reduce((n, g) => n + g.total, 0)).toBeGreaterThanOrEqual(items.length);
		expect(score.unscoredOnRealExam).toBe(format.questions - format.scoredQuestions);
	});

	it('names the misconception behind a wrong single answer', () => {
		const i = items.findIndex((it) => it.question.kind === 'single');
		const item = items[i]!;
		const s = reduceExam(s0, {
			type: 'answer',
			now: t0,
			itemId: item.id,
			answer: wrongOf(item.question),
		});
		const score = scoreExam(s, items, gradeAnswer, format);
		const q = item.question as Extract<typeof item.question, { kind: 'single' }>;
		const expected = q.options.find((o) => !o.correct)?.misconception;
		expect(score.misconceptions.map((m) => m.id)).toEqual([expected]);
	});

	it('refuses items that do not match the state', () => {
		expect(() => scoreExam(s0, items.slice(1), gradeAnswer, format)).toThrow(InvalidInputError);
	});
});

describe('estimateScaledScore', () => {
	it('anchors the ends and is monotonic within bounds (property)', () => {
		expect(estimateScaledScore(0, format)).toBe(format.minScore);
		expect(estimateScaledScore(1, format)).toBe(format.maxScore);
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(a, b) => {
					const [lo, hi] = a <= b ? [a, b] : [b, a];
					const sLo = estimateScaledScore(lo, format);
					expect(sLo).toBeLessThanOrEqual(estimateScaledScore(hi, format));
					expect(sLo).toBeGreaterThanOrEqual(format.minScore);
					expect(estimateScaledScore(hi, format)).toBeLessThanOrEqual(format.maxScore);
				},
			),
		);
	});
});

describe('startExam with only the missed questions', () => {
	it('brings back missed generated scenarios by id and adds no new random ones', () => {
		const authored = bank[0]!.id;
		const s = startExam(
			custom({ only: 'missed', source: 'both', count: 12 }),
			bank,
			3,
			t0,
			format,
			{ history: { missed: [authored, 'gen-123', 'gen-456'], seen: [] } },
		);
		expect([...s.itemIds].sort()).toEqual([authored, 'gen-123', 'gen-456'].sort());
		const items = resolveItems(s.itemIds, bank);
		expect(items.find((i) => i.id === 'gen-123')?.question.kind).toBe('scenario');
	});

	it('can practise generated scenarios alone', () => {
		const s = startExam(custom({ only: 'missed', source: 'both', count: 4 }), bank, 3, t0, format, {
			history: { missed: ['gen-7'], seen: [] },
		});
		expect(s.itemIds).toEqual(['gen-7']);
	});
});
