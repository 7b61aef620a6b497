import type { HostingPattern, InferenceOption } from '../../schemas/limits';

export type { HostingPattern, InferenceOption };

/** How the caller gets its answer. */
export type Caller = 'waits' | 'notified' | 'offline';
/** The shape of the request stream over a day. */
export type Traffic = 'steady' | 'spiky' | 'intermittent' | 'none';

/** What a deployment must handle; the advisor's input. */
export interface Workload {
	/** Largest single request body, in MB. */
	payloadMB: number;
	/** Worst-case model time for one request, in seconds. */
	processingSeconds: number;
	/** waits: holds the connection for the answer; notified: takes the result later; offline: a stored dataset scored in bulk. */
	caller: Caller;
	traffic: Traffic;
	/** End-to-end budget when the caller waits, in milliseconds. */
	latencyTargetMs?: number;
	/** Memory the model needs, in GB. */
	memoryGB?: number;
	gpu?: boolean;
	/** Must run inside the customer's VPC. */
	vpc?: boolean;
	/** Inputs and outputs must be captured (Model Monitor). */
	dataCapture?: boolean;
}

/** An option ruled out, with the fact it breaks. */
export interface Elimination {
	option: InferenceOption;
	factId: string;
	reason: string;
}

/** The advisor's answer. */
export interface Recommendation {
	best: InferenceOption;
	/** Every option no limit rules out, best first. */
	feasible: InferenceOption[];
	/** Every infeasible option, each with the fact it breaks (an option may appear more than once). */
	eliminated: Elimination[];
	/** Why `best` wins among the feasible ones. */
	reasons: string[];
}

/** What a set of models needs from its hosting. */
export interface HostingNeeds {
	models: number;
	/** One serving container image can load every model. */
	sameFramework: boolean;
	/** Each request passes through the containers in order. */
	chained?: boolean;
	/** Each model needs its own resource share and scaling. */
	perModelScaling?: boolean;
}

/** A hosting pattern that does not fit, and why. */
export interface HostingElimination {
	pattern: HostingPattern;
	factId?: string;
	reason: string;
}

/** The hosting advisor's answer. */
export interface HostingRecommendation {
	best: HostingPattern;
	reasons: string[];
	eliminated: HostingElimination[];
}
