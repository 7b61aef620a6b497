import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/random';

describe('createRng', () => {
	it('replays the same stream for the same seed and a different one for another seed', () => {
		const draw = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
		expect(draw(7)).toEqual(draw(7));
		expect(draw(7)).not.toEqual(draw(8));
	});

	it('draws uniform floats in [0, 1): mean near 1/2 and each tenth near 10%', () => {
		const rng = createRng(1);
		const n = 100_000;
		const bins = new Array<number>(10).fill(0);
		let sum = 0;
		let outside = 0;
		for (let i = 0; i < n; i++) {
			const u = rng.next();
			if (!(u >= 0 && u < 1)) outside++;
			sum += u;
			bins[Math.floor(u * 10)]!++;
		}
		expect(outside).toBe(0);
		// Standard error of the mean is 1/sqrt(12n) = 0.0009; 5 standard errors.
		expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.0046);
		// Chi-square with 9 degrees of freedom; 27.9 is the 0.999 quantile.
		const chi2 = bins.reduce((acc, b) => acc + (b - n / 10) ** 2 / (n / 10), 0);
		expect(chi2).toBeLessThan(27.9);
	});

	it('int(lo, hi) stays inside both ends and reaches them', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.integer({ min: -50, max: 50 }),
				fc.integer({ min: 0, max: 5 }),
				(seed, lo, span) => {
					const rng = createRng(seed);
					const seen = new Set<number>();
					for (let i = 0; i < 200; i++) {
						const v = rng.int(lo, lo + span);
						expect(Number.isInteger(v) && v >= lo && v <= lo + span).toBe(true);
						seen.add(v);
					}
					expect(seen.size).toBe(span + 1);
				},
			),
		);
	});

	it('pick returns an element of the array', () => {
		fc.assert(
			fc.property(fc.integer(), fc.array(fc.string(), { minLength: 1 }), (seed, items) => {
				expect(items).toContain(createRng(seed).pick(items));
			}),
		);
	});

	it('uint32 covers 32 bits', () => {
		const rng = createRng(3);
		let high = 0;
		for (let i = 0; i < 1000; i++) {
			const v = rng.uint32();
			expect(Number.isInteger(v) && v >= 0 && v < 2 ** 32).toBe(true);
			if (v >= 2 ** 31) high++;
		}
		expect(high).toBeGreaterThan(400);
		expect(high).toBeLessThan(600);
	});

	it('fork gives a stream unlike its parent', () => {
		const parent = createRng(5);
		const child = parent.fork();
		const a = Array.from({ length: 4 }, parent.next);
		const b = Array.from({ length: 4 }, child.next);
		expect(a).not.toEqual(b);
	});

	it('refuses bad arguments', () => {
		expect(() => createRng(Number.NaN)).toThrow(RangeError);
		expect(() => createRng(1).int(3, 2)).toThrow(RangeError);
		expect(() => createRng(1).int(0.5, 2)).toThrow(RangeError);
		expect(() => createRng(1).pick([])).toThrow(RangeError);
	});
});
