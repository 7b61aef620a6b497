import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSavedProgress } from '../../src/stores/lesson-progress';

describe('parseSavedProgress', () => {
	it('accepts a well-formed record', () => {
		const raw = JSON.stringify({
			state: { done: { anatomy: '2026-11-23T09:00:00.000Z' } },
			version: 1,
		});
		expect(parseSavedProgress(raw)).toEqual({
			state: { done: { anatomy: '2026-11-23T09:00:00.000Z' } },
			version: 1,
		});
	});

	it('rejects broken JSON, wrong shapes, bad dates and unknown versions', () => {
		for (const raw of [
			'{"state": oops',
			'null',
			'[]',
			JSON.stringify({ state: { done: [] }, version: 1 }),
			JSON.stringify({ state: { done: { anatomy: 'yesterday' } }, version: 1 }),
			JSON.stringify({ state: { done: { 'Bad Slug': '2026-11-23' } }, version: 1 }),
			JSON.stringify({ state: { done: {} }, version: 2 }),
		])
			expect(parseSavedProgress(raw), raw).toBeNull();
	});

	it('never throws, whatever the stored text', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
				expect(() => parseSavedProgress(raw)).not.toThrow();
			}),
		);
	});
});
