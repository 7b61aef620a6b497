import type { Fact, LimitsModel } from '../../schemas/limits';
import { lookupFact } from './model';

const unitSuffix: Record<Fact['unit'], (n: number) => string> = {
	bytes: (n) => `${n.toLocaleString('en-US')} bytes`,
	MB: (n) => `${n.toLocaleString('en-US')} MB`,
	GB: (n) => `${n.toLocaleString('en-US')} GB`,
	milliseconds: (n) => `${n.toLocaleString('en-US')} ms`,
	seconds: (n) => `${n.toLocaleString('en-US')} s`,
	minutes: (n) => `${n.toLocaleString('en-US')} min`,
	hours: (n) => `${n.toLocaleString('en-US')} h`,
	days: (n) => `${n.toLocaleString('en-US')} days`,
	count: (n) => n.toLocaleString('en-US'),
	percent: (n) => `${n}%`,
	'USD/hour': (n) => `$${n} per hour`,
	'USD/GB-second': (n) => `$${n} per GB-second`,
	'USD/GB': (n) => `$${n} per GB`,
	points: (n) => n.toLocaleString('en-US'),
	date: (n) => String(n),
	boolean: (n) => String(n),
	text: (n) => String(n),
};

/**
 * A fact's value as a learner reads it.
 * @example formatFact(fact('realtime.maxPayloadMB')) // "6 MB"
 */
export function formatFact(fact: Fact): string {
	const { value, unit } = fact;
	if (value === null) return 'not documented';
	if (typeof value === 'boolean') return value ? 'Yes' : 'No';
	if (typeof value === 'string') return value;
	return unitSuffix[unit](value);
}

/**
 * The formatted value of the fact with this id in a model; throws on an unknown id.
 * @example shownFact(limits, 'serverless.maxPayloadMB') // "4 MB"
 */
export function shownFact(model: LimitsModel, id: string): string {
	return formatFact(lookupFact(model, id));
}
