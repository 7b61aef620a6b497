// One select per prompt, with per-prompt feedback after checking.
import type { FeedbackItem } from '../../engine/quiz';
import { ItemFeedback } from './Feedback';
import { show } from './text';

interface MatchingBodyProps {
	name: string;
	legend: string;
	prompts: { id: string; text: string }[];
	answers: { id: string; text: string }[];
	value: Readonly<Record<string, string>>;
	onChange: (value: Record<string, string>) => void;
	feedback: FeedbackItem[] | null;
}

/** One matching question body. */
export function MatchingBody({
	name,
	legend,
	prompts,
	answers,
	value,
	onChange,
	feedback,
}: MatchingBodyProps) {
	return (
		<fieldset className="matching">
			<legend>{show(legend)}</legend>
			<ul className="match-list">
				{prompts.map((p) => {
					const id = `${name}-${p.id}`;
					const item = feedback?.find((f) => f.id === p.id);
					return (
						<li key={p.id}>
							<label htmlFor={id}>{show(p.text)}</label>
							<select
								id={id}
								value={value[p.id] ?? ''}
								disabled={feedback !== null}
								onChange={(e) => onChange({ ...value, [p.id]: e.target.value })}
							>
								<option value="" disabled>
									Choose…
								</option>
								{answers.map((a) => (
									<option key={a.id} value={a.id}>
										{show(a.text)}
									</option>
								))}
							</select>
							{item && <ItemFeedback item={item} kind="placed" />}
						</li>
					);
				})}
			</ul>
		</fieldset>
	);
}
