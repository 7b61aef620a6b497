import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workload } from '../../../src/engine/advisor/types';
import { isDefensible, measureDifficulty } from '../../../src/engine/quiz';
import { limits } from '../../../src/engine/shipped-limits';

const live = (payloadMB: number): { workload: Workload } => ({
	workload: { payloadMB, processingSeconds: 2, caller: 'waits', traffic: 'spiky' },
});

describe('measureDifficulty', () => {
	it('calls a payload just under the serverless limit hard, and far under it easy', () => {
		expect(measureDifficulty(live(3.9), limits)).toBe(3);
		expect(measureDifficulty(live(2.5), limits)).toBe(2);
		expect(measureDifficulty(live(0.2), limits)).toBe(1);
	});

	it('ignores limits that do not decide the answer', () => {
		// 5 MB is just under the real-time limit, so that limit decides; a huge async limit does not.
		expect(measureDifficulty(live(5.8), limits)).toBe(3);
		const offline: Workload = {
			payloadMB: 1,
			processingSeconds: 1,
			caller: 'offline',
			traffic: 'none',
		};
		expect(measureDifficulty({ workload: offline }, limits)).toBe(1);
	});

	it('never gets easier as a payload approaches the serverless limit from below (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.01, max: 3.9, noNaN: true }),
				fc.double({ min: 0.01, max: 3.9, noNaN: true }),
				(a, b) => {
					const [far, close] = a < b ? [a, b] : [b, a];
					expect(measureDifficulty(live(close), limits)).toBeGreaterThanOrEqual(
						measureDifficulty(live(far), limits),
					);
				},
			),
		);
	});
});

describe('isDefensible', () => {
	it('rejects a value sitting on a limit and accepts one clear of it', () => {
		expect(isDefensible(live(4), limits)).toBe(false);
		expect(isDefensible(live(3.98), limits)).toBe(false);
		expect(isDefensible(live(3.8), limits)).toBe(true);
	});

	it('rejects a scenario no option can serve', () => {
		expect(isDefensible(live(50), limits)).toBe(false);
	});
});
