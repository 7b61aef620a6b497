import type { Question, QuestionPart } from '../../schemas/question';
import type { Rng } from '../random';
import { scenarioChoices } from './scenario-key';
import { shuffle } from './select';

/** An answer being built in the UI: nothing chosen yet is `null`, `[]` or `{}`. */
export type Draft =
	string | null | readonly string[] | Readonly<Record<string, string>> | readonly Draft[];

type Body = Question | QuestionPart;

/** The choices a single, multiple or scenario body shows, in display order. */
export function choicesOf(q: Body): { id: string; text: string }[] {
	if (q.kind === 'single' || q.kind === 'multiple')
		return q.options.map((o) => ({ id: o.id, text: o.text }));
	if (q.kind === 'scenario') return scenarioChoices(q).map((o) => ({ id: o.id, text: o.label }));
	return [];
}

/** A copy of the question with its options in a seeded order (the answer key is unchanged). */
export function presentQuestion<Q extends Body>(q: Q, rng: Rng): Q {
	if (q.kind === 'single' || q.kind === 'multiple')
		return { ...q, options: shuffle(rng, q.options) };
	if (q.kind === 'case-study') return { ...q, parts: q.parts.map((p) => presentQuestion(p, rng)) };
	return q;
}

/** The starting draft: nothing chosen, and ordering steps shuffled away from the right order. */
export function emptyDraft(q: Body, rng: Rng): Draft {
	switch (q.kind) {
		case 'single':
		case 'scenario':
			return null;
		case 'multiple':
			return [];
		case 'matching':
			return {};
		case 'case-study':
			return q.parts.map((p) => emptyDraft(p, rng));
		case 'ordering': {
			const ids = q.steps.map((s) => s.id);
			const order = shuffle(rng, ids);
			// A shuffle can land on the answer; rotate so the learner always has work to do.
			return order.join() === ids.join() ? [...order.slice(1), ...order.slice(0, 1)] : order;
		}
	}
}

/** True when the draft can be graded: one pick, exactly N picks, every prompt matched, every part done. */
export function isComplete(q: Body, draft: Draft): boolean {
	switch (q.kind) {
		case 'single':
		case 'scenario':
			return typeof draft === 'string';
		case 'multiple':
			return Array.isArray(draft) && draft.length === q.choose;
		case 'ordering':
			return Array.isArray(draft) && draft.length === q.steps.length;
		case 'matching':
			return (
				typeof draft === 'object' &&
				draft !== null &&
				q.prompts.every((p) => typeof (draft as Record<string, string>)[p.id] === 'string')
			);
		case 'case-study':
			return (
				Array.isArray(draft) &&
				q.parts.every((p, i) => isComplete(p, (draft as readonly Draft[])[i] ?? null))
			);
	}
}

/** The draft after the learner presses the number key `n` (1-based): pick, or toggle up to N. */
export function pickByNumber(q: Body, draft: Draft, n: number): Draft {
	const choice = choicesOf(q)[n - 1];
	if (choice === undefined) return draft;
	if (q.kind === 'multiple') {
		const chosen = Array.isArray(draft) ? (draft as string[]) : [];
		if (chosen.includes(choice.id)) return chosen.filter((id) => id !== choice.id);
		return chosen.length < q.choose ? [...chosen, choice.id] : chosen;
	}
	return q.kind === 'single' || q.kind === 'scenario' ? choice.id : draft;
}
