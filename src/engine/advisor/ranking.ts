import type { Caller, InferenceOption, Traffic } from './types';

/** The order in which feasible options win, and why, for each way of calling. */
export interface RankingRow {
	order: readonly InferenceOption[];
	why: string;
}

type TrafficTable = Readonly<Partial<Record<Traffic, RankingRow>>>;

/** Preference by caller, then traffic; the first feasible option in `order` is the answer. */
export const ranking = {
	offline: {
		none: {
			order: ['batch-transform', 'asynchronous', 'real-time', 'serverless'],
			why: 'A stored dataset scored in bulk needs no endpoint at all: a batch transform job starts instances, scores everything from S3 and stops, so nothing is paid while idle.',
		},
	},
	notified: {
		steady: notified(),
		spiky: notified(),
		intermittent: notified(),
	},
	waits: {
		steady: {
			order: ['real-time', 'serverless'],
			why: 'Steady traffic keeps instances busy, so paying per instance-hour for a real-time endpoint is the cheapest way to answer every caller without cold starts.',
		},
		spiky: {
			order: ['serverless', 'real-time'],
			why: 'Spiky traffic would leave real-time instances idle between bursts; serverless scales with the requests and costs nothing while idle, if the caller can absorb an occasional cold start.',
		},
		intermittent: {
			order: ['serverless', 'real-time'],
			why: 'Traffic comes and goes, so a serverless endpoint that bills only while it computes beats instances that run around the clock.',
		},
	},
} as const satisfies Record<Caller, TrafficTable>;

function notified(): RankingRow {
	return {
		order: ['asynchronous', 'real-time', 'serverless'],
		why: 'The caller takes the result later, so a queue fits: an asynchronous endpoint accepts the request, processes it from S3, writes the result to S3, can notify through SNS and can scale to zero between requests.',
	};
}

/** What each option does well, said when it wins without being the row's first choice. */
export const strengths = {
	'real-time': 'Persistent instances answer the waiting caller directly, with no cold start.',
	serverless: 'A serverless endpoint answers the waiting caller and bills only while it computes.',
	asynchronous:
		'An asynchronous endpoint queues the request, processes the input from S3 and writes the result to S3, with an optional SNS notification.',
	'batch-transform':
		'A batch transform job scores the stored dataset from S3 and stops when it is done.',
} as const satisfies Record<InferenceOption, string>;

/** The ranking row for a caller and traffic pair; validation guarantees one exists. */
export function rankingFor(caller: Caller, traffic: Traffic): RankingRow {
	const row = (ranking[caller] as TrafficTable)[traffic];
	if (!row) throw new Error(`no ranking for caller ${caller} with traffic ${traffic}`);
	return row;
}
