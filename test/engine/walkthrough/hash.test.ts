import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatStepHash, parseStepHash } from '../../../src/engine/walkthrough';

describe('step hash', () => {
	test('#step-N is 1-based', () => {
		expect(parseStepHash('#step-4', 10)).toBe(3);
		expect(formatStepHash(3)).toBe('#step-4');
	});

	test('out-of-range steps clamp into the walkthrough', () => {
		expect(parseStepHash('#step-0', 10)).toBe(0);
		expect(parseStepHash('#step-11', 10)).toBe(9);
		expect(parseStepHash('#step-999999', 10)).toBe(9);
	});

	test('anything that is not a step hash is the first step', () => {
		for (const hash of [
			'',
			'#',
			'#step-',
			'#step--2',
			'#step-2.5',
			'#step-abc',
			'#main',
			'#step-1e3',
		])
			expect(parseStepHash(hash, 10), hash).toBe(0);
	});

	test('format then parse round-trips every step in range', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(60), (steps, step) => {
				expect(parseStepHash(formatStepHash(step), steps)).toBe(Math.min(step, steps - 1));
			}),
		);
	});

	test('any string parses to a step in range without throwing', () => {
		fc.assert(
			fc.property(fc.string(), fc.integer({ min: 1, max: 40 }), (hash, steps) => {
				const step = parseStepHash(hash, steps);
				return Number.isInteger(step) && step >= 0 && step < steps;
			}),
		);
	});
});
