import { describe, expect, it } from 'vitest';
import { recommend, type Workload } from '../../../src/engine/index';
import { validateScenario } from '../../../src/engine/simulator/simulate';
import { fromQuery, toScenario } from '../../../src/islands/playground/form';
import {
	playgroundFormFor,
	playgroundHref,
	playgroundHrefFor,
} from '../../../src/islands/playground/from-workload';

const workloads: Workload[] = [
	{ payloadMB: 50, processingSeconds: 45, caller: 'notified', traffic: 'intermittent' },
	{
		payloadMB: 0.01,
		processingSeconds: 0.05,
		caller: 'waits',
		traffic: 'steady',
		latencyTargetMs: 100,
	},
	{ payloadMB: 0.2, processingSeconds: 1, caller: 'waits', traffic: 'spiky' },
	{ payloadMB: 50, processingSeconds: 3000, caller: 'offline', traffic: 'none' },
	{ payloadMB: 1, processingSeconds: 2000, caller: 'notified', traffic: 'steady' },
];

describe('playground link from a scenario workload', () => {
	it.each(workloads)('puts the recommended option first and survives the URL (%o)', (w) => {
		const rec = recommend(w);
		const form = playgroundFormFor(w, rec);
		expect(form.configs[0]?.option).toBe(rec.best);
		expect(form.configs.length).toBe(2);
		expect(form.workload.payloadMB).toBe(String(w.payloadMB));
		expect(form.workload.values['seconds']).toBe(String(w.processingSeconds));
		const href = playgroundHref(w, rec);
		expect(href.startsWith('/playground/?')).toBe(true);
		expect(fromQuery(href.slice('/playground/'.length))).toEqual(form);
		form.configs.forEach((_, i) =>
			expect(() => validateScenario(toScenario(form, i))).not.toThrow(),
		);
	});

	it('lets an asynchronous run take as long as the workload needs', () => {
		const w = workloads[4] as Workload;
		const async = playgroundFormFor(w, recommend(w)).configs.find(
			(c) => c.option === 'asynchronous',
		);
		expect(Number(async?.values['timeoutSeconds'])).toBeGreaterThanOrEqual(w.processingSeconds);
	});

	it('gives no link when no option fits', () => {
		expect(
			playgroundHrefFor({
				payloadMB: 5000,
				processingSeconds: 1,
				caller: 'waits',
				traffic: 'steady',
			}),
		).toBeUndefined();
	});
});
