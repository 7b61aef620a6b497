import { useState } from 'react';
import { clockText, minutesText } from './text';

/** Minutes-left marks announced to screen readers (never every second). */
const WARN_AT_MS = [15 * 60_000, 5 * 60_000];
/** Time one press of "Add 30 minutes" adds. */
export const ADD_MS = 30 * 60_000;

/**
 * The visible clock (role="timer", not live) and a separate polite live region that speaks only at
 * the warning marks. `left` is derived from the stored deadline and the wall clock by the parent.
 */
export function ExamClock({
	left,
	totalMs,
	onAddTime,
}: {
	left: number | null;
	totalMs: number | null;
	/** Adds time (an accommodation the real exam also grants); absent once no more can be added. */
	onAddTime?: (() => void) | undefined;
}) {
	const [hidden, setHidden] = useState(false);
	// Derived, not stored: the text changes only when a mark is crossed, so the polite live
	// region speaks once per mark. Marks longer than the whole exam are skipped.
	const mark =
		left === null || totalMs === null || left <= 0
			? undefined
			: WARN_AT_MS.filter((m) => m < totalMs && left <= m).at(-1);
	const warning = mark === undefined ? '' : `${minutesText(mark)} left.`;
	return (
		<div className="exam-clock">
			{left === null ? (
				<span>Untimed</span>
			) : (
				<>
					<span role="timer" aria-label="Time left" className={hidden ? 'clock-hidden' : undefined}>
						{hidden ? 'Time hidden' : clockText(left)}
					</span>
					<button
						type="button"
						className="button secondary"
						aria-pressed={hidden}
						onClick={() => setHidden(!hidden)}
					>
						Hide time
					</button>
					{onAddTime && (
						<button type="button" className="button secondary" onClick={onAddTime}>
							Add {minutesText(ADD_MS)}
						</button>
					)}
				</>
			)}
			<p className="visually-hidden" role="status" aria-live="polite">
				{warning}
			</p>
			{warning && (
				<p className="clock-warning" aria-hidden="true">
					{warning}
				</p>
			)}
		</div>
	);
}
