import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limits } from '../../../src/engine/shipped-limits';
import { formatFact } from '../../../src/engine/limits/format';
import { lookupFact } from '../../../src/engine/limits/model';
import {
	placeholderFactIds,
	renderFacts,
	splitFactPlaceholders,
} from '../../../src/engine/limits/placeholders';

const ids = Object.keys(limits.byId);

describe('renderFacts', () => {
	it('replaces each placeholder with the formatted fact value', () => {
		expect(renderFacts('up to {{fact:realtime.maxPayloadMB}}.', limits)).toBe(
			`up to ${formatFact(lookupFact(limits, 'realtime.maxPayloadMB'))}.`,
		);
	});

	it('throws on an unknown fact id, naming it', () => {
		expect(() => renderFacts('{{fact:realtime.nope}}', limits)).toThrow(/realtime\.nope/);
	});

	it('leaves text without placeholders unchanged and never leaves one behind', () => {
		fc.assert(
			fc.property(fc.string(), fc.constantFrom(...ids), fc.string(), (before, id, after) => {
				fc.pre(!`${before}${after}`.includes('{{'));
				expect(renderFacts(before + after, limits)).toBe(before + after);
				expect(renderFacts(`${before}{{fact:${id}}}${after}`, limits)).not.toContain('{{fact:');
			}),
		);
	});
});

describe('splitFactPlaceholders', () => {
	it('splits text into words and facts in order', () => {
		expect(splitFactPlaceholders('a {{fact:x.y}} b {{fact:z.w}}')).toEqual([
			{ text: 'a ' },
			{ factId: 'x.y' },
			{ text: ' b ' },
			{ factId: 'z.w' },
		]);
		expect(placeholderFactIds('{{fact:x.y}} {{fact:x.y}}')).toEqual(['x.y']);
	});

	it('joins back to the original text', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(
						fc.string().filter((s) => !s.includes('{{')),
						fc.constantFrom(...ids).map((id) => `{{fact:${id}}}`),
					),
				),
				(parts) => {
					const text = parts.join('');
					const joined = splitFactPlaceholders(text)
						.map((s) => ('factId' in s ? `{{fact:${s.factId}}}` : s.text))
						.join('');
					expect(joined).toBe(text);
				},
			),
		);
	});
});
