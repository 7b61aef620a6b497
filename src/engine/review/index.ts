// Spaced review: which cards are due and how exam results feed them; FSRS itself is injected.
export {
	afterExam,
	cardId,
	dueCards,
	maxIntervalDays,
	newCard,
	NO_EXAM_MAX_DAYS,
	type Rating,
	type ReviewResult,
	type Scheduler,
} from './queue';
