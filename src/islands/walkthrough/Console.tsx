// The presenter's console: speaker notes, the next step and the elapsed time. Never shown to
// the audience; hideable when the presenter's own screen is the one the room sees.
import type { StepView } from './deck';

interface Props {
	step: StepView | undefined;
	next: StepView | undefined;
	/** Presses of next still revealing on this step before it moves on. */
	revealsLeft: number;
	elapsed: string;
	blank: boolean;
	onRestart: () => void;
}

/** Notes, what comes next, the clock. */
export function Console({ step, next, revealsLeft, elapsed, blank, onRestart }: Props) {
	return (
		<aside className="wt-console" aria-labelledby="wt-console-title">
			<h2 id="wt-console-title" className="visually-hidden">
				Presenter console
			</h2>
			<div className="wt-clock">
				<span>
					Elapsed <time className="wt-elapsed">{elapsed}</time>
				</span>
				<button type="button" className="wt-button wt-small" onClick={onRestart}>
					Restart clock
				</button>
			</div>
			{blank && <p className="wt-blank-note">The screen is blank. Press B to show it.</p>}
			<section aria-labelledby="wt-notes-title">
				<h3 id="wt-notes-title">Speaker notes</h3>
				<p className="wt-notes">{step?.notes ?? 'No notes for this step.'}</p>
			</section>
			<section aria-labelledby="wt-next-title">
				<h3 id="wt-next-title">Next step</h3>
				{revealsLeft > 0 && (
					<p className="wt-reveals-left">
						{revealsLeft === 1 ? 'One more press reveals' : `${revealsLeft} more presses reveal`} on
						this step first.
					</p>
				)}
				<p className="wt-next">{next ? next.title : 'This is the last step.'}</p>
			</section>
		</aside>
	);
}
