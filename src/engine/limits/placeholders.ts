// `{{fact:ID}}` placeholders in authored text (lessons, questions, diagrams): one parser for all.
import type { LimitsModel } from '../../schemas/limits';
import { shownFact } from './format';

/** Matches a `{{fact:some.id}}` placeholder in authored text. */
export const factPlaceholder = /\{\{fact:([^}\s]+)\}\}/g;

/** Ids of every `{{fact:…}}` placeholder in the text, in order of appearance, without repeats. */
export function placeholderFactIds(text: string): string[] {
	return [...new Set([...text.matchAll(factPlaceholder)].map((m) => m[1] ?? ''))];
}

/**
 * Replaces each `{{fact:id}}` with the fact's formatted value; an unknown id throws, naming it.
 * @example renderFacts('up to {{fact:realtime.maxPayloadMB}}', limits) // "up to 6 MB"
 */
export function renderFacts(text: string, model: LimitsModel): string {
	return text.replace(factPlaceholder, (_, id: string) => shownFact(model, id));
}

/** A piece of authored text: plain words, or a fact to render with its value. */
export type TextSegment = { text: string } | { factId: string };

/**
 * Splits text at its `{{fact:id}}` placeholders, so a page can render each fact as a link.
 * @example splitFactPlaceholders('up to {{fact:a.b}}.') // [{ text: 'up to ' }, { factId: 'a.b' }, { text: '.' }]
 */
export function splitFactPlaceholders(text: string): TextSegment[] {
	const segments: TextSegment[] = [];
	let last = 0;
	for (const match of text.matchAll(factPlaceholder)) {
		if (match.index > last) segments.push({ text: text.slice(last, match.index) });
		segments.push({ factId: match[1] ?? '' });
		last = match.index + match[0].length;
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments;
}
