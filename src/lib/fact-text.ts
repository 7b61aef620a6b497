import type { LimitsModel } from '../schemas/limits';
import { lookupFact } from '../engine/limits/model';
import { formatFact } from '../engine/limits/format';

/** Matches a `{{fact:some.id}}` placeholder in authored text. */
export const factPlaceholder = /\{\{fact:([^}\s]+)\}\}/g;

/** Ids of every `{{fact:…}}` placeholder in the text, in order of appearance, without repeats. */
export function placeholderIds(text: string): string[] {
	return [...new Set([...text.matchAll(factPlaceholder)].map((m) => m[1] ?? ''))];
}

/**
 * Replaces each `{{fact:id}}` with the fact's formatted value; an unknown id throws, naming it.
 * @example fillFactPlaceholders('up to {{fact:realtime.maxPayloadMB}}', limits) // "up to 6 MB"
 */
export function fillFactPlaceholders(text: string, model: LimitsModel): string {
	return text.replace(factPlaceholder, (_, id: string) => formatFact(lookupFact(model, id)));
}
