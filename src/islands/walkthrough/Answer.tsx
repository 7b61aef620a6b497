// The answer at the end of a scenario or hosting step, shown after its last elimination.
import type { ReactNode } from 'react';

/** The recommendation box, or "no option fits". */
export function Answer({
	title,
	lines,
	none,
}: {
	title: string;
	lines: readonly string[];
	none?: boolean;
}) {
	return (
		<section
			className={none ? 'wt-answer wt-none wt-latest' : 'wt-answer wt-latest'}
			aria-label="Answer"
		>
			<p className="wt-answer-title">{title}</p>
			{lines.length > 0 && (
				<ul>
					{lines.map((line) => (
						<li key={line}>{line}</li>
					))}
				</ul>
			)}
		</section>
	);
}

/** Where the answer stands: its box once revealed, or a prompt for the presenter. */
export function AnswerSlot({
	shown,
	presenter,
	children,
}: {
	shown: boolean;
	presenter: boolean;
	children: ReactNode;
}) {
	if (shown) return <>{children}</>;
	return presenter ? <p className="wt-to-reveal">Answer next: press → or Next.</p> : null;
}
