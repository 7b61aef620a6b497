import type { LimitsModel } from '../../schemas/limits';

const longDate = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/** An ISO day (YYYY-MM-DD) as a reader writes it, e.g. "23 November 2026". */
export function formatDay(isoDay: string): string {
	return longDate.format(new Date(`${isoDay}T00:00:00Z`));
}

/** The most recent day any fact was checked against its source. */
export function latestCheck(model: LimitsModel): string {
	return Object.values(model.byId).reduce(
		(max, fact) => (fact.checked > max ? fact.checked : max),
		'',
	);
}
