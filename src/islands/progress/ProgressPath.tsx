import { useLessonProgress } from '../../stores/lesson-progress';
import { ProgressNotice } from './ProgressNotice';
import { useRehydratedProgress } from './use-progress';

/** One lesson on the learning path. */
export interface PathLesson {
	slug: string;
	order: number;
	title: string;
	summary: string;
	minutes: number;
	examTasks: string[];
}

interface Props {
	/** Every lesson, in path order. */
	lessons: PathLesson[];
}

/** The learning path: lessons in order, each with its done mark, and a count of lessons done. */
export default function ProgressPath({ lessons }: Props) {
	useRehydratedProgress();
	const hydrated = useLessonProgress((s) => s.hydrated);
	const done = useLessonProgress((s) => s.done);
	const count = lessons.filter((lesson) => done[lesson.slug] !== undefined).length;
	return (
		<div className="learning-path">
			<p className="path-count" aria-live="polite">
				{hydrated ? `${count} of ${lessons.length} lessons done` : `${lessons.length} lessons`}
			</p>
			<ProgressNotice />
			<ol className="path-list">
				{lessons.map((lesson) => {
					const isDone = hydrated && done[lesson.slug] !== undefined;
					return (
						<li key={lesson.slug} className={isDone ? 'path-item done' : 'path-item'}>
							<span className="path-mark" aria-hidden="true">
								{isDone ? '✓' : lesson.order}
							</span>
							<div>
								<h2 className="path-title">
									<a href={`/learn/${lesson.slug}/`}>{lesson.title}</a>
									{isDone && <span className="path-done"> (done)</span>}
								</h2>
								<p className="path-summary">{lesson.summary}</p>
								<p className="path-meta">
									{lesson.minutes} min · exam tasks {lesson.examTasks.join(', ')}
								</p>
							</div>
						</li>
					);
				})}
			</ol>
		</div>
	);
}
