// One practice session: the chosen settings, the queue of questions, the learner's draft answer,
// the grade and the running score. Every decision (which questions, the key, the feedback) is the
// quiz engine's; the store only holds state. The URL is written by the island, not here.
import { create } from 'zustand';
import type { Workload } from '../engine/advisor/types';
import {
	emptyDraft,
	generateScenario,
	gradeAnswer,
	isComplete,
	pickByNumber,
	presentQuestion,
	selectQuestions,
	shuffle,
	type Draft,
	type GenerateOptions,
	type GradeResult,
} from '../engine/quiz';
import { createRng } from '../engine/random';
import type { Question, QuestionKind } from '../schemas/question';
import { optionNames } from '../engine/advisor/recommend';
import { patternNames } from '../engine/advisor/hosting';
import { defaultSettings as defaults } from './practice-settings';

/** Where questions come from. */
export type Source = 'authored' | 'generated' | 'both';

/** What the learner chose on the setup form. */
export interface Settings {
	topics: string[];
	kinds: QuestionKind[];
	difficulty: (1 | 2 | 3)[];
	count: number;
	source: Source;
}

/** One place in the queue: an authored question by id, or a generated one by seed. */
export type Slot =
	{ from: 'authored'; id: string } | { from: 'generated'; seed: number; options: GenerateOptions };

/** Right answers and points so far. */
export interface Tally {
	answered: number;
	correct: number;
	score: number;
	maxScore: number;
}

/** The practice store's state and actions. */
export interface PracticeState {
	bank: Question[];
	settings: Settings;
	slots: Slot[];
	index: number;
	/** The current question, options in display order; null before a session starts. */
	question: Question | null;
	draft: Draft;
	result: GradeResult | null;
	tally: Tally;
	/** The workload the "what if" controls edit, starting from the scenario's own. */
	whatIf: Workload | null;
	/** A message when the session cannot start (no questions match). */
	notice: string | null;
	setBank(bank: Question[]): void;
	setSettings(patch: Partial<Settings>): void;
	/** Starts a session from the settings; `seed` orders it and seeds its generated questions. */
	start(seed: number): void;
	/** Starts a generated session at this seed (a shared `?seed=` link). */
	startFromSeed(seed: number, options: GenerateOptions): void;
	/** Starts a session of one lesson's written questions (a lesson's `?lesson=` link). */
	startLesson(slug: string, seed: number): void;
	/** Starts a session with exactly these questions (a shared `?q=` link). */
	startWith(slots: Slot[]): void;
	setDraft(draft: Draft): void;
	/** Number key n (1-based): picks or toggles the nth choice. */
	pick(n: number): void;
	check(): void;
	next(): void;
	setWhatIf(patch: Partial<Workload>): void;
	/** Back to the setup form. */
	reset(): void;
}

const emptyTally: Tally = { answered: 0, correct: 0, score: 0, maxScore: 0 };

/** Generator options implied by the settings (one difficulty, or topics all of one family). */
export function generateOptionsFor(settings: Settings): GenerateOptions {
	const options: GenerateOptions = {};
	const [only] = settings.difficulty;
	if (settings.difficulty.length === 1 && only !== undefined) options.difficulty = only;
	const within = (list: readonly string[]) =>
		settings.topics.length > 0 && settings.topics.every((t) => list.includes(t));
	if (within(Object.keys(patternNames))) options.mode = 'hosting';
	else if (within(Object.keys(optionNames))) options.mode = 'inference';
	return options;
}

/** The queue for a session: authored picks, generated seeds, or both mixed, in a seeded order. */
export function planSession(bank: readonly Question[], settings: Settings, seed: number): Slot[] {
	const rng = createRng(seed);
	const wantsScenarios = settings.kinds.length === 0 || settings.kinds.includes('scenario');
	const generatedCount =
		settings.source === 'authored' || !wantsScenarios
			? 0
			: settings.source === 'generated'
				? settings.count
				: Math.ceil(settings.count / 2);
	const filter = {
		topics: settings.topics,
		kinds: settings.kinds,
		difficulty: settings.difficulty,
	};
	const authored: Slot[] =
		settings.source === 'generated'
			? []
			: selectQuestions(bank, filter, settings.count - generatedCount, rng).map((q) => ({
					from: 'authored' as const,
					id: q.id,
				}));
	const options = generateOptionsFor(settings);
	const generated: Slot[] = Array.from({ length: generatedCount }, (_, i) => ({
		from: 'generated' as const,
		seed: seed + i,
		options,
	}));
	return settings.source === 'both'
		? shuffle(rng, [...authored, ...generated])
		: [...authored, ...generated];
}

function load(bank: readonly Question[], slot: Slot) {
	const raw =
		slot.from === 'generated'
			? generateScenario(slot.seed, slot.options)
			: bank.find((q) => q.id === slot.id);
	if (!raw)
		throw new Error(`question ${slot.from === 'authored' ? slot.id : ''} is not in the bank`);
	// Display order depends only on the question id, so a shared link shows the same order.
	const rng = createRng([...raw.id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
	const question = presentQuestion(raw, rng);
	const whatIf =
		question.kind === 'scenario' && question.workload
			? ({ ...question.workload } as Workload)
			: null;
	return { question, draft: emptyDraft(question, rng), result: null, whatIf };
}

/** The practice store. */
export const usePractice = create<PracticeState>()((set, get) => ({
	bank: [],
	settings: defaults,
	slots: [],
	index: 0,
	question: null,
	draft: null,
	result: null,
	tally: emptyTally,
	whatIf: null,
	notice: null,
	setBank: (bank) => set({ bank }),
	setSettings: (patch) => set({ settings: { ...get().settings, ...patch } }),
	start(seed) {
		const slots = planSession(get().bank, get().settings, seed);
		const first = slots[0];
		if (!first) {
			set({ notice: 'No questions match these choices. Widen the topics, kinds or difficulty.' });
			return;
		}
		set({ slots, index: 0, tally: emptyTally, notice: null, ...load(get().bank, first) });
	},
	startFromSeed(seed, options) {
		const count = get().settings.count;
		get().startWith(
			Array.from({ length: count }, (_, i) => ({ from: 'generated', seed: seed + i, options })),
		);
	},
	startLesson(slug, seed) {
		const { bank, settings } = get();
		const picked = selectQuestions(bank, { lessons: [slug] }, settings.count, createRng(seed));
		if (picked.length === 0)
			set({ notice: `No written questions link to the lesson "${slug}" yet.` });
		else get().startWith(picked.map((q) => ({ from: 'authored' as const, id: q.id })));
	},
	startWith(slots) {
		const first = slots[0];
		if (first)
			set({ slots, index: 0, tally: emptyTally, notice: null, ...load(get().bank, first) });
	},
	setDraft: (draft) => set({ draft }),
	pick(n) {
		const { question, draft, result } = get();
		if (!question || result) return;
		set({ draft: pickByNumber(question, draft, n) });
	},
	check() {
		const { question, draft, result, tally } = get();
		if (!question || result || !isComplete(question, draft)) return;
		const graded = gradeAnswer(question, draft);
		set({
			result: graded,
			tally: {
				answered: tally.answered + 1,
				correct: tally.correct + (graded.correct ? 1 : 0),
				score: tally.score + graded.score,
				maxScore: tally.maxScore + graded.maxScore,
			},
		});
	},
	next() {
		const { slots, index, result, bank } = get();
		if (!result) return;
		const slot = slots[index + 1];
		if (!slot) {
			set({ question: null, index: slots.length });
			return;
		}
		set({ index: index + 1, ...load(bank, slot) });
	},
	setWhatIf(patch) {
		const current = get().whatIf;
		if (!current) return;
		const { latencyTargetMs, ...rest } = { ...current, ...patch };
		// A latency budget only means something while the caller waits and the model fits inside it.
		const keepBudget =
			latencyTargetMs !== undefined &&
			rest.caller === 'waits' &&
			latencyTargetMs >= rest.processingSeconds * 1000;
		set({ whatIf: keepBudget ? { ...rest, latencyTargetMs } : rest });
	},
	reset: () =>
		set({
			slots: [],
			index: 0,
			question: null,
			result: null,
			tally: emptyTally,
			whatIf: null,
			notice: null,
		}),
}));
