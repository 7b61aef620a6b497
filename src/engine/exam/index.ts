// The exam engine: pure functions over a JSON state, with the grader and the clock passed in.
export type {
	Accommodation,
	Blueprint,
	ExamEvent,
	ExamItem,
	ExamSource,
	ExamState,
	Grade,
	SubmitReason,
} from './types';
export {
	accommodationFactor,
	allowedMs,
	examFormat,
	presetBlueprint,
	QUICK_EXAM_ITEMS,
	type ExamFormat,
} from './format';
export { itemsOf, resolveItems, generatedItemId, isGeneratedItemId } from './items';
export { drawItemIds, type ExamHistory } from './draw';
export { startExam, type StartOptions } from './start';
export { isFinished, MAX_ADDED_MS, reduceExam, timeLeft } from './reduce';
export { mergeExams } from './merge';
export { steadyNow, type ClockReading } from './clock';
export { examProblems } from './check';
export { scoreExam, type ExamScore, type GroupScore, type ItemScore } from './score';
export { ASSUMED_PASS_FRACTION, estimateScaledScore, scaledFormula } from './scaled';
export { misconceptionText } from './misconception-text';
export { scenarioMisconception } from './misconceptions';
