import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExcerpt } from '../../../src/islands/search/excerpt';

describe('parseExcerpt', () => {
	it('marks the highlighted words and decodes entities', () => {
		expect(parseExcerpt('use <mark>provisioned</mark> concurrency &amp; more')).toEqual([
			{ text: 'use ', mark: false },
			{ text: 'provisioned', mark: true },
			{ text: ' concurrency & more', mark: false },
		]);
	});

	it('drops any other markup instead of interpreting it', () => {
		expect(parseExcerpt('<img src=x onerror=alert(1)>safe')).toEqual([
			{ text: 'safe', mark: false },
		]);
	});

	it('keeps every character of plain text', () => {
		fc.assert(
			fc.property(
				fc.string().filter((s) => !/[<&]/.test(s)),
				(text) => {
					expect(
						parseExcerpt(text)
							.map((p) => p.text)
							.join(''),
					).toBe(text);
				},
			),
		);
	});
});
