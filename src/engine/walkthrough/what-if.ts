// Live "what if" inputs on a scenario step: the presenter's typed values laid over the authored
// workload. Values stay text as typed, so a half-typed number can show an error, not a crash.
import { InvalidInputError } from '../errors';
import type { Caller, Traffic, Workload } from '../advisor/types';
import type { WhatIfField } from '../../schemas/walkthrough';

/** A workload field the presenter may change live. */
export type WhatIfKey = WhatIfField;

/** The presenter's inputs for one step, as typed; a missing key keeps the authored value. */
export type WhatIfDraft = Partial<Record<WhatIfKey, string>>;

const callers: readonly Caller[] = ['waits', 'notified', 'offline'];
const traffics: readonly Traffic[] = ['steady', 'spiky', 'intermittent', 'none'];

/** The labels the presenter sees, also used in error messages so the field is named. */
export const whatIfLabels = {
	payloadMB: 'Payload (MB)',
	processingSeconds: 'Processing time (s)',
	traffic: 'Traffic',
	caller: 'Caller',
} as const satisfies Record<WhatIfKey, string>;

function number(text: string, field: WhatIfKey): number {
	const trimmed = text.trim();
	if (trimmed === '') throw new InvalidInputError(field, 'enter a number');
	const value = Number(trimmed);
	if (!Number.isFinite(value)) throw new InvalidInputError(field, `"${trimmed}" is not a number`);
	return value;
}

function oneOf<T extends string>(list: readonly T[], text: string, field: WhatIfKey): T {
	const found = list.find((item) => item === text);
	if (found === undefined)
		throw new InvalidInputError(field, `must be one of ${list.join(', ')} (got ${text})`);
	return found;
}

/**
 * The authored workload with the presenter's inputs applied. Choosing an offline caller brings
 * traffic 'none' with it (and leaving offline brings back steady traffic) unless traffic was set
 * too, because the engine accepts only that pairing. Throws InvalidInputError naming the field.
 * @example applyWhatIf(workload, { payloadMB: '3' }).payloadMB // 3
 */
export function applyWhatIf(base: Workload, draft: WhatIfDraft | undefined): Workload {
	if (!draft) return base;
	const w: Workload = { ...base };
	if (draft.payloadMB !== undefined) w.payloadMB = number(draft.payloadMB, 'payloadMB');
	if (draft.processingSeconds !== undefined)
		w.processingSeconds = number(draft.processingSeconds, 'processingSeconds');
	if (draft.caller !== undefined) w.caller = oneOf(callers, draft.caller, 'caller');
	if (draft.traffic !== undefined) w.traffic = oneOf(traffics, draft.traffic, 'traffic');
	else if (w.caller === 'offline') w.traffic = 'none';
	else if (w.traffic === 'none') w.traffic = 'steady';
	return w;
}

/** The text an input shows for a field: the typed value, else the workload's own. */
export function whatIfValue(
	base: Workload,
	draft: WhatIfDraft | undefined,
	key: WhatIfKey,
): string {
	const typed = draft?.[key];
	if (typed !== undefined) return typed;
	try {
		return String(applyWhatIf(base, draft)[key]);
	} catch {
		return String(base[key]);
	}
}
