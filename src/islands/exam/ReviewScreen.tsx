import { useEffect, useRef, type Ref } from 'react';
import type { ExamState } from '../../engine/exam';

/** Before submitting: what is unanswered and flagged, with a confirmed submit. */
export function ReviewScreen({
	exam,
	onGo,
	onSubmit,
	headingRef,
}: {
	exam: ExamState;
	onGo(index: number): void;
	onSubmit(): void;
	headingRef: Ref<HTMLHeadingElement>;
}) {
	const dialog = useRef<HTMLDialogElement>(null);
	const unanswered = exam.itemIds.flatMap((id, i) => (id in exam.answers ? [] : [i]));
	const flagged = exam.itemIds.flatMap((id, i) => (exam.flags.includes(id) ? [i] : []));
	useEffect(() => () => dialog.current?.close(), []);
	const list = (indexes: number[], none: string) =>
		indexes.length === 0 ? (
			<p>{none}</p>
		) : (
			<ul className="review-list">
				{indexes.map((i) => (
					<li key={i}>
						<button type="button" className="button secondary" onClick={() => onGo(i)}>
							Go to question {i + 1}
						</button>
					</li>
				))}
			</ul>
		);
	return (
		<section className="exam-review" aria-labelledby="review-heading">
			<h2 id="review-heading" tabIndex={-1} ref={headingRef}>
				Review your answers
			</h2>
			<p>
				You answered {exam.itemIds.length - unanswered.length} of {exam.itemIds.length} questions.
				Unanswered questions score zero.
			</p>
			<h3>Unanswered ({unanswered.length})</h3>
			{list(unanswered, 'None: every question has an answer.')}
			<h3>Flagged for review ({flagged.length})</h3>
			{list(flagged, 'None flagged.')}
			<button type="button" className="button" onClick={() => dialog.current?.showModal()}>
				Submit exam
			</button>
			<dialog ref={dialog} aria-labelledby="confirm-heading" className="confirm-dialog">
				<h3 id="confirm-heading">Submit the exam now?</h3>
				<p>
					{unanswered.length > 0
						? `${unanswered.length} question${unanswered.length === 1 ? ' is' : 's are'} still unanswered. `
						: ''}
					After submitting you cannot change any answer.
				</p>
				<div className="dialog-buttons">
					<button
						type="button"
						className="button"
						onClick={() => {
							dialog.current?.close();
							onSubmit();
						}}
					>
						Yes, submit
					</button>
					<button
						type="button"
						className="button secondary"
						onClick={() => dialog.current?.close()}
					>
						Keep working
					</button>
				</div>
			</dialog>
		</section>
	);
}
