// The stage: what the room sees for the current step, or nothing at all while blanked.
import type { RunSummary } from '../../engine/walkthrough/results';
import type { WalkthroughEvent, WalkthroughState } from '../../engine/walkthrough/state';
import type { StepView } from './deck';
import { HostingStep } from './HostingStep';
import { PlaygroundStep } from './PlaygroundStep';
import { ScenarioStep } from './ScenarioStep';
import { DiagramStep, LessonStep } from './SimpleSteps';

interface Props {
	steps: readonly StepView[];
	state: WalkthroughState;
	presenter: boolean;
	results: Record<number, RunSummary[]>;
	dispatch: (event: WalkthroughEvent) => void;
	onResults: (step: number, rows: RunSummary[]) => void;
}

function Content({ steps, state, presenter, results, dispatch, onResults }: Props) {
	const index = state.step;
	const step = steps[index];
	if (!step) return null;
	switch (step.kind) {
		case 'lesson':
			return <LessonStep step={step} />;
		case 'diagram':
			return <DiagramStep step={step} />;
		case 'scenario':
			return (
				<ScenarioStep
					key={index}
					step={step}
					reveal={state.reveal}
					draft={state.overrides[index]}
					presenter={presenter}
					onWhatIf={(field, value) => dispatch({ type: 'what-if', step: index, field, value })}
					onReset={() => dispatch({ type: 'reset-what-if', step: index })}
				/>
			);
		case 'hosting':
			return <HostingStep step={step} reveal={state.reveal} presenter={presenter} />;
		case 'playground':
			return (
				<PlaygroundStep
					key={index}
					step={step}
					results={results[index]}
					onResults={(rows) => onResults(index, rows)}
				/>
			);
	}
}

/** The current step large, in its own landmark; black while the screen is blanked. */
export function Stage(props: Props) {
	if (props.state.blank)
		return (
			<div className="wt-stage wt-blanked" data-step={props.state.step} data-blank="true">
				<p className="visually-hidden">
					The screen is blank.{props.presenter ? ' Press B to show it again.' : ''}
				</p>
			</div>
		);
	return (
		<section
			className="wt-stage"
			aria-label="Current step"
			data-step={props.state.step}
			data-reveal={props.state.reveal}
		>
			<Content {...props} />
		</section>
	);
}
