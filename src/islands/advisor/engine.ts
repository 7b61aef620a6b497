// The advisor's view of the engine. It imports the advisor modules directly rather than
// src/engine/index.ts: the index also re-exports the quiz engine, which pulls zod into the
// bundle (over 100 KB) and zod's start-up `Function('')` probe, which the CSP reports as eval.
import { lookupFact } from '../../engine/limits/model';
import { limits } from '../../engine/shipped-limits';
import type { Fact } from '../../schemas/limits';

export type {
	Caller,
	Elimination,
	HostingElimination,
	HostingNeeds,
	HostingRecommendation,
	InferenceOption,
	Recommendation,
	Traffic,
	Workload,
} from '../../engine/advisor/types';
export { InvalidInputError } from '../../engine/errors';
export { NoFeasibleOptionError, optionNames, recommend } from '../../engine/advisor/recommend';
export {
	NoFeasibleHostingError,
	patternNames,
	recommendHosting,
} from '../../engine/advisor/hosting';
export { formatFact } from '../../engine/limits/format';

/** The shipped fact with this id; throws on an unknown id. */
export function fact(id: string): Fact {
	return lookupFact(limits, id);
}
