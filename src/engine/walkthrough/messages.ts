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
			/** The presenter window that sent it, so a second presenter is noticed. */
			from: string;
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
	from = '',
): WalkthroughMessage {
	return { tag, type: 'state', from, state, results };
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null;
const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const draftKeys = new Set(['payloadMB', 'processingSeconds', 'traffic', 'caller']);
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

/** Most requests one run takes (the simulator's MAX_REQUESTS), so no count can exceed it. */
const maxCount = 50_000_000;
/** Counts are whole, from 0 to the run's limit: NaN, infinity and negatives are refused. */
const isCount = (v: unknown) =>
	Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= maxCount;
/** Seconds and dollars are finite and not negative. */
const isAmount = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const counts = [
	'requests',
	'completed',
	'throttled',
	'failed',
	'coldStarts',
] as const satisfies readonly (keyof RunSummary)[];
const amounts = [
	'p50Seconds',
	'p90Seconds',
	'p99Seconds',
	'costUSD',
] as const satisfies readonly (keyof RunSummary)[];

/** One run's numbers, range-checked: outcomes within the requests, percentiles in order. */
function isSummary(r: unknown): r is RunSummary {
	if (!isObject(r)) return false;
	const shape =
		options.has(r['option'] as string) &&
		typeof r['instanceType'] === 'string' &&
		r['instanceType'].length <= 40 &&
		typeof r['costIncomplete'] === 'boolean' &&
		counts.every((k) => isCount(r[k])) &&
		amounts.every((k) => isAmount(r[k]));
	if (!shape) return false;
	const n = r as unknown as RunSummary;
	return (
		n.completed + n.throttled + n.failed <= n.requests &&
		n.p50Seconds <= n.p90Seconds &&
		n.p90Seconds <= n.p99Seconds
	);
}

function parseSummaries(v: unknown): RunSummary[] | null {
	if (!Array.isArray(v) || v.length > 8) return null;
	return v.every(isSummary) ? (v as RunSummary[]) : null;
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
	const from = data['from'] ?? '';
	if (!overrides || !results || typeof from !== 'string' || from.length > 64) return null;
	return stateMessage(
		{ step: s['step'], reveal: s['reveal'], blank: s['blank'], overrides },
		results,
		from,
	);
}
