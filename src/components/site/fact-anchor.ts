// Links to one fact on the Limits page. Fact ids (`realtime.maxPayloadMB`) only contain letters,
// digits and dots, which are valid in HTML ids and URL fragments, so the id is used unchanged;
// this module is the one place that knows that, so the mapping can change without breaking links.

/** The `id` attribute of a fact's row on the Limits page. */
export function factAnchorId(factId: string): string {
	return factId;
}

/** A link to a fact's row on the Limits page, e.g. `/limits/#serverless.maxPayloadMB`. */
export function factHref(factId: string): string {
	return `/limits/#${encodeURIComponent(factAnchorId(factId))}`;
}
