/** A text that may link glossary terms: a lesson's id and its MDX body. */
export interface LinkingText {
	id: string;
	body?: string | undefined;
}

/**
 * For each glossary term id, the ids of the texts that link to it with `<Term id="…">`, in input order.
 * @example termUsage([{ id: 'serverless', body: '<Term id="cold-start">…</Term>' }]) // Map { 'cold-start' => ['serverless'] }
 */
export function termUsage(texts: readonly LinkingText[]): Map<string, string[]> {
	const usage = new Map<string, string[]>();
	for (const text of texts)
		for (const match of (text.body ?? '').matchAll(/<Term\s+id="([^"]+)"/g)) {
			const term = match[1] ?? '';
			const ids = usage.get(term) ?? [];
			if (!ids.includes(text.id)) usage.set(term, [...ids, text.id]);
		}
	return usage;
}
