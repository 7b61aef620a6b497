// Small helpers the exam islands share: fact placeholders, clock text, item labels.
import { renderFacts } from '../../engine/quiz';
import { limits } from '../../engine/shipped-limits';
import type { ExamItem } from '../../engine/exam';

/** Text with every `{{fact:ID}}` replaced by the formatted fact. */
export const withFacts = (text: string): string => renderFacts(text, limits);

/** "1:05:09" or "12:34" for a number of milliseconds (rounded up to the second, as clocks do). */
export function clockText(ms: number): string {
	const total = Math.ceil(Math.max(0, ms) / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "12 minutes" for a duration, for sentences. */
export function minutesText(ms: number): string {
	const m = Math.round(ms / 60_000);
	return `${m} minute${m === 1 ? '' : 's'}`;
}

/** The question line of an item (scenarios have a default). */
export function stemOf(item: ExamItem): string {
	const q = item.question;
	if (q.kind === 'scenario')
		return (
			q.stem ??
			(q.hosting
				? 'How should they host these models?'
				: 'Which SageMaker inference option fits best?')
		);
	if (q.kind === 'case-study') return q.stem ?? '';
	return q.stem;
}

/** Display names of the question kinds. */
export const kindNames = {
	single: 'Multiple choice',
	multiple: 'Multiple response',
	ordering: 'Ordering',
	matching: 'Matching',
	'case-study': 'Case study',
	scenario: 'Scenario',
} as const;
