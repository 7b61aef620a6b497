// The advisor keeps each submitted form in the page's query string, so a copied link reproduces
// what the reader saw. The URL is the single source of truth for the answers on the page.
import { useSyncExternalStore } from 'react';

/** Fired on window after the advisor rewrites the URL (replaceState fires no event of its own). */
const QUERY_EVENT = 'endpoint-lab:query';

function subscribe(onChange: () => void): () => void {
	window.addEventListener('popstate', onChange);
	window.addEventListener(QUERY_EVENT, onChange);
	return () => {
		window.removeEventListener('popstate', onChange);
		window.removeEventListener(QUERY_EVENT, onChange);
	};
}

/**
 * The page's query string. The server render (and hydration) see an empty one, then React
 * re-renders with the real URL, so a shared link restores without a hydration mismatch.
 */
export function useQueryString(): string {
	return useSyncExternalStore(
		subscribe,
		() => window.location.search,
		() => '',
	);
}

/** Replaces this form's keys in the URL (other forms' keys stay) without a new history entry. */
export function writeQuery(ownKeys: readonly string[], values: URLSearchParams): void {
	const query = new URLSearchParams(window.location.search);
	for (const key of ownKeys) query.delete(key);
	for (const [key, value] of values) query.set(key, value);
	const search = query.toString();
	window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
	window.dispatchEvent(new Event(QUERY_EVENT));
}

/** An engine error message without its `field: ` prefix and ` (got …)` echo, ready to show. */
export function readableMessage(error: Error & { field?: string }): string {
	let text = error.message;
	if (error.field && text.startsWith(`${error.field}: `)) text = text.slice(error.field.length + 2);
	text = text.replace(/ \(got [^)]*\)$/, '');
	return text.endsWith('.') ? text : `${text}.`;
}
