/** A piece of a Pagefind excerpt: plain text, and whether it is a highlighted match. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

const entities: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'",
};

/**
 * Splits a Pagefind excerpt ("text with <mark>hits</mark>") into parts React renders as text,
 * so no HTML from the index is ever injected. Any other tag is dropped, never interpreted.
 * @example parseExcerpt('a <mark>b</mark>') // [{ text: 'a ', mark: false }, { text: 'b', mark: true }]
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let mark = false;
	for (const piece of excerpt.split(/(<\/?mark>)/)) {
		if (piece === '<mark>') mark = true;
		else if (piece === '</mark>') mark = false;
		else {
			const text = piece
				.replace(/<[^>]*>/g, '')
				.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => entities[e] ?? e);
			if (text) parts.push({ text, mark });
		}
	}
	return parts;
}
