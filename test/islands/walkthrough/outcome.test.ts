import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { recommend, type Workload } from '../../../src/engine';
import { initialState, reduceWalkthrough } from '../../../src/engine/walkthrough';
import type { StepView } from '../../../src/islands/walkthrough/deck';
import { createDeck, evaluateScenario, revealText } from '../../../src/islands/walkthrough/outcome';

const images: Workload = {
	payloadMB: 50,
	processingSeconds: 45,
	caller: 'notified',
	traffic: 'spiky',
};
const scenario: StepView = {
	kind: 'scenario',
	title: 'Images',
	story: 'Fifty megabyte images.',
	workload: images,
	whatIf: ['payloadMB', 'processingSeconds'],
};
const lesson: StepView = {
	kind: 'lesson',
	title: 'Intro',
	points: ['One point'],
	lessonTitle: 'Choosing',
	href: '/learn/choosing/',
};
const hosting: StepView = {
	kind: 'hosting',
	title: 'Many models',
	story: 'Eight hundred models.',
	needs: { models: 800, sameFramework: true },
};

describe('scenario outcomes', () => {
	test('each elimination and then the answer is one press', () => {
		const deck = createDeck([lesson, scenario, hosting]);
		expect(deck.reveals(0, undefined)).toBe(0);
		expect(deck.reveals(1, undefined)).toBe(recommend(images).eliminated.length + 1);
		expect(deck.reveals(2, undefined)).toBeGreaterThan(1);
	});

	test('an invalid input is an error naming the field, and the deck has no reveal count', () => {
		const outcome = evaluateScenario(images, { payloadMB: '-1' });
		expect(outcome).toMatchObject({ kind: 'invalid', field: 'payloadMB' });
		expect(createDeck([scenario]).reveals(0, { payloadMB: 'x' })).toBeUndefined();
	});

	test('a workload nothing can serve is "none fits" with its reasons', () => {
		const outcome = evaluateScenario(images, { processingSeconds: '7200' });
		expect(outcome.kind).toBe('none-fits');
		if (outcome.kind === 'none-fits')
			expect(outcome.eliminated.map((e) => e.option)).toContain('asynchronous');
	});

	test('the status line names what the last press revealed', () => {
		// The first rule the 50 MB payload breaks is real-time's payload limit.
		expect(recommend(images).eliminated[0]?.option).toBe('real-time');
		expect(revealText(scenario, 1, undefined)).toBe('Ruled out: Real-time inference.');
		const total = recommend(images).eliminated.length;
		expect(revealText(scenario, total + 1, undefined)).toBe('Recommended: Asynchronous inference.');
		expect(revealText(lesson, 1, undefined)).toBe('');
	});

	test('any typed payload either recommends, finds nothing, or names a field; never throws', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (payload, time) => {
				const outcome = evaluateScenario(images, { payloadMB: payload, processingSeconds: time });
				if (outcome.kind === 'invalid') return outcome.field !== undefined;
				return true;
			}),
		);
	});

	test('pressing next through a live deck ends on the last step for any inputs', () => {
		fc.assert(
			fc.property(fc.double({ min: 0.001, max: 2000, noNaN: true }), (mb) => {
				const deck = createDeck([lesson, scenario, hosting]);
				let s = reduceWalkthrough(
					initialState,
					{ type: 'what-if', step: 1, field: 'payloadMB', value: String(mb) },
					deck,
				);
				for (let i = 0; i < 40; i++) s = reduceWalkthrough(s, { type: 'next' }, deck);
				return s.step === 2 && s.reveal === deck.reveals(2, undefined);
			}),
		);
	});
});
