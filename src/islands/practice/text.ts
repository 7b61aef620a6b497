// Display helpers shared by the practice components.
import { limits } from '../../engine/shipped-limits';
import { renderFacts } from '../../engine/quiz';
import type { QuestionKind } from '../../schemas/question';

/** Authored text with every `{{fact:ID}}` replaced by the fact's value. */
export const show = (text: string) => renderFacts(text, limits);

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

/** The URL of a lesson page. */
export const lessonHref = (slug: string) => `/learn/${slug}/`;
