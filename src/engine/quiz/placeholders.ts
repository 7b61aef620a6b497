import type { LimitsModel } from '../../schemas/limits';
import { formatFact } from '../limits/format';
import { lookupFact } from '../limits/model';
import type { FeedbackFact } from './types';

const placeholder = /\{\{fact:([^}\s]+)\}\}/g;

/** Ids of every `{{fact:ID}}` placeholder in the text, in order, without repeats. */
export function placeholderFactIds(text: string): string[] {
	return [...new Set([...text.matchAll(placeholder)].map((m) => m[1] ?? ''))];
}

/**
 * Replaces each `{{fact:ID}}` with the fact's formatted value; an unknown id throws, naming it.
 * @example renderFacts('at most {{fact:serverless.maxPayloadMB}}', limits) // "at most 4 MB"
 */
export function renderFacts(text: string, model: LimitsModel): string {
	return text.replace(placeholder, (_, id: string) => formatFact(lookupFact(model, id)));
}

/** A fact as feedback shows it: label, formatted value and source link. */
export function feedbackFact(model: LimitsModel, id: string): FeedbackFact {
	const fact = lookupFact(model, id);
	return { id, label: fact.label, value: formatFact(fact), url: fact.source.url };
}
