import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	channelName,
	helloMessage,
	parseMessage,
	stateMessage,
	type RunSummary,
	type WalkthroughState,
} from '../../../src/engine/walkthrough';

const state: WalkthroughState = {
	step: 3,
	reveal: 2,
	blank: true,
	overrides: { 3: { payloadMB: '8', caller: 'waits' } },
};
const summary: RunSummary = {
	option: 'serverless',
	instanceType: '',
	requests: 100,
	completed: 98,
	throttled: 2,
	failed: 0,
	coldStarts: 4,
	p50Seconds: 0.2,
	p90Seconds: 0.5,
	p99Seconds: 8.1,
	costUSD: 0.42,
	costIncomplete: false,
};

describe('window messages', () => {
	test('a state message survives a structured clone and parse unchanged', () => {
		const sent = stateMessage(state, { 5: [summary] });
		expect(parseMessage(structuredClone(sent))).toEqual(sent);
		expect(parseMessage(structuredClone(helloMessage()))?.type).toBe('hello');
	});

	test('each walkthrough has its own channel', () => {
		expect(channelName('a')).not.toBe(channelName('b'));
	});

	test('malformed or foreign messages are ignored', () => {
		const good = stateMessage(state, {}) as unknown as Record<string, unknown>;
		const bad: unknown[] = [
			null,
			'hello',
			{ type: 'hello' },
			{ ...good, tag: 'other' },
			{ ...good, state: { ...state, step: -1 } },
			{ ...good, state: { ...state, reveal: 1.5 } },
			{ ...good, state: { ...state, blank: 'yes' } },
			{ ...good, state: { ...state, overrides: { 3: { evil: 'x' } } } },
			{ ...good, state: { ...state, overrides: { x: {} } } },
			{ ...good, results: { 1: [{ ...summary, option: 'magic' }] } },
			{ ...good, results: { 1: [{ ...summary, costUSD: '1' }] } },
			// Numbers the audience window would show as NaN, infinity or negative.
			{ ...good, results: { 1: [{ ...summary, p99Seconds: Number.NaN }] } },
			{ ...good, results: { 1: [{ ...summary, costUSD: Number.POSITIVE_INFINITY }] } },
			{ ...good, results: { 1: [{ ...summary, requests: -5 }] } },
			{ ...good, results: { 1: [{ ...summary, completed: 1.5 }] } },
			{ ...good, results: { 1: [{ ...summary, completed: 500 }] } },
			{ ...good, results: { 1: [{ ...summary, p50Seconds: 9, p90Seconds: 1 }] } },
			{ ...good, results: { 1: [{ ...summary, requests: 1e12, completed: 1e12 }] } },
		];
		for (const data of bad) expect(parseMessage(data), JSON.stringify(data)).toBeNull();
	});

	test('parsing arbitrary data never throws', () => {
		fc.assert(
			fc.property(fc.anything(), (data) => {
				parseMessage(data);
			}),
		);
	});
});
