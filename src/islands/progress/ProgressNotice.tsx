import { useLessonProgress } from '../../stores/lesson-progress';

/** Storage trouble, said once and dismissable; renders nothing when all is well. */
export function ProgressNotice() {
	const notice = useLessonProgress((s) => s.notice);
	const dismiss = useLessonProgress((s) => s.dismissNotice);
	if (!notice) return null;
	return (
		<p className="progress-notice" role="status">
			{notice}{' '}
			<button type="button" className="button secondary" onClick={dismiss}>
				Dismiss
			</button>
		</p>
	);
}
