// A link from an advisor reason to the fact it rests on, on the Limits page.
import { fact, formatFact } from './engine';
import { factHref } from '../../components/site/fact-anchor';

/** "Limit: Largest request and response body (4 MB)", linked to that fact's row. */
export function LimitLink({ factId }: { factId: string }) {
	const f = fact(factId);
	return (
		<a className="limit-link" href={factHref(factId)}>
			Limit: {f.label} ({formatFact(f)})
		</a>
	);
}
