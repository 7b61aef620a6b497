// Model-based test: random sequences of learner and clock actions against a tiny model of the
// rules, checking the exam invariants after every step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	presetBlueprint,
	reduceExam,
	resolveItems,
	scoreExam,
	startExam,
	timeLeft,
	type ExamItem,
	type ExamState,
} from '../../../src/engine/exam';
import { gradeAnswer } from '../../../src/engine/quiz';
import { bank, format, keyOf, t0, wrongOf } from './bank';

interface Model {
	now: number;
	answered: Set<string>;
	flags: Set<string>;
	position: number;
	ended: boolean;
}
interface Real {
	state: ExamState;
	items: ExamItem[];
}

const blueprint = presetBlueprint('quick', format);

/** Runs an event on both sides, applying the clock rule to the model first. */
function step(m: Model, r: Real, dt: number, apply: (now: number) => void): number {
	m.now += dt;
	if (r.state.deadline !== null && m.now >= r.state.deadline) m.ended = true;
	apply(m.now);
	return m.now;
}

function checkInvariants(m: Model, r: Real) {
	const left = timeLeft(r.state, m.now);
	if (left !== null) expect(left).toBeGreaterThanOrEqual(0);
	expect(r.state.submittedAt !== undefined).toBe(m.ended);
	expect(new Set(Object.keys(r.state.answers))).toEqual(m.answered);
	expect(new Set(r.state.flags)).toEqual(m.flags);
	expect(r.state.position).toBe(m.position);
	if (r.state.submitReason === 'time-up') expect(r.state.submittedAt).toBe(r.state.deadline);
	const score = scoreExam(r.state, r.items, gradeAnswer, format);
	expect(score.correct).toBeGreaterThanOrEqual(0);
	expect(score.correct).toBeLessThanOrEqual(score.total);
	expect(score.scaled).toBeGreaterThanOrEqual(format.minScore);
	expect(score.scaled).toBeLessThanOrEqual(format.maxScore);
}

class Answer implements fc.Command<Model, Real> {
	constructor(
		readonly dt: number,
		readonly index: number,
		readonly right: boolean,
	) {}
	check = () => true;
	run(m: Model, r: Real) {
		const item = r.items[this.index % r.items.length]!;
		const answer = this.right ? keyOf(item.question) : wrongOf(item.question);
		step(m, r, this.dt, (now) => {
			r.state = reduceExam(r.state, { type: 'answer', now, itemId: item.id, answer });
			if (!m.ended) m.answered.add(item.id);
		});
		checkInvariants(m, r);
	}
	toString = () => `answer(+${this.dt}, ${this.index}, ${this.right})`;
}

class Flag implements fc.Command<Model, Real> {
	constructor(
		readonly dt: number,
		readonly index: number,
		readonly flagged: boolean,
	) {}
	check = () => true;
	run(m: Model, r: Real) {
		const id = r.items[this.index % r.items.length]!.id;
		step(m, r, this.dt, (now) => {
			r.state = reduceExam(r.state, { type: 'flag', now, itemId: id, flagged: this.flagged });
			if (m.ended) return;
			if (this.flagged) m.flags.add(id);
			else m.flags.delete(id);
		});
		checkInvariants(m, r);
	}
	toString = () => `flag(+${this.dt}, ${this.index}, ${this.flagged})`;
}

class Move implements fc.Command<Model, Real> {
	constructor(
		readonly dt: number,
		readonly to: number,
	) {}
	check = () => true;
	run(m: Model, r: Real) {
		step(m, r, this.dt, (now) => {
			r.state = reduceExam(r.state, { type: 'move', now, to: this.to });
			if (!m.ended && this.to >= 0 && this.to < r.items.length) m.position = this.to;
		});
		checkInvariants(m, r);
	}
	toString = () => `move(+${this.dt}, ${this.to})`;
}

class Tick implements fc.Command<Model, Real> {
	constructor(readonly dt: number) {}
	check = () => true;
	run(m: Model, r: Real) {
		step(m, r, this.dt, (now) => {
			r.state = reduceExam(r.state, { type: 'tick', now });
		});
		checkInvariants(m, r);
	}
	toString = () => `tick(+${this.dt})`;
}

class Submit implements fc.Command<Model, Real> {
	constructor(readonly dt: number) {}
	check = () => true;
	run(m: Model, r: Real) {
		step(m, r, this.dt, (now) => {
			r.state = reduceExam(r.state, { type: 'submit', now });
			m.ended = true;
		});
		checkInvariants(m, r);
	}
	toString = () => `submit(+${this.dt})`;
}

class Reload implements fc.Command<Model, Real> {
	check = () => true;
	run(m: Model, r: Real) {
		const before = r.state;
		r.state = JSON.parse(JSON.stringify(before)) as ExamState;
		expect(r.state).toEqual(before);
		r.items = resolveItems(r.state.itemIds, bank);
		expect(r.items.map((i) => i.id)).toEqual(before.itemIds);
		expect(timeLeft(r.state, m.now)).toBe(timeLeft(before, m.now));
		checkInvariants(m, r);
	}
	toString = () => 'reload';
}

// Steps up to 10 minutes apart, so a run of 20-odd steps often crosses the quick exam's deadline.
const dt = fc.integer({ min: 0, max: 10 * 60_000 });
const index = fc.nat(100);
const commands = [
	fc.tuple(dt, index, fc.boolean()).map(([d, i, ok]) => new Answer(d, i, ok)),
	fc.tuple(dt, index, fc.boolean()).map(([d, i, f]) => new Flag(d, i, f)),
	fc.tuple(dt, fc.integer({ min: -2, max: 25 })).map(([d, to]) => new Move(d, to)),
	dt.map((d) => new Tick(d)),
	dt.map((d) => new Submit(d)),
	fc.constant(new Reload()),
];

describe('exam engine (model-based)', () => {
	it('holds the invariants under any sequence of answer, flag, move, tick, submit and reload', () => {
		fc.assert(
			fc.property(fc.nat(1_000_000), fc.commands(commands, { size: '+1' }), (seed, cmds) => {
				const state = startExam(blueprint, bank, seed, t0, format);
				const real: Real = { state, items: resolveItems(state.itemIds, bank) };
				const model: Model = {
					now: t0,
					answered: new Set(),
					flags: new Set(),
					position: 0,
					ended: false,
				};
				fc.modelRun(() => ({ model, real }), cmds);
			}),
			{ numRuns: 150 },
		);
	});
});
