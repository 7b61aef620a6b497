// Eliminations revealed one at a time: each names the option, why it is out, and the limit
// (with its value) linked to its row on the Limits page.
import { LimitLink } from '../advisor/LimitLink';

/** One ruled-out option or pattern. */
export interface Ruled {
	name: string;
	reason: string;
	factId?: string | undefined;
}

/** The first `shown` eliminations, and how many are still to come. */
export function Eliminations({
	items,
	shown,
	presenter,
}: {
	items: readonly Ruled[];
	shown: number;
	presenter: boolean;
}) {
	const visible = items.slice(0, shown);
	const left = items.length - visible.length;
	return (
		<section className="wt-ruled" aria-label="Ruled out">
			{visible.length > 0 && (
				<ol className="wt-eliminations">
					{visible.map((e, i) => (
						<li
							key={`${e.name}-${e.factId ?? i}`}
							className={i === shown - 1 ? 'wt-latest' : undefined}
						>
							<span className="wt-cross" aria-hidden="true">
								✕
							</span>
							<div>
								<strong>{e.name}</strong>: {e.reason} {e.factId && <LimitLink factId={e.factId} />}
							</div>
						</li>
					))}
				</ol>
			)}
			{left > 0 && (
				<p className="wt-to-reveal">
					{left === items.length
						? `${left} ${left === 1 ? 'reason' : 'reasons'} to rule options out`
						: `${left} more to reveal`}
					{presenter ? ': press → or Next.' : '.'}
				</p>
			)}
		</section>
	);
}
