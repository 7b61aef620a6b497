import type { LimitsModel } from '../../schemas/limits';
import { formatFact } from '../limits/format';
import { lookupFact } from '../limits/model';
import type { FeedbackFact } from './types';

/** A fact as feedback shows it: label, formatted value and source link. */
export function feedbackFact(model: LimitsModel, id: string): FeedbackFact {
	const fact = lookupFact(model, id);
	return { id, label: fact.label, value: formatFact(fact), url: fact.source.url };
}
