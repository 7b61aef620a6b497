import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RequestQueue } from '../../../src/engine/simulator/fifo';
import { TimeHeap } from '../../../src/engine/simulator/heap';
import { IdlePool } from '../../../src/engine/simulator/idle-pool';

describe('TimeHeap', () => {
	it('pops every pushed time in ascending order, across growth', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 300 }),
				(times) => {
					const heap = new TimeHeap(4);
					for (const t of times) heap.push(t);
					const out: number[] = [];
					while (heap.size > 0) out.push(heap.pop());
					expect(out).toEqual([...times].sort((a, b) => a - b));
				},
			),
		);
	});

	it('interleaved pushes and pops always return the current minimum', () => {
		fc.assert(
			fc.property(
				fc.array(fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined })),
				(ops) => {
					const heap = new TimeHeap(2);
					const model: number[] = [];
					for (const op of ops) {
						if (op === undefined) {
							model.sort((a, b) => a - b);
							expect(heap.pop()).toBe(model.shift() ?? Infinity);
						} else {
							heap.push(op);
							model.push(op);
						}
						expect(heap.peek()).toBe(model.length ? Math.min(...model) : Infinity);
					}
				},
			),
		);
	});

	it('is empty-safe', () => {
		const heap = new TimeHeap();
		expect(heap.pop()).toBe(Infinity);
		expect(heap.peek()).toBe(Infinity);
	});
});

describe('RequestQueue', () => {
	it('returns requests first in, first out, across growth and wrap-around', () => {
		fc.assert(
			fc.property(fc.array(fc.boolean(), { maxLength: 500 }), (ops) => {
				const q = new RequestQueue(2);
				const model: number[] = [];
				let n = 0;
				for (const push of ops) {
					if (push) {
						q.push(n, n * 10);
						model.push(n++);
					} else if (model.length > 0) {
						const expected = model.shift() as number;
						expect(q.peekArrival()).toBe(expected);
						expect(q.peekService()).toBe(expected * 10);
						q.drop();
					}
					expect(q.size).toBe(model.length);
				}
			}),
		);
	});
});

describe('IdlePool', () => {
	it('reuses the most recent environment and expires the oldest after keep-warm', () => {
		const pool = new IdlePool(100);
		pool.release(0);
		pool.release(50);
		pool.expire(120); // the one idle since 0 has been idle 120 s > 100 s
		expect(pool.size).toBe(1);
		expect(pool.idleSeconds).toBe(100);
		expect(pool.take(130)).toBe(true); // idle since 50: 80 s more idle time
		expect(pool.idleSeconds).toBe(180);
		expect(pool.take(130)).toBe(false);
	});

	it('counts idle time of environments still warm at the end, capped at keep-warm', () => {
		const pool = new IdlePool(30);
		for (let i = 0; i < 40; i++) pool.release(i);
		pool.close(50);
		// Released at 0..39, closed at 50: min(30, 50 - i) each.
		let expected = 0;
		for (let i = 0; i < 40; i++) expected += Math.min(30, 50 - i);
		expect(pool.idleSeconds).toBe(expected);
	});
});
