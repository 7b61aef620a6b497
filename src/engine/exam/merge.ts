import { isFinished } from './reduce';
import type { ExamState } from './types';

const at = (times: Record<string, number>, id: string) => times[id] ?? 0;

/** The finished one of two copies; when both are, the one that ended first (submit is final). */
function finished(saved: ExamState, mine: ExamState): ExamState | null {
	if (isFinished(saved) && isFinished(mine))
		return (mine.submittedAt ?? 0) < (saved.submittedAt ?? 0) ? mine : saved;
	if (isFinished(saved)) return saved;
	return isFinished(mine) ? mine : null;
}

/** Answers of both copies: where both answered, the later answer wins; an answer is never dropped. */
function mergeAnswers(saved: ExamState, mine: ExamState) {
	const answers = { ...saved.answers };
	for (const [id, answer] of Object.entries(mine.answers))
		if (!(id in answers) || at(mine.answeredAt, id) >= at(saved.answeredAt, id))
			answers[id] = answer;
	const answeredAt = { ...saved.answeredAt };
	for (const [id, t] of Object.entries(mine.answeredAt))
		answeredAt[id] = Math.max(t, at(saved.answeredAt, id));
	return { answers, answeredAt };
}

/** Flags of both copies: for each item the later flag or unflag wins (a tie keeps the flag). */
function mergeFlags(saved: ExamState, mine: ExamState) {
	const ids = new Set([
		...saved.flags,
		...mine.flags,
		...Object.keys(saved.flaggedAt),
		...Object.keys(mine.flaggedAt),
	]);
	const flaggedAt: Record<string, number> = {};
	const flags: string[] = [];
	for (const id of ids) {
		const s = at(saved.flaggedAt, id);
		const m = at(mine.flaggedAt, id);
		const flagged =
			m === s
				? mine.flags.includes(id) || saved.flags.includes(id)
				: (m > s ? mine : saved).flags.includes(id);
		if (flagged) flags.push(id);
		if (id in saved.flaggedAt || id in mine.flaggedAt) flaggedAt[id] = Math.max(s, m);
	}
	return { flags: mine.itemIds.filter((id) => flags.includes(id)), flaggedAt };
}

/**
 * One exam from the saved copy and this tab's copy, so a tab that takes over (or follows another)
 * loses nothing: every answer of either is kept (the later one where both answered), flags by
 * their time, the added time of either, and a finished copy is final. This tab keeps its screen
 * position. A saved copy of another exam replaced this one, so it wins whole.
 * @example
 * mergeExams(saved, mine).answers // saved's answers plus mine's, the later one on each item
 */
export function mergeExams(saved: ExamState, mine: ExamState): ExamState {
	if (saved.id !== mine.id) return saved;
	const done = finished(saved, mine);
	if (done) return done;
	const extra = saved.addedMs > mine.addedMs ? saved : mine;
	return {
		...mine,
		...mergeAnswers(saved, mine),
		...mergeFlags(saved, mine),
		deadline: extra.deadline,
		addedMs: extra.addedMs,
	};
}
