// Renders any question or case-study part by kind; a new kind is one new row in `bodies`.
import type { ReactNode } from 'react';
import { choicesOf, type Draft, type GradeResult } from '../../engine/quiz';
import type { Question, QuestionKind, QuestionPart } from '../../schemas/question';
import { ChoiceBody } from './ChoiceBody';
import { MatchingBody } from './MatchingBody';
import { OrderingBody } from './OrderingBody';
import { show } from './text';

interface BodyProps<K extends QuestionKind> {
	q: Extract<Question | QuestionPart, { kind: K }>;
	name: string;
	draft: Draft;
	onChange: (draft: Draft) => void;
	result: GradeResult | null;
}

const fb = (result: GradeResult | null) => result?.feedback ?? null;
const asIds = (draft: Draft) => (Array.isArray(draft) ? (draft as string[]) : []);

/** One body component per kind. */
const bodies: { [K in QuestionKind]: (props: BodyProps<K>) => ReactNode } = {
	single: ({ q, name, draft, onChange, result }) => (
		<ChoiceBody
			name={name}
			legend={q.stem}
			choices={choicesOf(q)}
			value={typeof draft === 'string' ? draft : null}
			onChange={onChange}
			feedback={fb(result)}
		/>
	),
	multiple: ({ q, name, draft, onChange, result }) => (
		<ChoiceBody
			name={name}
			legend={q.stem}
			choices={choicesOf(q)}
			choose={q.choose}
			value={asIds(draft)}
			onChange={onChange}
			feedback={fb(result)}
		/>
	),
	scenario: ({ q, name, draft, onChange, result }) => (
		<ChoiceBody
			name={name}
			legend={
				q.stem ??
				(q.hosting
					? 'Which hosting pattern fits best?'
					: 'Which SageMaker inference option fits best?')
			}
			choices={choicesOf(q)}
			value={typeof draft === 'string' ? draft : null}
			onChange={onChange}
			feedback={fb(result)}
		/>
	),
	ordering: ({ q, draft, onChange, result }) => (
		<OrderingBody
			legend={q.stem}
			steps={q.steps}
			order={asIds(draft)}
			onChange={onChange}
			feedback={fb(result)}
		/>
	),
	matching: ({ q, name, draft, onChange, result }) => (
		<MatchingBody
			name={name}
			legend={q.stem}
			prompts={q.prompts}
			answers={q.answers}
			value={
				typeof draft === 'object' && draft !== null && !Array.isArray(draft)
					? (draft as Record<string, string>)
					: {}
			}
			onChange={onChange}
			feedback={fb(result)}
		/>
	),
	'case-study': ({ q, name, draft, onChange, result }) => {
		const parts = Array.isArray(draft) ? (draft as Draft[]) : [];
		return (
			<div className="case-study">
				{q.stem && <p>{show(q.stem)}</p>}
				<ol className="parts">
					{q.parts.map((part, i) => {
						const partResult = result?.parts?.[i] ?? null;
						return (
							<li key={i} className="part">
								<h3>
									Part {i + 1} of {q.parts.length}
									{partResult && (
										<span className={partResult.correct ? 'mark ok' : 'mark bad'}>
											{' '}
											· {partResult.correct ? 'right' : 'wrong'}
										</span>
									)}
								</h3>
								<QuestionBody
									q={part}
									name={`${name}-p${i + 1}`}
									draft={parts[i] ?? null}
									onChange={(d) => onChange(parts.map((old, j) => (j === i ? d : old)))}
									result={partResult}
								/>
								{partResult?.explanation && <p className="explanation">{partResult.explanation}</p>}
							</li>
						);
					})}
				</ol>
			</div>
		);
	},
};

/** The body of any question or part. */
export function QuestionBody(props: BodyProps<QuestionKind>) {
	const Body = bodies[props.q.kind] as (p: BodyProps<QuestionKind>) => ReactNode;
	return Body(props);
}
