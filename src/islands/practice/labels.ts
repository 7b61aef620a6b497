// Names the setup form shows; kept apart from text.ts so the form loads without the limits model.
import type { QuestionKind } from '../../schemas/question';

/** How each kind is named to the learner. */
export const kindLabels = {
	single: 'Single answer',
	multiple: 'Multiple response',
	ordering: 'Ordering',
	matching: 'Matching',
	'case-study': 'Case study',
	scenario: 'Scenario',
} as const satisfies Record<QuestionKind, string>;

/** Difficulty as words. */
export const difficultyLabels = { 1: 'Easy', 2: 'Medium', 3: 'Hard' } as const;
