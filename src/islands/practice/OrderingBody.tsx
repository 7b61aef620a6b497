// Steps to put in order with Move up / Move down buttons (no drag needed), with per-step feedback.
import type { FeedbackItem } from '../../engine/quiz';
import { ItemFeedback } from './Feedback';
import { show } from './text';

interface OrderingBodyProps {
	legend: string;
	steps: { id: string; text: string }[];
	order: readonly string[];
	onChange: (order: string[]) => void;
	feedback: FeedbackItem[] | null;
}

/** One ordering question body. */
export function OrderingBody({ legend, steps, order, onChange, feedback }: OrderingBodyProps) {
	const text = (id: string) => show(steps.find((s) => s.id === id)?.text ?? id);
	const move = (from: number, to: number) => {
		const next = [...order];
		const [step] = next.splice(from, 1);
		if (step !== undefined) next.splice(to, 0, step);
		onChange(next);
	};
	return (
		<fieldset className="ordering">
			<legend>{show(legend)}</legend>
			<p className="hint">Put the steps in order, first at the top.</p>
			<ol className="step-list">
				{order.map((id, i) => (
					<li key={id}>
						<span className="step-text">{text(id)}</span>
						{feedback === null && (
							<span className="step-moves">
								<button
									type="button"
									className="button secondary small"
									disabled={i === 0}
									onClick={() => move(i, i - 1)}
									aria-label={`Move “${text(id)}” up`}
								>
									Up
								</button>
								<button
									type="button"
									className="button secondary small"
									disabled={i === order.length - 1}
									onClick={() => move(i, i + 1)}
									aria-label={`Move “${text(id)}” down`}
								>
									Down
								</button>
							</span>
						)}
					</li>
				))}
			</ol>
			{feedback && (
				<>
					<p className="hint">The right order:</p>
					<ol className="feedback-list">
						{feedback.map((f) => (
							<li key={f.id}>
								<ItemFeedback item={f} kind="placed" />
							</li>
						))}
					</ol>
				</>
			)}
		</fieldset>
	);
}
