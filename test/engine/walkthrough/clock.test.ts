import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatElapsed } from '../../../src/engine/walkthrough';

describe('formatElapsed', () => {
	test('minutes and seconds, then hours', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(754_000)).toBe('12:34');
		expect(formatElapsed(3_723_000)).toBe('1:02:03');
	});

	test('a negative or broken clock shows 0:00', () => {
		expect(formatElapsed(-5000)).toBe('0:00');
		expect(formatElapsed(Number.NaN)).toBe('0:00');
	});

	test('the text never goes backwards as time passes', () => {
		const seconds = (t: string) => t.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
		fc.assert(
			fc.property(fc.nat(10_000_000), fc.nat(10_000_000), (a, b) => {
				const [lo, hi] = a <= b ? [a, b] : [b, a];
				return seconds(formatElapsed(lo)) <= seconds(formatElapsed(hi));
			}),
		);
	});
});
