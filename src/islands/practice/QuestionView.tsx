// The current question: its story or scenario, the body, Check / Next, the verdict, and for
// scenarios the "what if" controls. Focus moves to the heading on each new question.
import { useEffect, useRef } from 'react';
import { isComplete } from '../../engine/quiz';
import type { Workload } from '../../engine/advisor/types';
import { usePractice } from '../../stores/practice';
import { Mark } from './Feedback';
import { QuestionBody } from './QuestionBody';
import { WhatIf } from './WhatIf';
import { playgroundHrefFor } from '../playground/from-workload';
import { difficultyLabels, kindLabels, lessonHref, show } from './text';

/** The question card. */
export function QuestionView({ focusFirst }: { focusFirst: boolean }) {
	const { question, draft, result, index, slots, whatIf } = usePractice();
	const { setDraft, check, next, setWhatIf } = usePractice.getState();
	const heading = useRef<HTMLHeadingElement>(null);
	const verdict = useRef<HTMLDivElement>(null);
	// A question opened from a shared link keeps the page's normal start; later ones take focus.
	useEffect(() => {
		if (focusFirst || index > 0) heading.current?.focus();
	}, [question?.id, index, focusFirst]);
	useEffect(() => {
		if (result) verdict.current?.focus();
	}, [result]);
	if (!question) return null;
	const complete = isComplete(question, draft);
	const last = index + 1 >= slots.length;
	return (
		<article className="question-card" aria-labelledby="question-heading">
			<header>
				<h2 id="question-heading" tabIndex={-1} ref={heading}>
					Question {index + 1} of {slots.length}
				</h2>
				<p className="question-meta">
					{kindLabels[question.kind]} · {difficultyLabels[question.difficulty]} · task{' '}
					{question.task}
					{question.id.startsWith('gen-') && ' · generated'}
				</p>
			</header>
			{question.kind === 'scenario' && <p className="story">{question.story}</p>}
			{question.kind === 'case-study' && <p className="story">{show(question.scenario)}</p>}
			<QuestionBody
				q={question}
				name={question.id}
				draft={draft}
				onChange={setDraft}
				result={result}
			/>
			{result?.explanation && <p className="explanation">{result.explanation}</p>}
			<div className="question-actions">
				{!result && (
					<button type="button" className="button" onClick={check} disabled={!complete}>
						Check answer
					</button>
				)}
				{result && (
					<button type="button" className="button" onClick={next}>
						{last ? 'See results' : 'Next question'}
					</button>
				)}
				<p className="hint keys">
					Keys: <kbd>1</kbd>–<kbd>9</kbd> choose, <kbd>Enter</kbd> check, <kbd>N</kbd> next.
				</p>
			</div>
			<div className="verdict" ref={verdict} tabIndex={-1} aria-live="polite">
				{result && (
					<p className={result.correct ? 'verdict-ok' : 'verdict-bad'}>
						<Mark correct={result.correct} />.
						{result.maxScore > 1 && ` ${result.score} of ${result.maxScore} parts right.`}
						{!result.correct && ' The explanation under each option says why.'}
					</p>
				)}
			</div>
			{result && (
				<p className="read-next">
					Read next:{' '}
					{question.lessons.map((slug, i) => (
						<span key={slug}>
							{i > 0 && ', '}
							<a href={lessonHref(slug)}>{slug.replaceAll('-', ' ')}</a>
						</span>
					))}
				</p>
			)}
			{result && question.kind === 'scenario' && question.workload && whatIf && (
				<WhatIf original={question.workload as Workload} workload={whatIf} onChange={setWhatIf} />
			)}
			{result && question.kind === 'scenario' && question.workload && (
				<PlaygroundLink workload={whatIf ?? (question.workload as Workload)} />
			)}
		</article>
	);
}

/** "Open in playground" for a scenario's workload, when some option fits it. */
function PlaygroundLink({ workload }: { workload: Workload }) {
	const href = playgroundHrefFor(workload);
	if (!href) return null;
	return (
		<p className="read-next">
			<a href={href}>Open in playground</a> to simulate this workload on the recommended option and
			its runner-up.
		</p>
	);
}
