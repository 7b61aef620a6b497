// The engine's public entry: other parts of the app and outside checks import from here.
export type {
	Caller,
	Elimination,
	HostingElimination,
	HostingNeeds,
	HostingPattern,
	HostingRecommendation,
	InferenceOption,
	Recommendation,
	Traffic,
	Workload,
} from './advisor/types';
export type { Fact, LimitsModel } from '../schemas/limits';
export { InvalidInputError } from './errors';
export { eliminate, NoFeasibleOptionError, optionNames, recommend } from './advisor/recommend';
export { NoFeasibleHostingError, patternNames, recommendHosting } from './advisor/hosting';
export { formatFact } from './limits/format';
export {
	generateScenario,
	gradeAnswer,
	measureDifficulty,
	renderFacts,
	scenarioModel,
	selectQuestions,
	shuffle,
} from './quiz';
export type {
	Answer,
	Difficulty,
	FeedbackItem,
	GenerateOptions,
	GeneratedScenario,
	GradeResult,
	QuestionFilter,
} from './quiz';
export type { Question, QuestionKind } from '../schemas/question';
export { limits } from './shipped-limits';

import { lookupFact } from './limits/model';
import { limits as shipped } from './shipped-limits';
import type { Fact } from '../schemas/limits';

/**
 * The shipped fact with this id; throws on an unknown id.
 * @example fact('serverless.maxPayloadMB').value // 4
 */
export function fact(id: string): Fact {
	return lookupFact(shipped, id);
}

// The exam engine: start, reduce and score a mock exam (see src/engine/exam/).
export type {
	Accommodation,
	Blueprint,
	ExamEvent,
	ExamFormat,
	ExamItem,
	ExamScore,
	ExamState,
} from './exam';
export {
	examFormat,
	presetBlueprint,
	reduceExam,
	resolveItems,
	scoreExam,
	startExam,
	timeLeft,
} from './exam';

// The simulator: a seeded discrete-event run of one endpoint configuration (see src/engine/simulator/).
export { simulate } from './simulator/simulate';
export { validateScenario } from './simulator/simulate';
export { SimulationCancelled } from './simulator/progress';
export { parseTrace } from './simulator/trace';
export { erlangB, erlangC, mmcMeanWait } from './simulator/theory';
export { instanceTypes } from './simulator/prices';
export type {
	AsyncConfig,
	AutoscalingConfig,
	BatchConfig,
	CostSummary,
	LatencySummary,
	PriceOverrides,
	PriceUsed,
	RealTimeConfig,
	RequestCounts,
	RunOptions,
	Scenario as SimulationScenario,
	ServerlessConfig,
	ServiceTime,
	SimulationResult,
	TimeSeries,
	Trace,
	Traffic as SimulatedTraffic,
	TrafficShape,
} from './simulator/types';

// Instructor walkthroughs: presenter state, #step hash, what-if inputs (src/engine/walkthrough/).
export {
	applyWhatIf,
	formatStepHash,
	parseMessage as parseWalkthroughMessage,
	parseStepHash,
	reduceWalkthrough,
} from './walkthrough';
export type { WalkthroughEvent, WalkthroughState } from './walkthrough';
