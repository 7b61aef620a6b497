// The shipped limits model. The JSON files are validated against src/schemas/limits.ts by the
// content collection (at build) and by test/schemas/limits-content.test.ts; here they are only read.
import type { LimitsFile, LimitsModel } from '../schemas/limits';
import realTime from '../../content/limits/real-time.json' with { type: 'json' };
import serverless from '../../content/limits/serverless.json' with { type: 'json' };
import asynchronous from '../../content/limits/asynchronous.json' with { type: 'json' };
import batchTransform from '../../content/limits/batch-transform.json' with { type: 'json' };
import hosting from '../../content/limits/hosting.json' with { type: 'json' };
import rollout from '../../content/limits/rollout.json' with { type: 'json' };
import autoscaling from '../../content/limits/autoscaling.json' with { type: 'json' };
import securityMonitoring from '../../content/limits/security-monitoring.json' with { type: 'json' };
import optimiseAndRetired from '../../content/limits/optimise-and-retired.json' with { type: 'json' };
import pricing from '../../content/limits/pricing.json' with { type: 'json' };
import exam from '../../content/limits/exam.json' with { type: 'json' };
import decisionRules from '../../content/limits/decision-rules.json' with { type: 'json' };
import deploymentTargets from '../../content/limits/deployment-targets.json' with { type: 'json' };
import cost from '../../content/limits/cost.json' with { type: 'json' };
import instancesAndOperations from '../../content/limits/instances-and-operations.json' with { type: 'json' };
import { createLimitsModel } from './limits/model';

/** Every file of content/limits with its slug; a test checks this list matches the folder. */
export const shippedLimitFiles = Object.entries({
	'real-time': realTime,
	serverless,
	asynchronous,
	'batch-transform': batchTransform,
	hosting,
	rollout,
	autoscaling,
	'security-monitoring': securityMonitoring,
	'optimise-and-retired': optimiseAndRetired,
	pricing,
	exam,
	'decision-rules': decisionRules,
	'deployment-targets': deploymentTargets,
	cost,
	'instances-and-operations': instancesAndOperations,
	// JSON imports widen literal unions to string; the schema test proves the narrower type holds.
}).map(([slug, file]) => ({ ...(file as unknown as LimitsFile), slug }));

/** The limits model the app ships with. */
export const limits: LimitsModel = createLimitsModel(shippedLimitFiles);
