import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { limits } from '../../src/engine/shipped-limits';
import { numericFact } from '../../src/engine/limits/model';
import { findHardCodedLimits } from './hard-coded-limits';

describe('findHardCodedLimits', () => {
	it('flags fact values typed with their unit, in any spelling of the unit', () => {
		const realtime = numericFact(limits, 'realtime.maxPayloadMB');
		const asyncSeconds = numericFact(limits, 'async.maxProcessingSeconds');
		expect(findHardCodedLimits(`bodies up to ${realtime} MB`, limits)).toHaveLength(1);
		expect(findHardCodedLimits(`up to ${asyncSeconds / 3600} hour`, limits)).toHaveLength(1);
		expect(
			findHardCodedLimits(`up to ${numericFact(limits, 'mce.maxContainers')} containers`, limits),
		).toHaveLength(1);
	});

	it('leaves scenario numbers alone', () => {
		expect(
			findHardCodedLimits('50 MB medical images take 45 seconds for 5 million users', limits),
		).toEqual([]);
	});

	it('never flags a size that is no fact value', () => {
		const values = new Set(
			Object.values(limits.byId)
				.filter((f) => (f.unit === 'MB' || f.unit === 'GB') && typeof f.value === 'number')
				.map((f) => (f.unit === 'GB' ? Number(f.value) * 1024 : Number(f.value))),
		);
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 100_000 }), (mb) => {
				fc.pre(!values.has(mb));
				expect(findHardCodedLimits(`a ${mb} MB file`, limits)).toEqual([]);
			}),
		);
	});
});
