// What the presenter and audience windows say to each other over a BroadcastChannel. Anything
// received is untrusted (any page of the origin can post on the channel), so it is checked field
// by field before it touches the state.
import type { WalkthroughState } from './state';
import type { RunSummary } from './results';
import type { WhatIfDraft } from './what-if';

const tag = 'endpoint-lab/walkthrough@1';

/** A window asking for the current state, or the presenter telling it. */
export type WalkthroughMessage =
	| { tag: typeof tag; type: 'hello' }
	| {
			tag: typeof tag;
			type: 'state';
			state: WalkthroughState;
			/** Playground results by step index, so a late audience shows them too. */
			results: Record<number, RunSummary[]>;
	  };

/** The channel one walkthrough's windows share; other walkthroughs stay out of it. */
export function channelName(slug: string): string {
	return `endpoint-lab:walkthrough:${slug}`;
}

/** The message an audience window sends when it opens. */
export function helloMessage(): WalkthroughMessage {
	return { tag, type: 'hello' };
}

/** The message carrying the presenter's state. */
export function stateMessage(
	state: WalkthroughState,
	results: Record<number, RunSummary[]>,
): WalkthroughMessage {
	return { tag, type: 'state', state, results };
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null;
const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const draftKeys = new Set(['payloadMB', 'processingSeconds', 'traffic', 'caller']);
const summaryNumbers = [
	'requests',
	'completed',
	'throttled',
	'failed',
	'coldStarts',
	'p50Seconds',
	'p90Seconds',
	'p99Seconds',
	'costUSD',
] as const;
const options = new Set(['real-time', 'serverless', 'asynchronous', 'batch-transform']);

function parseDraft(v: unknown): WhatIfDraft | null {
	if (!isObject(v)) return null;
	const entries = Object.entries(v);
	const ok = entries.every(
		([k, text]) => draftKeys.has(k) && typeof text === 'string' && text.length <= 40,
	);
	return ok ? (Object.fromEntries(entries) as WhatIfDraft) : null;
}

function parseIndexed<T>(v: unknown, parse: (x: unknown) => T | null): Record<number, T> | null {
	if (!isObject(v)) return null;
	const out: Record<number, T> = {};
	for (const [k, x] of Object.entries(v)) {
		const parsed = parse(x);
		if (!/^\d{1,4}$/.test(k) || parsed === null) return null;
		out[Number(k)] = parsed;
	}
	return out;
}

function parseSummaries(v: unknown): RunSummary[] | null {
	if (!Array.isArray(v) || v.length > 8) return null;
	const ok = v.every(
		(r) =>
			isObject(r) &&
			options.has(r['option'] as string) &&
			typeof r['instanceType'] === 'string' &&
			typeof r['costIncomplete'] === 'boolean' &&
			summaryNumbers.every((k) => typeof r[k] === 'number'),
	);
	return ok ? (v as RunSummary[]) : null;
}

/**
 * The message if `data` is a well-formed one, else null (ignored by the receiver).
 * @example parseMessage({ tag: 'endpoint-lab/walkthrough@1', type: 'hello' })?.type // 'hello'
 */
export function parseMessage(data: unknown): WalkthroughMessage | null {
	if (!isObject(data) || data['tag'] !== tag) return null;
	if (data['type'] === 'hello') return helloMessage();
	if (data['type'] !== 'state' || !isObject(data['state'])) return null;
	const s = data['state'];
	if (!isIndex(s['step']) || !isIndex(s['reveal']) || typeof s['blank'] !== 'boolean') return null;
	const overrides = parseIndexed(s['overrides'], parseDraft);
	const results = parseIndexed(data['results'], parseSummaries);
	if (!overrides || !results) return null;
	return stateMessage(
		{ step: s['step'], reveal: s['reveal'], blank: s['blank'], overrides },
		results,
	);
}
