import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { InvalidInputError, recommend, type Workload } from '../../../src/engine';
import { applyWhatIf, whatIfValue } from '../../../src/engine/walkthrough';

const images: Workload = {
	payloadMB: 50,
	processingSeconds: 45,
	caller: 'notified',
	traffic: 'intermittent',
};

describe('applyWhatIf', () => {
	test('typed values replace the authored ones, and the answer flips', () => {
		const small = applyWhatIf(images, { payloadMB: '2', processingSeconds: '1', caller: 'waits' });
		expect(small).toMatchObject({ payloadMB: 2, processingSeconds: 1, caller: 'waits' });
		expect(recommend(images).best).toBe('asynchronous');
		expect(recommend(small).best).not.toBe('asynchronous');
	});

	test('no draft returns the authored workload', () => {
		expect(applyWhatIf(images, undefined)).toBe(images);
	});

	test('a blank or non-numeric payload names the field', () => {
		for (const text of ['', 'abc', '1e999']) {
			const attempt = () => applyWhatIf(images, { payloadMB: text });
			expect(attempt).toThrow(InvalidInputError);
			expect(attempt).toThrow(/^payloadMB: /);
		}
	});

	test('an unknown caller names the field', () => {
		expect(() => applyWhatIf(images, { caller: 'someone' })).toThrow(/^caller: /);
	});

	test('an offline caller brings traffic none, and leaving offline brings steady traffic', () => {
		expect(applyWhatIf(images, { caller: 'offline' }).traffic).toBe('none');
		const weekly: Workload = { ...images, caller: 'offline', traffic: 'none' };
		expect(applyWhatIf(weekly, { caller: 'waits' }).traffic).toBe('steady');
		expect(applyWhatIf(weekly, { caller: 'waits', traffic: 'spiky' }).traffic).toBe('spiky');
	});

	test('inputs show the typed text, else the effective value', () => {
		expect(whatIfValue(images, { payloadMB: '3.' }, 'payloadMB')).toBe('3.');
		expect(whatIfValue(images, { caller: 'offline' }, 'traffic')).toBe('none');
		expect(whatIfValue(images, undefined, 'processingSeconds')).toBe('45');
	});

	test('any positive payload typed as text reaches the engine unchanged', () => {
		fc.assert(
			fc.property(fc.double({ min: 0.001, max: 5000, noNaN: true }), (mb) => {
				expect(applyWhatIf(images, { payloadMB: String(mb) }).payloadMB).toBe(mb);
			}),
		);
	});
});
