// The quiz engine: grading, generated scenarios, and seeded selection.
export type {
	Answer,
	AnswerByKind,
	FeedbackFact,
	FeedbackItem,
	GradeResult,
	PartAnswer,
} from './types';
export { gradeAnswer, graders } from './grade';
export {
	generateScenario,
	generatedId,
	type GenerateOptions,
	type GeneratedScenario,
} from './generate';
export { measureDifficulty, isDefensible, type Difficulty } from './difficulty';
export {
	scenarioChoices,
	scenarioModel,
	scenarioValueFor,
	type ScenarioModel,
} from './scenario-key';
export { feedbackFact } from './placeholders';
export { renderFacts, placeholderFactIds } from '../limits/placeholders';
export { selectQuestions, matchesFilter, shuffle, type QuestionFilter } from './select';
export {
	choicesOf,
	emptyDraft,
	isComplete,
	pickByNumber,
	presentQuestion,
	type Draft,
} from './draft';
