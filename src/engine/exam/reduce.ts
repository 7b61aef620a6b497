import type { ExamEvent, ExamState } from './types';

/** Most time a learner can add during one exam: two hours (a product choice, not an exam rule). */
export const MAX_ADDED_MS = 120 * 60_000;

/** True once the exam has ended, by submit or by time. */
export const isFinished = (s: ExamState): boolean => s.submittedAt !== undefined;

/** Milliseconds left at `now` (never negative); null when untimed. */
export function timeLeft(s: ExamState, now: number): number | null {
	if (s.deadline === null) return null;
	// A clock set back before the start cannot add time beyond the full allowance.
	const at = Math.max(s.submittedAt ?? now, s.startedAt);
	return Math.max(0, s.deadline - at);
}

function expire(s: ExamState, now: number): ExamState {
	if (isFinished(s) || s.deadline === null || now < s.deadline) return s;
	// Ended at the deadline, not at `now`: a tab woken an hour late still ends on time.
	return { ...s, submittedAt: s.deadline, submitReason: 'time-up' };
}

/**
 * The state after one event. Time-up is derived from `now >= deadline` on every event, before the
 * event applies, so nothing is accepted after the deadline or after submit. Never mutates.
 * @example
 * reduceExam(state, { type: 'answer', now, itemId: state.itemIds[0], answer: 'b' }).answers
 */
export function reduceExam(state: ExamState, event: ExamEvent): ExamState {
	const s = expire(state, event.now);
	if (isFinished(s)) return s;
	const known = (id: string) => s.itemIds.includes(id);
	switch (event.type) {
		case 'answer':
			return known(event.itemId)
				? {
						...s,
						answers: { ...s.answers, [event.itemId]: event.answer },
						answeredAt: { ...s.answeredAt, [event.itemId]: event.now },
					}
				: s;
		case 'clear': {
			if (!(event.itemId in s.answers)) return s;
			const answers = { ...s.answers };
			delete answers[event.itemId];
			return { ...s, answers, answeredAt: { ...s.answeredAt, [event.itemId]: event.now } };
		}
		case 'flag': {
			if (!known(event.itemId)) return s;
			const others = s.flags.filter((id) => id !== event.itemId);
			return {
				...s,
				flags: event.flagged ? [...others, event.itemId] : others,
				flaggedAt: { ...s.flaggedAt, [event.itemId]: event.now },
			};
		}
		case 'add-time': {
			const ms = Math.round(event.minutes * 60_000);
			const fits = Number.isFinite(ms) && ms > 0 && s.addedMs + ms <= MAX_ADDED_MS;
			return s.deadline !== null && fits
				? { ...s, deadline: s.deadline + ms, addedMs: s.addedMs + ms }
				: s;
		}
		case 'move': {
			const to = Math.trunc(event.to);
			return Number.isFinite(to) && to >= 0 && to < s.itemIds.length ? { ...s, position: to } : s;
		}
		case 'tick':
			return s;
		case 'submit':
			return { ...s, submittedAt: Math.max(event.now, s.startedAt), submitReason: 'submitted' };
	}
}
