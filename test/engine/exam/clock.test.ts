import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { steadyNow, type ClockReading } from '../../../src/engine/exam';

describe('steadyNow', () => {
	it('follows the wall clock while it moves forward, jumps included', () => {
		const a = steadyNow(null, 10_000, 0);
		expect(steadyNow(a, 11_000, 1_000).now).toBe(11_000);
		expect(steadyNow(a, 99_000, 1_000).now).toBe(99_000);
	});

	it('counts monotonic time instead when the wall clock is set back', () => {
		const a = steadyNow(null, 10_000, 0);
		const b = steadyNow(a, 4_000, 1_000);
		expect(b.now).toBe(11_000);
		expect(steadyNow(b, 4_500, 1_500).now).toBe(11_500);
		// Once the wall clock passes the exam time again, it leads again.
		expect(steadyNow(b, 20_000, 2_000).now).toBe(20_000);
	});

	it('never goes back, whatever the wall clock does (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.nat({ max: 10_000 }))),
				(steps) => {
					let last: ClockReading | null = null;
					let mono = 0;
					for (const [wall, dt] of steps) {
						mono += dt;
						const next = steadyNow(last, wall, mono);
						if (last) expect(next.now).toBeGreaterThanOrEqual(last.now);
						last = next;
					}
				},
			),
		);
	});
});
