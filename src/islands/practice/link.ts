// The practice URL: `?seed=123` (with optional `difficulty` and `mode`) replays a generated
// scenario, `?q=<id>` opens one written question. The island keeps it on the current question.
import type { GenerateOptions } from '../../engine/quiz';
import type { Slot } from '../../stores/practice';

/** What a practice link asks for. */
export interface PracticeLink {
	seed?: number;
	options: GenerateOptions;
	questionId?: string;
	/** A lesson slug: practise that lesson's questions (the lessons link here). */
	lesson?: string;
}

/** Reads a practice link; anything malformed is ignored (the setup form shows instead). */
export function readLink(search: string): PracticeLink {
	const query = new URLSearchParams(search);
	const seed = Number(query.get('seed'));
	const difficulty = Number(query.get('difficulty'));
	const mode = query.get('mode');
	const options: GenerateOptions = {};
	if (difficulty === 1 || difficulty === 2 || difficulty === 3) options.difficulty = difficulty;
	if (mode === 'inference' || mode === 'hosting') options.mode = mode;
	const link: PracticeLink = { options };
	if (query.has('seed') && Number.isSafeInteger(seed) && seed >= 0) link.seed = seed;
	const q = query.get('q');
	if (q && /^[a-z0-9-]+$/.test(q)) link.questionId = q;
	const lesson = query.get('lesson');
	if (lesson && /^[a-z0-9-]+$/.test(lesson)) link.lesson = lesson;
	return link;
}

/** Points the URL at the current question without adding history entries. */
export function writeLink(slot: Slot | undefined): void {
	const query = new URLSearchParams();
	if (slot?.from === 'generated') {
		query.set('seed', String(slot.seed));
		if (slot.options.difficulty) query.set('difficulty', String(slot.options.difficulty));
		if (slot.options.mode) query.set('mode', slot.options.mode);
	} else if (slot?.from === 'authored') query.set('q', slot.id);
	const url = new URL(window.location.href);
	url.search = query.toString();
	if (url.href !== window.location.href) window.history.replaceState(null, '', url);
}
