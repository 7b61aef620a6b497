// The running practice session, loaded only when a session starts (or a shared link opens one),
// so the page shows its setup form without the quiz engine and scenario generator: the score, the
// current question, the end summary, the keys (1-9 choose, Enter check, N next) and the URL.
import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import { usePractice } from '../../stores/practice';
import { QuestionView } from './QuestionView';
import { writeLink } from './link';

export { usePractice };

/** Focus inside these means the learner is typing or adjusting, so keys are theirs. */
const typingTargets =
	'input[type="text"], input[type="number"], input[type="range"], select, textarea, [contenteditable="true"]';

function onKey(e: KeyboardEvent) {
	if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
	const target = e.target instanceof Element ? e.target : null;
	if (target?.closest(typingTargets)) return;
	const store = usePractice.getState();
	if (!store.question) return;
	if (/^[1-9]$/.test(e.key) && store.question.kind !== 'case-study') {
		e.preventDefault();
		store.pick(Number(e.key));
	} else if (e.key === 'Enter' && !target?.closest('button, a, summary')) {
		e.preventDefault();
		store.check();
	} else if (e.key === 'n' || e.key === 'N') {
		e.preventDefault();
		store.next();
	}
}

/** The session; `setup` is shown again when the learner goes back to the form. */
export default function PracticeSession({
	focusFirst,
	setup,
	onAgain,
}: {
	focusFirst: boolean;
	setup: ReactNode;
	onAgain: () => void;
}) {
	const { question, slots, index, tally } = usePractice();

	// Before paint: the keys must work as soon as the first question is on screen.
	useLayoutEffect(() => {
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, []);

	useEffect(() => writeLink(slots[index]), [slots, index]);

	const done = slots.length > 0 && index >= slots.length;
	return (
		<>
			{tally.answered > 0 && (
				<p className="tally" aria-live="polite">
					Score so far: {tally.correct} of {tally.answered} right ({tally.score} of {tally.maxScore}{' '}
					points)
				</p>
			)}
			{question && <QuestionView focusFirst={focusFirst} />}
			{done && (
				<section className="summary" aria-labelledby="summary-heading">
					<h2 id="summary-heading">Session finished</h2>
					<p>
						You answered {tally.correct} of {tally.answered} questions right.
					</p>
					<button
						type="button"
						className="button"
						onClick={() => {
							onAgain();
							usePractice.getState().reset();
						}}
					>
						Practise again
					</button>
				</section>
			)}
			{!question && !done && setup}
		</>
	);
}
