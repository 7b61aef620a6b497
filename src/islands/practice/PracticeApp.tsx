// The practice island: loads the question bank, reads a shared `?seed=` or `?q=` link, keeps the
// URL pointing at the current question, and maps keys (1-9 choose, Enter check, N next).
import { useEffect, useState } from 'react';
import type { Question } from '../../schemas/question';
import { usePractice } from '../../stores/practice';
import { QuestionView } from './QuestionView';
import { Setup } from './Setup';
import { readLink, writeLink } from './link';

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

/** The practice page's island. */
export default function PracticeApp({ bankUrl }: { bankUrl: string }) {
	const { question, slots, index, tally } = usePractice();
	const [loading, setLoading] = useState(true);
	const [loadError, setLoadError] = useState<string | null>(null);
	// Only decides focus, never markup, so reading the URL here cannot break hydration.
	const [fromLink, setFromLink] = useState(() => {
		if (typeof window === 'undefined') return false;
		const link = readLink(window.location.search);
		return link.seed !== undefined || link.questionId !== undefined || link.lesson !== undefined;
	});

	useEffect(() => {
		const link = readLink(window.location.search);
		if (link.seed !== undefined) usePractice.getState().startFromSeed(link.seed, link.options);
		fetch(bankUrl)
			.then((r) =>
				r.ok ? (r.json() as Promise<Question[]>) : Promise.reject(new Error(`HTTP ${r.status}`)),
			)
			.then((bank) => {
				const store = usePractice.getState();
				store.setBank(bank);
				if (link.questionId && bank.some((q) => q.id === link.questionId)) {
					store.startWith([{ from: 'authored', id: link.questionId }]);
				} else if (link.lesson) {
					store.startLesson(link.lesson, newSeed());
				}
			})
			.catch((error: Error) =>
				setLoadError(
					`The question bank did not load (${error.message}). Generated scenarios still work.`,
				),
			)
			.finally(() => setLoading(false));
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, [bankUrl]);

	useEffect(() => writeLink(slots[index]), [slots, index]);

	const done = slots.length > 0 && index >= slots.length;
	return (
		<div className="practice">
			{loadError && <p className="notice">{loadError}</p>}
			{tally.answered > 0 && (
				<p className="tally" aria-live="polite">
					Score so far: {tally.correct} of {tally.answered} right ({tally.score} of {tally.maxScore}{' '}
					points)
				</p>
			)}
			{question && <QuestionView focusFirst={!fromLink} />}
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
							setFromLink(false);
							usePractice.getState().reset();
						}}
					>
						Practise again
					</button>
				</section>
			)}
			{!question && !done && (
				<Setup loading={loading} onStart={() => usePractice.getState().start(newSeed())} />
			)}
		</div>
	);
}

// A fresh session seed; the UI may use Math.random, the engine never does.
function newSeed(): number {
	return Math.floor(Math.random() * 1_000_000);
}
