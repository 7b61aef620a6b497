import { useEffect, useId, useRef, useState } from 'react';
import { parseExcerpt } from './excerpt';

/** The part of Pagefind's JS API this island uses. */
interface Pagefind {
	init(): Promise<void>;
	search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] }>;
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string; type?: string };
	sub_results?: { title: string; url: string; excerpt: string }[];
}
/** One result as the list shows it. */
interface Hit {
	id: string;
	url: string;
	title: string;
	type: string;
	excerpt: string;
}

const maxResults = 12;

/** A result as listed: a glossary hit links straight to its term, a lesson hit to its page. */
function toHit(d: PagefindData & { id: string }): Hit {
	const page = d.meta.title ?? d.url;
	const type = d.meta.type ?? 'Page';
	const section = d.sub_results?.find((sub) => sub.url.includes('#'));
	if (type === 'Glossary' && section)
		return { id: d.id, url: section.url, title: section.title, type, excerpt: section.excerpt };
	return { id: d.id, url: d.url, title: page, type, excerpt: d.excerpt };
}
// Built by `pagefind --site dist` after `astro build`; absent in `astro dev`.
const pagefindUrl = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
	loading ??= (import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>).then(async (pf) => {
		await pf.init();
		return pf;
	});
	return loading;
}

/** Full-text search over lessons, glossary and cheat sheet, in the browser, with no server. */
export default function SiteSearch() {
	const inputId = useId();
	const [query, setQuery] = useState('');
	const [hits, setHits] = useState<Hit[] | null>(null);
	const [error, setError] = useState<string | null>(null);
	const latest = useRef(0);
	const timer = useRef<number | undefined>(undefined);

	/** Queries the index and shows the results, unless a newer query has started meanwhile. */
	async function run(term: string, ticket: number) {
		try {
			const pagefind = await loadPagefind();
			const { results } = await pagefind.search(term);
			const data = await Promise.all(
				results.slice(0, maxResults).map(async (r) => ({ id: r.id, ...(await r.data()) })),
			);
			if (ticket !== latest.current) return;
			setError(null);
			setHits(data.map(toHit));
			const url = new URL(window.location.href);
			url.searchParams.set('q', term);
			window.history.replaceState(null, '', url);
		} catch {
			if (ticket === latest.current)
				setError('Search is not available: the index is built by npm run build.');
		}
	}

	/** Takes a new query from the box; searches after a short pause in typing. */
	function update(value: string) {
		setQuery(value);
		window.clearTimeout(timer.current);
		const term = value.trim();
		const ticket = ++latest.current;
		if (term === '') {
			setHits(null);
			return;
		}
		timer.current = window.setTimeout(() => void run(term, ticket), 150);
	}

	// A query in the address (?q=) is run once on load, so searches can be shared and reloaded.
	useEffect(() => {
		const initial = new URLSearchParams(window.location.search).get('q');
		if (initial) timer.current = window.setTimeout(() => update(initial), 0);
		return () => window.clearTimeout(timer.current);
		// eslint-disable-next-line react-hooks/exhaustive-deps -- runs once, on mount
	}, []);

	return (
		<div className="site-search">
			<form role="search" onSubmit={(event) => event.preventDefault()}>
				<label htmlFor={inputId}>Search lessons and glossary</label>
				<input
					id={inputId}
					type="search"
					value={query}
					onChange={(event) => update(event.target.value)}
					autoComplete="off"
					spellCheck={false}
				/>
			</form>
			<p className="search-status" role="status">
				{error ??
					(hits === null
						? ''
						: `${hits.length === 0 ? 'No' : hits.length} result${hits.length === 1 ? '' : 's'} for “${query.trim()}”`)}
			</p>
			{hits && hits.length > 0 && (
				<ol className="search-results">
					{hits.map((hit) => (
						<li key={hit.id}>
							<a href={hit.url}>{hit.title}</a> <span className="search-type">{hit.type}</span>
							<p>
								{parseExcerpt(hit.excerpt).map((part, i) =>
									part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
								)}
							</p>
						</li>
					))}
				</ol>
			)}
		</div>
	);
}
