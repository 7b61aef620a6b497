import { describe, expect, test } from 'vitest';
import { recommend } from '../../../src/engine';
import { formToWorkload, workloadFromQuery } from '../../../src/islands/advisor/workload-form';
import type { DeckView } from '../../../src/islands/walkthrough/deck';
import { shareTarget } from '../../../src/islands/walkthrough/share';
import { qrPath } from '../../../src/islands/walkthrough/qr';
import { fromQuery, presets } from '../../../src/islands/playground/form';

const view: DeckView = {
	slug: 'demo',
	title: 'Demo',
	summary: 'A demo walkthrough for the tests.',
	minutes: 5,
	lessons: [],
	steps: [
		{ kind: 'lesson', title: 'Intro', points: ['A point'], lessonTitle: 'L', href: '/learn/x/' },
		{
			kind: 'scenario',
			title: 'Images',
			story: 'Images.',
			workload: {
				payloadMB: 50,
				processingSeconds: 45,
				caller: 'notified',
				traffic: 'spiky',
				gpu: true,
			},
			whatIf: ['payloadMB'],
		},
		{ kind: 'playground', title: 'Run', preset: 'fraud', label: 'Fraud', points: [] },
		{
			kind: 'hosting',
			title: 'Models',
			story: 'Models.',
			needs: { models: 5, sameFramework: false },
		},
	],
};
const origin = 'https://class.example';

describe('share links', () => {
	test('a scenario opens the advisor on the what-if workload, which gives the same answer', () => {
		const { url } = shareTarget(origin, view, 1, { payloadMB: '3' });
		const parsed = new URL(url);
		expect(parsed.origin + parsed.pathname).toBe(`${origin}/advisor/`);
		const form = workloadFromQuery(parsed.searchParams);
		expect(form).toBeDefined();
		const back = form && formToWorkload(form);
		expect(back && 'workload' in back && back.workload).toMatchObject({ payloadMB: 3, gpu: true });
		if (back && 'workload' in back)
			expect(recommend(back.workload)).toEqual(
				recommend({
					payloadMB: 3,
					processingSeconds: 45,
					caller: 'notified',
					traffic: 'spiky',
					gpu: true,
					vpc: false,
					dataCapture: false,
				}),
			);
	});

	test('invalid what-if input shares the story’s own workload', () => {
		const { url } = shareTarget(origin, view, 1, { payloadMB: 'abc' });
		expect(new URL(url).searchParams.get('payload')).toBe('50');
	});

	test('a playground step opens the playground with the preset', () => {
		const { url } = shareTarget(origin, view, 2, undefined);
		const parsed = new URL(url);
		expect(parsed.pathname).toBe('/playground/');
		expect(fromQuery(parsed.search)).toEqual(presets.find((p) => p.id === 'fraud')?.form);
	});

	test('a hosting step opens the hosting advisor; other steps the audience page at that step', () => {
		expect(shareTarget(origin, view, 3, undefined).url).toBe(
			`${origin}/advisor/?models=5&sameFramework=0`,
		);
		expect(shareTarget(origin, view, 0, undefined).url).toBe(
			`${origin}/teach/demo/audience/#step-1`,
		);
	});

	test('the QR code is square and grows with the text', () => {
		const short = qrPath('https://a.example/');
		const long = qrPath(`https://a.example/${'x'.repeat(200)}`);
		expect(short.size).toBeGreaterThanOrEqual(21);
		expect(long.size).toBeGreaterThan(short.size);
		expect(short.d).toMatch(/^M\d+ \d+h1v1h-1z/);
	});
});
