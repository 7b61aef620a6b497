// Feedback on one option, step or prompt: right or wrong, why, and the limit with its source.
import type { FeedbackItem } from '../../engine/quiz';
import { factHref } from '../../components/site/fact-anchor';

/** The verdict mark, spelled out for screen readers. */
export function Mark({ correct }: { correct: boolean }) {
	return (
		<span className={correct ? 'mark ok' : 'mark bad'}>
			<span aria-hidden="true">{correct ? '✓' : '✗'}</span> {correct ? 'Right' : 'Wrong'}
		</span>
	);
}

/** The explanation under an option after checking. */
export function ItemFeedback({ item, kind }: { item: FeedbackItem; kind: 'option' | 'placed' }) {
	const verdict =
		kind === 'placed'
			? item.correct
				? 'In the right place'
				: 'Not in the right place'
			: item.correct
				? item.chosen
					? 'Your answer, and right'
					: 'A right answer you did not choose'
				: item.chosen
					? 'Your answer, but wrong'
					: 'Wrong';
	return (
		<div className={`item-feedback ${item.correct ? 'ok' : item.chosen ? 'bad' : 'neutral'}`}>
			<p className="verdict-line">
				<strong>{verdict}.</strong> {item.explanation}
			</p>
			{item.fact && (
				<p className="fact-line">
					Limit: {item.fact.label}: <strong>{item.fact.value}</strong>
					{item.scenarioValue && <> (this scenario: {item.scenarioValue})</>}.{' '}
					<a href={item.fact.url} rel="external">
						AWS source
					</a>
					{' · '}
					<a href={factHref(item.fact.id)}>On the Limits page</a>
				</p>
			)}
		</div>
	);
}
