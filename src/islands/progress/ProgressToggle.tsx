import { useLessonProgress } from '../../stores/lesson-progress';
import { ProgressNotice } from './ProgressNotice';
import { useRehydratedProgress } from './use-progress';

interface Props {
	/** The lesson's slug. */
	slug: string;
	/** The lesson's title, for the button's accessible name. */
	title: string;
}

/** The "Mark as done" button at the end of a lesson. */
export default function ProgressToggle({ slug, title }: Props) {
	useRehydratedProgress();
	const hydrated = useLessonProgress((s) => s.hydrated);
	const doneAt = useLessonProgress((s) => s.done[slug]);
	const markDone = useLessonProgress((s) => s.markDone);
	const markNotDone = useLessonProgress((s) => s.markNotDone);
	const done = doneAt !== undefined;
	return (
		<div className="progress-toggle">
			<button
				type="button"
				className={done ? 'button secondary' : 'button'}
				aria-pressed={done}
				disabled={!hydrated}
				onClick={() => (done ? markNotDone(slug) : markDone(slug, new Date()))}
			>
				{done ? 'Done' : 'Mark as done'}
				<span className="visually-hidden">: {title}</span>
			</button>
			<span role="status">{done ? ' Marked as done. Press again to clear the mark.' : ''}</span>
			<ProgressNotice />
		</div>
	);
}
