// A scenario step: the story, the workload (live what-if inputs for the presenter), the
// eliminations one per press, then the recommendation, all computed by the advisor engine.
import { optionNames } from '../advisor/engine';
import type { WhatIfDraft, WhatIfKey } from '../../engine/walkthrough/what-if';
import type { StepView } from './deck';
import { Eliminations, type Ruled } from './Eliminations';
import { Answer, AnswerSlot } from './Answer';
import { evaluateScenario } from './outcome';
import { WorkloadFacts } from './WhatIf';

interface Props {
	step: Extract<StepView, { kind: 'scenario' }>;
	reveal: number;
	draft: WhatIfDraft | undefined;
	presenter: boolean;
	onWhatIf: (field: WhatIfKey, value: string) => void;
	onReset: () => void;
}

/** A scenario step, live under the presenter's what-if inputs. */
export function ScenarioStep({ step, reveal, draft, presenter, onWhatIf, onReset }: Props) {
	const outcome = evaluateScenario(step.workload, draft);
	const effective = outcome.kind === 'invalid' ? undefined : outcome.workload;
	const error =
		outcome.kind === 'invalid' ? { field: outcome.field, message: outcome.message } : undefined;
	const eliminated =
		outcome.kind === 'recommended'
			? outcome.recommendation.eliminated
			: outcome.kind === 'none-fits'
				? outcome.eliminated
				: [];
	const items: Ruled[] = eliminated.map((e) => ({
		name: optionNames[e.option],
		reason: e.reason,
		factId: e.factId,
	}));
	const answered = reveal > items.length;
	return (
		<>
			<p className="wt-kicker">Scenario</p>
			<h2 className="wt-title">{step.title}</h2>
			<p className="wt-story">{step.story}</p>
			<div className="wt-scenario">
				<div>
					<WorkloadFacts
						base={step.workload}
						effective={effective}
						draft={draft}
						whatIf={step.whatIf}
						editable={presenter}
						error={error}
						onChange={onWhatIf}
						onReset={onReset}
					/>
				</div>
				<div>
					{outcome.kind !== 'invalid' && (
						<>
							<Eliminations items={items} shown={reveal} presenter={presenter} />
							<AnswerSlot shown={answered} presenter={presenter && reveal === items.length}>
								{outcome.kind === 'recommended' ? (
									<Answer
										title={`Recommended: ${optionNames[outcome.recommendation.best]}`}
										lines={outcome.recommendation.reasons.slice(0, 2)}
									/>
								) : (
									<Answer
										none
										title="No inference option fits"
										lines={[
											'Every option breaks at least one limit above. Split the work into smaller requests or shorter jobs.',
										]}
									/>
								)}
							</AnswerSlot>
						</>
					)}
				</div>
			</div>
		</>
	);
}
