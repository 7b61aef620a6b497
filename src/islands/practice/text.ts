// Display helpers shared by the practice components.
import { limits } from '../../engine/shipped-limits';
import { renderFacts } from '../../engine/quiz';

export { difficultyLabels, kindLabels } from './labels';

/** Authored text with every `{{fact:ID}}` replaced by the fact's value. */
export const show = (text: string) => renderFacts(text, limits);

/** The URL of a lesson page. */
export const lessonHref = (slug: string) => `/learn/${slug}/`;
