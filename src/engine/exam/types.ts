import type { Answer, GradeResult } from '../quiz/types';
import type { Question, QuestionKind } from '../../schemas/question';

/** Which pool of questions an exam draws from. */
export type ExamSource = 'authored' | 'generated' | 'both';

/** What an exam is made of: chosen before starting and kept in the state, so a reload rebuilds it. */
export interface Blueprint {
	/** full: the real exam's shape; quick: a short exam at the same pace; custom: the learner's choice. */
	name: 'full' | 'quick' | 'custom';
	/** How many items (a case study adds one item per part). */
	count: number;
	/** Time before any accommodation, minutes; null = untimed. */
	minutes: number | null;
	/** Only questions on one of these topics (empty = all). */
	topics: string[];
	/** Only these question kinds (empty = all). */
	kinds: QuestionKind[];
	/** Authored questions, generated scenarios, or both (generated fill what the bank lacks). */
	source: ExamSource;
	/** all questions, only the ones missed before, or only the ones not seen yet. */
	only: 'all' | 'missed' | 'unseen';
}

/** Extra time chosen before starting (WCAG 2.2.1 Timing Adjustable). */
export type Accommodation = 'standard' | 'x1.5' | 'x2' | 'untimed';

/** One scored unit: a question, or one part of a case study. */
export interface ExamItem {
	/** The question id, or `<id>#<n>` for part n (1-based) of a case study. */
	id: string;
	/** The id of the question it came from. */
	questionId: string;
	/** The kind the learner sees in the bank ('case-study' for parts). */
	bankKind: QuestionKind;
	/** A question that grades on its own; a part carries its case study's topics and task. */
	question: Question;
	/** Present for case-study parts: the shared scenario and the part's place. */
	caseStudy?: { scenario: string; lead?: string; part: number; parts: number };
}

/** Why the exam ended. */
export type SubmitReason = 'submitted' | 'time-up';

/** The whole running or finished exam; plain JSON, so a reload is `JSON.parse(JSON.stringify(s))`. */
export interface ExamState {
	/** Unique per attempt: `exam-<seed>-<startedAt>`. */
	id: string;
	seed: number;
	blueprint: Blueprint;
	/** Items in the order shown. */
	itemIds: string[];
	/** Item id -> the learner's answer (absent = unanswered). */
	answers: Record<string, Answer>;
	/** Item id -> epoch ms of its last answer or clear, so two tabs' copies can be merged. */
	answeredAt: Record<string, number>;
	/** Item ids flagged for review. */
	flags: string[];
	/** Item id -> epoch ms of its last flag or unflag. */
	flaggedAt: Record<string, number>;
	/** Index of the item on screen. */
	position: number;
	/** Epoch ms when the exam started. */
	startedAt: number;
	/** Epoch ms when time runs out; null when untimed. */
	deadline: number | null;
	accommodation: Accommodation;
	/** Time added during the exam (already in `deadline`), ms. */
	addedMs: number;
	/** Epoch ms when it ended; absent while running. */
	submittedAt?: number;
	submitReason?: SubmitReason;
}

/** Something the learner (or the clock) did; every event carries the wall-clock time. */
export type ExamEvent =
	| { type: 'answer'; now: number; itemId: string; answer: Answer }
	| { type: 'clear'; now: number; itemId: string }
	| { type: 'flag'; now: number; itemId: string; flagged: boolean }
	| { type: 'move'; now: number; to: number }
	| { type: 'tick'; now: number }
	| { type: 'add-time'; now: number; minutes: number }
	| { type: 'submit'; now: number };

/** Grades one answer; the real one is `gradeAnswer` from src/engine/quiz. */
export type Grade = (question: Question, answer: unknown) => GradeResult;
