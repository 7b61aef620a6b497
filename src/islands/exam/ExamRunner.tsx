import { useEffect, useRef, useState } from 'react';
import {
	allowedMs,
	MAX_ADDED_MS,
	timeLeft,
	type ExamItem,
	type ExamState,
} from '../../engine/exam';
import type { Answer } from '../../engine/quiz';
import { useExamSession } from '../../stores/exam-session';
import { ADD_MS, ExamClock } from './ExamClock';
import { Navigator } from './Navigator';
import { QuestionView } from './QuestionView';
import { ReviewScreen } from './ReviewScreen';

/** The running exam: sticky bar with the clock, one question at a time, navigator, review. */
export function ExamRunner({
	exam,
	items,
	now,
}: {
	exam: ExamState;
	items: ExamItem[];
	now: number;
}) {
	const dispatch = useExamSession((s) => s.dispatch);
	const [view, setView] = useState<'question' | 'review'>('question');
	const heading = useRef<HTMLHeadingElement>(null);
	const moved = useRef(false);
	const item = items[exam.position];
	const id = item?.id ?? '';
	const flagged = exam.flags.includes(id);
	const stamp = () => Date.now();

	// Focus follows navigation. On the first render it moves only if it was lost with the Start or
	// Resume button that just vanished; a page opened into the exam keeps the reader at the top.
	useEffect(() => {
		if (moved.current || document.activeElement === document.body) heading.current?.focus();
		moved.current = true;
	}, [exam.position, view]);

	const go = (to: number) => {
		setView('question');
		dispatch({ type: 'move', now: stamp(), to });
	};
	const answer = (value: Answer | undefined) =>
		dispatch(
			value === undefined
				? { type: 'clear', now: stamp(), itemId: id }
				: { type: 'answer', now: stamp(), itemId: id, answer: value },
		);
	const allowed = allowedMs(exam.blueprint, exam.accommodation);
	const total = allowed === null ? null : allowed + exam.addedMs;
	const canAdd = allowed !== null && exam.addedMs + ADD_MS <= MAX_ADDED_MS;
	const answered = Object.keys(exam.answers).length;

	return (
		<div className="exam-runner">
			<div className="exam-bar">
				<ExamClock
					left={timeLeft(exam, now)}
					totalMs={total}
					onAddTime={
						canAdd
							? () => dispatch({ type: 'add-time', now: stamp(), minutes: ADD_MS / 60_000 })
							: undefined
					}
				/>
				<span className="exam-count">
					{answered} of {exam.itemIds.length} answered
				</span>
				{view === 'question' && (
					<button
						type="button"
						className="button secondary"
						aria-pressed={flagged}
						onClick={() => dispatch({ type: 'flag', now: stamp(), itemId: id, flagged: !flagged })}
					>
						{flagged ? '⚑ ' : ''}Flag for review
					</button>
				)}
			</div>
			<div className="exam-layout">
				<div className="exam-main">
					{view === 'review' ? (
						<ReviewScreen
							exam={exam}
							onGo={go}
							onSubmit={() => dispatch({ type: 'submit', now: stamp() })}
							headingRef={heading}
						/>
					) : (
						item && (
							<>
								<QuestionView
									key={id}
									item={item}
									number={exam.position + 1}
									total={exam.itemIds.length}
									answer={exam.answers[id]}
									seed={exam.seed}
									onAnswer={answer}
									headingRef={heading}
								/>
								<div className="exam-nav-buttons">
									<button
										type="button"
										className="button secondary"
										disabled={exam.position === 0}
										onClick={() => go(exam.position - 1)}
									>
										Previous question
									</button>
									<button
										type="button"
										className="button secondary"
										disabled={exam.position === exam.itemIds.length - 1}
										onClick={() => go(exam.position + 1)}
									>
										Next question
									</button>
								</div>
							</>
						)
					)}
					{view === 'question' && (
						<button
							type="button"
							className="button review-button"
							onClick={() => setView('review')}
						>
							Review answers
						</button>
					)}
				</div>
				<Navigator exam={exam} onGo={go} />
			</div>
		</div>
	);
}
