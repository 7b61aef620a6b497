// Radios (one answer) or checkboxes ("choose N"), numbered for the 1-9 keys, with feedback after checking.
import type { FeedbackItem } from '../../engine/quiz';
import { ItemFeedback } from './Feedback';
import { show } from './text';

interface ChoiceBodyProps {
	name: string;
	legend: string;
	choices: { id: string; text: string }[];
	/** Set for "choose N"; radios otherwise. */
	choose?: number;
	value: string | readonly string[] | null;
	onChange: (value: string | string[]) => void;
	feedback: FeedbackItem[] | null;
}

/** One single-answer, multiple-response or scenario question body. */
export function ChoiceBody({
	name,
	legend,
	choices,
	choose,
	value,
	onChange,
	feedback,
}: ChoiceBodyProps) {
	const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
	const toggle = (id: string) => {
		if (choose === undefined) return onChange(id);
		if (chosen.includes(id)) return onChange(chosen.filter((c) => c !== id));
		if (chosen.length < choose) onChange([...chosen, id]);
	};
	return (
		<fieldset className="choices">
			<legend>{show(legend)}</legend>
			{choose !== undefined && (
				<p className="hint" aria-live="polite">
					Choose {choose} ({chosen.length} chosen).
				</p>
			)}
			<ol className="choice-list">
				{choices.map((c, i) => {
					const id = `${name}-${c.id}`;
					const item = feedback?.find((f) => f.id === c.id);
					return (
						<li
							key={c.id}
							className={item ? (item.correct ? 'is-right' : item.chosen ? 'is-wrong' : '') : ''}
						>
							<label htmlFor={id} className="choice">
								<input
									id={id}
									type={choose === undefined ? 'radio' : 'checkbox'}
									name={name}
									value={c.id}
									checked={chosen.includes(c.id)}
									disabled={feedback !== null}
									onChange={() => toggle(c.id)}
								/>
								<span className="key" aria-hidden="true">
									{i + 1}
								</span>
								<span>{show(c.text)}</span>
							</label>
							{item && <ItemFeedback item={item} kind="option" />}
						</li>
					);
				})}
			</ol>
		</fieldset>
	);
}
