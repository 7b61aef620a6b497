// The advisor's answer: the best option and why, what else fits, and what is ruled out by which limit.
import { optionNames, type Elimination, type InferenceOption, type Recommendation } from './engine';
import { LimitLink } from './LimitLink';

/** What the last submit produced. */
export type Outcome =
	| { kind: 'idle' }
	| { kind: 'invalid'; message: string }
	| { kind: 'recommended'; recommendation: Recommendation }
	| { kind: 'none-fits'; eliminated: Elimination[] };

/** The one-line summary announced politely to screen readers after each submit. */
export function announce(outcome: Outcome): string {
	switch (outcome.kind) {
		case 'idle':
			return '';
		case 'invalid':
			return `Check the form: ${outcome.message}`;
		case 'recommended':
			return `Recommended: ${optionNames[outcome.recommendation.best]}. ${ruledOutOptions(outcome.recommendation.eliminated).length} options ruled out.`;
		case 'none-fits':
			return 'No inference option fits this workload. The reasons are listed below.';
	}
}

/** Options in the order they were first ruled out, each with all its reasons. */
function ruledOutOptions(eliminated: readonly Elimination[]): [InferenceOption, Elimination[]][] {
	const byOption = new Map<InferenceOption, Elimination[]>();
	for (const e of eliminated) byOption.set(e.option, [...(byOption.get(e.option) ?? []), e]);
	return [...byOption];
}

function RuledOut({ eliminated }: { eliminated: readonly Elimination[] }) {
	const groups = ruledOutOptions(eliminated);
	if (groups.length === 0) return <p>No option is ruled out by a limit.</p>;
	return (
		<ul className="ruled-out">
			{groups.map(([option, reasons]) => (
				<li key={option}>
					<strong>{optionNames[option]}</strong>
					<ul>
						{reasons.map((e) => (
							<li key={e.factId}>
								{e.reason} <LimitLink factId={e.factId} />
							</li>
						))}
					</ul>
				</li>
			))}
		</ul>
	);
}

/** Renders an outcome; nothing before the first submit. */
export function WorkloadResult({ outcome }: { outcome: Outcome }) {
	switch (outcome.kind) {
		case 'idle':
		case 'invalid':
			return null;
		case 'none-fits':
			return (
				<div className="result">
					<div className="verdict none">
						<h3>No option fits</h3>
						<p>Every SageMaker inference option breaks at least one limit for this workload.</p>
					</div>
					<section aria-labelledby="ruled-out-title">
						<h3 id="ruled-out-title">Why each option is ruled out</h3>
						<RuledOut eliminated={outcome.eliminated} />
					</section>
				</div>
			);
		case 'recommended': {
			const { best, feasible, eliminated, reasons } = outcome.recommendation;
			const others = feasible.filter((o) => o !== best);
			return (
				<div className="result">
					<section className="verdict best" aria-labelledby="best-title">
						<p className="eyebrow">Recommended</p>
						<h3 id="best-title">{optionNames[best]}</h3>
						<ul>
							{reasons.map((reason) => (
								<li key={reason}>{reason}</li>
							))}
						</ul>
					</section>
					<section aria-labelledby="also-title">
						<h3 id="also-title">Also fits</h3>
						{others.length === 0 ? (
							<p>No other option fits.</p>
						) : (
							<ul>
								{others.map((o) => (
									<li key={o}>{optionNames[o]}</li>
								))}
							</ul>
						)}
					</section>
					<section aria-labelledby="ruled-out-title">
						<h3 id="ruled-out-title">Ruled out</h3>
						<RuledOut eliminated={eliminated} />
					</section>
				</div>
			);
		}
	}
}
