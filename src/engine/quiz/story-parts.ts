import type { Caller, Traffic } from '../advisor/types';

/** One industry's cast: who runs the model, what it does, and what one request carries. */
export interface Industry {
	org: readonly string[];
	task: string;
	item: string;
	user: string;
	event: string;
}

/** Industries the generator draws from; a new industry is one new row. */
export const industries: readonly Industry[] = [
	{
		org: ['A hospital network', 'A telehealth start-up'],
		task: 'flags abnormal findings in scans',
		item: 'scan',
		user: 'radiologist',
		event: 'the morning clinics open',
	},
	{
		org: ['A payments company', 'A neobank'],
		task: 'scores card transactions for fraud',
		item: 'transaction record',
		user: 'checkout page',
		event: 'a holiday sale starts',
	},
	{
		org: ['An online retailer', 'A grocery chain'],
		task: 'recommends products from a shopper’s basket',
		item: 'basket snapshot',
		user: 'shopper',
		event: 'a flash sale begins',
	},
	{
		org: ['A streaming service', 'A news publisher'],
		task: 'writes captions and tags for uploaded clips',
		item: 'clip',
		user: 'editor',
		event: 'a live event ends',
	},
	{
		org: ['A logistics firm', 'A freight broker'],
		task: 'predicts delivery delays from route data',
		item: 'route file',
		user: 'dispatcher',
		event: 'the evening shift plans routes',
	},
	{
		org: ['A mobile game studio', 'An esports platform'],
		task: 'detects cheating from match telemetry',
		item: 'match log',
		user: 'match server',
		event: 'a new season launches',
	},
	{
		org: ['A city council', 'A tax agency'],
		task: 'reads scanned forms and extracts their fields',
		item: 'scanned form',
		user: 'case worker',
		event: 'the filing deadline nears',
	},
	{
		org: ['An insurer', 'A car-rental company'],
		task: 'estimates repair costs from damage photos',
		item: 'photo set',
		user: 'claims agent',
		event: 'a hailstorm hits',
	},
	{
		org: ['A farm-tech company', 'A weather service'],
		task: 'predicts crop yield from satellite tiles',
		item: 'satellite tile',
		user: 'agronomist',
		event: 'planting season starts',
	},
	{
		org: ['A call-centre provider', 'A language-learning app'],
		task: 'transcribes and scores recorded speech',
		item: 'audio recording',
		user: 'agent dashboard',
		event: 'Monday morning calls pile up',
	},
];

/** How the caller gets its answer, in a few wordings each ({user} is filled in). */
export const callerLines = {
	waits: [
		'The {user} waits on screen for each answer.',
		'Each call is synchronous: the {user} holds the connection until the prediction comes back.',
		'The {user} cannot continue until the model replies.',
	],
	notified: [
		'Nobody waits: results go to S3 and a notification tells the {user} when each one is ready.',
		'The {user} is happy to get the result later, by a message when it is done.',
		'Answers can arrive minutes later; the {user} is notified when they land.',
	],
	offline: [
		'Once a night, everything collected that day is read from S3 and scored in one go.',
		'The whole archive already sits in S3 and is scored in bulk once a month; nobody calls the model live.',
	],
} as const satisfies Record<Caller, readonly string[]>;

/** The shape of the traffic, in a few wordings each ({event} is filled in). */
export const trafficLines = {
	steady: [
		'Requests arrive around the clock at a steady rate.',
		'Traffic is flat and busy all day, every day.',
	],
	spiky: [
		'It is quiet most of the day, then traffic jumps tenfold for an hour when {event}.',
		'Load comes in sharp bursts when {event}, with idle stretches in between.',
	],
	intermittent: [
		'There are only a few dozen requests a day, at unpredictable times.',
		'Some days bring a handful of requests, some days none.',
	],
	none: [''],
} as const satisfies Record<Traffic, readonly string[]>;

/** Extra requirements, in a few wordings each. */
export const extraLines = {
	// Model placement (VpcConfig), not who may call the endpoint: "reachable only from the VPC"
	// is an interface VPC endpoint and a policy, which every option supports (lesson 10).
	vpc: [
		'Security policy says the model’s containers must run inside the company’s VPC.',
		'The model has to reach a feature store in private subnets, so its containers must run in their VPC.',
	],
	gpu: ['The model is fast enough on a GPU and far too slow on CPUs.', 'The model needs a GPU.'],
	dataCapture: [
		'Auditors require every input and output to be captured for Model Monitor.',
		'The team must capture requests and responses to watch for drift.',
	],
} as const;
