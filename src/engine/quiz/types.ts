import type { Question, QuestionKind, QuestionPart } from '../../schemas/question';

/** What the learner submits, per kind: option ids, step ids in order, or prompt → answer ids. */
export interface AnswerByKind {
	single: string;
	multiple: readonly string[];
	ordering: readonly string[];
	matching: Readonly<Record<string, string>>;
	/** One answer per part, in part order. */
	'case-study': readonly PartAnswer[];
	scenario: string;
}
/** An answer to a case-study part. */
export type PartAnswer = AnswerByKind[QuestionPart['kind']];
/** Any answer; `gradeAnswer` checks its shape against the question's kind. */
export type Answer = AnswerByKind[QuestionKind];

/** The fact a piece of feedback rests on, ready to show with its source. */
export interface FeedbackFact {
	id: string;
	label: string;
	/** Formatted value, e.g. "6 MB". */
	value: string;
	url: string;
}

/** Feedback on one option, step or prompt. */
export interface FeedbackItem {
	/** Option, step or prompt id (`<part>.<id>` inside a case study). */
	id: string;
	/** Option: it is a right choice. Step or prompt: the learner placed it right. */
	correct: boolean;
	/** The learner chose this option (always true for steps and prompts). */
	chosen: boolean;
	/** Why, with every `{{fact:ID}}` filled in. */
	explanation: string;
	/** The limit this item rests on, when there is one. */
	fact?: FeedbackFact;
	/** The scenario's own value compared with the fact, e.g. "7.5 MB". */
	scenarioValue?: string;
}

/** The result of grading one answer. */
export interface GradeResult {
	correct: boolean;
	score: number;
	maxScore: number;
	feedback: FeedbackItem[];
	/** For case studies: each part graded on its own. */
	parts?: GradeResult[];
	/** The question-level explanation (ordering, matching). */
	explanation?: string;
}

export type { Question, QuestionKind, QuestionPart };
