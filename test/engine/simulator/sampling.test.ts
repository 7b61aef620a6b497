import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/engine/random';
import { LogHistogram } from '../../../src/engine/simulator/histogram';
import { createServiceSampler, meanServiceSeconds } from '../../../src/engine/simulator/service';
import { exponential, normal } from '../../../src/engine/simulator/ziggurat';

const draw = (n: number, f: () => number) => Float64Array.from({ length: n }, f).sort();
/** Empirical quantile of sorted samples. */
const q = (sorted: Float64Array, p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;

/** Kolmogorov-Smirnov distance between sorted samples and a CDF. */
function ks(sorted: Float64Array, cdf: (x: number) => number): number {
	let d = 0;
	sorted.forEach((x, i) => {
		const f = cdf(x);
		d = Math.max(d, Math.abs(f - i / sorted.length), Math.abs(f - (i + 1) / sorted.length));
	});
	return d;
}
// erf by Abramowitz-Stegun 7.1.26 (error < 1.5e-7), enough for a KS bound of 1e-2.
function erf(x: number): number {
	const t = 1 / (1 + 0.3275911 * Math.abs(x));
	const y =
		1 -
		((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
			t *
			Math.exp(-x * x);
	return x >= 0 ? y : -y;
}
const N = 200_000;
/** KS critical value at alpha = 0.001 is 1.95/sqrt(n). */
const KS_LIMIT = 1.95 / Math.sqrt(N);

describe('ziggurat samplers', () => {
	it('exponential draws follow 1 - e^-x (KS test)', () => {
		const rng = createRng(11);
		const xs = draw(N, () => exponential(rng));
		expect(ks(xs, (x) => 1 - Math.exp(-x))).toBeLessThan(KS_LIMIT);
		expect(q(xs, 0.999)).toBeGreaterThan(5.5); // the tail is there: ln(1000) = 6.9
	});

	it('normal draws follow the standard normal CDF (KS test), tails included', () => {
		const rng = createRng(12);
		const xs = draw(N, () => normal(rng));
		expect(ks(xs, (x) => 0.5 * (1 + erf(x / Math.SQRT2)))).toBeLessThan(KS_LIMIT);
		const beyond = xs.filter((x) => Math.abs(x) > 3.442619855899).length;
		// P(|Z| > r) = 5.76e-4, so about 115 of 200,000; allow 5 standard deviations.
		expect(Math.abs(beyond - 115)).toBeLessThan(55);
	});
});

describe('service time samplers', () => {
	it('lognormal set by median and p99 reproduces both', () => {
		const xs = draw(
			N,
			createServiceSampler(
				{ distribution: 'lognormal', medianSeconds: 0.2, p99Seconds: 1.5 },
				createRng(3),
			),
		);
		expect(q(xs, 0.5)).toBeCloseTo(0.2, 2);
		expect(Math.abs(q(xs, 0.99) / 1.5 - 1)).toBeLessThan(0.04);
	});

	it('means match meanServiceSeconds for every distribution', () => {
		const cases = [
			{ distribution: 'fixed', seconds: 0.3 },
			{ distribution: 'exponential', meanSeconds: 0.3 },
			{ distribution: 'lognormal', medianSeconds: 0.3, p99Seconds: 0.9 },
		] as const;
		for (const service of cases) {
			const sample = createServiceSampler(service, createRng(4));
			let sum = 0;
			for (let i = 0; i < N; i++) sum += sample();
			expect(Math.abs(sum / N / meanServiceSeconds(service) - 1)).toBeLessThan(0.01);
		}
	});
});

describe('LogHistogram', () => {
	it('reports each quantile at or above the exact one and within one bin (0.79%)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 1e-5, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 400 }),
				fc.double({ min: 0.01, max: 1, noNaN: true }),
				(values, p) => {
					const h = new LogHistogram();
					values.forEach((v) => h.add(v));
					const sorted = [...values].sort((a, b) => a - b);
					const exact = sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] as number;
					const got = h.quantile(p);
					expect(got).toBeGreaterThanOrEqual(exact);
					expect(got).toBeLessThanOrEqual(exact * 1.0079);
				},
			),
		);
	});

	it('never reports a larger quantile when every sample shrinks', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						fc.double({ min: 1e-4, max: 1e4, noNaN: true }),
						fc.double({ min: 0, max: 1, noNaN: true }),
					),
					{ minLength: 1, maxLength: 200 },
				),
				(pairs) => {
					const big = new LogHistogram();
					const small = new LogHistogram();
					for (const [v, shrink] of pairs) {
						big.add(v);
						small.add(v * shrink);
					}
					for (const p of [0.5, 0.9, 0.99, 1])
						expect(small.quantile(p)).toBeLessThanOrEqual(big.quantile(p));
				},
			),
		);
	});

	it('keeps the mean and max exact and is zero when empty', () => {
		const h = new LogHistogram();
		expect(h.quantile(0.5)).toBe(0);
		[1, 2, 3, 10].forEach((v) => h.add(v));
		expect(h.mean).toBe(4);
		expect(h.max).toBe(10);
		expect(h.quantile(1)).toBe(10);
	});
});
