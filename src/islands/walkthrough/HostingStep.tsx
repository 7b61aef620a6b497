// A hosting step: the models' needs, the hosting patterns that do not fit one per press, then
// the pattern the hosting advisor recommends.
import { patternNames } from '../advisor/engine';
import { Answer, AnswerSlot } from './Answer';
import type { StepView } from './deck';
import { Eliminations, type Ruled } from './Eliminations';
import { evaluateHosting } from './outcome';

/** A hosting step: the models' needs, the patterns that do not fit one by one, then the answer. */
export function HostingStep({
	step,
	reveal,
	presenter,
}: {
	step: Extract<StepView, { kind: 'hosting' }>;
	reveal: number;
	presenter: boolean;
}) {
	const outcome = evaluateHosting(step.needs);
	const eliminated =
		outcome.kind === 'recommended' ? outcome.recommendation.eliminated : outcome.eliminated;
	const items: Ruled[] = eliminated.map((e) => ({
		name: patternNames[e.pattern],
		reason: e.reason,
		factId: e.factId,
	}));
	const { needs } = step;
	const yes = (b: boolean | undefined) => (b ? 'Yes' : 'No');
	return (
		<>
			<p className="wt-kicker">Hosting</p>
			<h2 className="wt-title">{step.title}</h2>
			<p className="wt-story">{step.story}</p>
			<div className="wt-scenario">
				<div>
					<dl className="wt-workload">
						<div className="wt-fact">
							<dt>Models</dt>
							<dd>{needs.models}</dd>
						</div>
						<div className="wt-fact">
							<dt>One container image serves them all</dt>
							<dd>{yes(needs.sameFramework)}</dd>
						</div>
						<div className="wt-fact">
							<dt>Requests pass through them in order</dt>
							<dd>{yes(needs.chained)}</dd>
						</div>
						<div className="wt-fact">
							<dt>Each model scales on its own</dt>
							<dd>{yes(needs.perModelScaling)}</dd>
						</div>
					</dl>
				</div>
				<div>
					<Eliminations items={items} shown={reveal} presenter={presenter} />
					<AnswerSlot
						shown={reveal > items.length}
						presenter={presenter && reveal === items.length}
					>
						{outcome.kind === 'recommended' ? (
							<Answer
								title={`Recommended: ${patternNames[outcome.recommendation.best]}`}
								lines={outcome.recommendation.reasons.slice(0, 2)}
							/>
						) : (
							<Answer
								none
								title="No hosting pattern fits"
								lines={['Every pattern breaks at least one limit above.']}
							/>
						)}
					</AnswerSlot>
				</div>
			</div>
		</>
	);
}
