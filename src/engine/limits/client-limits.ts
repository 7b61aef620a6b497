// The limits as the browser needs them. Islands read a fact's id, label, value, unit, status,
// price date and source link; the prose (detail, the study-guide notes, source titles,
// check dates, concerns, group summaries) only feeds the server-rendered pages. The client bundle gets this
// trimmed copy of each content/limits file through a build transform (scripts/client-limits-plugin.ts),
// so the facts still have one home and the client copy can never drift from it.
import type { Fact, LimitsFile } from '../../schemas/limits';

/** The fields of a fact the client keeps. */
export type ClientFact = Pick<Fact, 'id' | 'label' | 'value' | 'unit' | 'status'> & {
	asOf?: string;
	source: { url: string };
};

/** A limits file as the client gets it. */
export interface ClientLimitsFile {
	title: string;
	order: number;
	facts: ClientFact[];
}

/**
 * One content/limits file without the prose only pages show.
 * @example clientLimitsFile(JSON.parse(readFileSync('content/limits/serverless.json', 'utf8')))
 */
export function clientLimitsFile(file: LimitsFile): ClientLimitsFile {
	return {
		title: file.title,
		order: file.order,
		facts: file.facts.map((f) => ({
			id: f.id,
			label: f.label,
			value: f.value,
			unit: f.unit,
			status: f.status,
			...(f.asOf === undefined ? {} : { asOf: f.asOf }),
			source: { url: f.source.url },
		})),
	};
}
