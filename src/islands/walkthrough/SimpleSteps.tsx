// Lesson and diagram steps: big points, and the pre-rendered diagram in the page's theme.
import type { StepView } from './deck';

type Of<K extends StepView['kind']> = Extract<StepView, { kind: K }>;

/** The step's points as a large list. */
export function Points({ points }: { points: readonly string[] }) {
	if (points.length === 0) return null;
	return (
		<ul className="wt-points">
			{points.map((point) => (
				<li key={point}>{point}</li>
			))}
		</ul>
	);
}

/** A lesson section's main points, linked to the section for students afterwards. */
export function LessonStep({ step }: { step: Of<'lesson'> }) {
	return (
		<>
			<p className="wt-kicker">Lesson: {step.lessonTitle}</p>
			<h2 className="wt-title">{step.title}</h2>
			<Points points={step.points} />
			<p className="wt-source">
				<a href={step.href}>Read this section of “{step.lessonTitle}”</a>
			</p>
		</>
	);
}

/** A diagram with the current node highlighted, beside what that node asks. */
export function DiagramStep({ step }: { step: Of<'diagram'> }) {
	const { image } = step;
	return (
		<>
			<p className="wt-kicker">Diagram: {image.title}</p>
			<h2 className="wt-title">{step.title}</h2>
			<div className={step.points.length > 0 ? 'wt-diagram-row' : 'wt-diagram-row wt-solo'}>
				<figure className="wt-diagram">
					<img
						className="wt-theme-light"
						src={image.light}
						alt={image.alt}
						width={image.width}
						height={image.height}
						decoding="async"
					/>
					<img
						className="wt-theme-dark"
						src={image.dark}
						alt={image.alt}
						width={image.width}
						height={image.height}
						decoding="async"
					/>
					{step.highlighted && (
						<figcaption>The highlighted box is the question on this step.</figcaption>
					)}
				</figure>
				<Points points={step.points} />
			</div>
		</>
	);
}
