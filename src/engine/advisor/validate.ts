import { InvalidInputError } from '../errors';
import type { HostingNeeds, Workload } from './types';

const callers = ['waits', 'notified', 'offline'] as const;
const traffics = ['steady', 'spiky', 'intermittent', 'none'] as const;

function requireNumber(value: unknown, field: string, { positive }: { positive: boolean }): number {
	if (typeof value !== 'number' || !Number.isFinite(value))
		throw new InvalidInputError(field, `must be a finite number (got ${String(value)})`);
	if (positive ? value <= 0 : value < 0)
		throw new InvalidInputError(
			field,
			`must be ${positive ? 'greater than 0' : '0 or more'} (got ${value})`,
		);
	return value;
}

function requireOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
		throw new InvalidInputError(
			field,
			`must be one of ${allowed.join(', ')} (got ${String(value)})`,
		);
	return value as T;
}

function optionalBoolean(value: unknown, field: string): void {
	if (value !== undefined && typeof value !== 'boolean')
		throw new InvalidInputError(field, `must be true or false (got ${String(value)})`);
}

/** Checks a workload field by field; throws InvalidInputError naming the first bad field. */
export function validateWorkload(input: unknown): Workload {
	if (typeof input !== 'object' || input === null)
		throw new InvalidInputError('workload', 'must be an object');
	const w = input as Record<string, unknown>;
	requireNumber(w['payloadMB'], 'payloadMB', { positive: true });
	const processing = requireNumber(w['processingSeconds'], 'processingSeconds', { positive: true });
	const caller = requireOneOf(w['caller'], 'caller', callers);
	const traffic = requireOneOf(w['traffic'], 'traffic', traffics);
	if (traffic === 'none' && caller !== 'offline')
		throw new InvalidInputError(
			'traffic',
			"'none' means no live requests, which only fits an offline caller",
		);
	if (caller === 'offline' && traffic !== 'none')
		throw new InvalidInputError('traffic', "an offline dataset has no live traffic: use 'none'");
	if (w['latencyTargetMs'] !== undefined) {
		const target = requireNumber(w['latencyTargetMs'], 'latencyTargetMs', { positive: true });
		if (target < processing * 1000)
			throw new InvalidInputError(
				'latencyTargetMs',
				`${target} ms is shorter than the ${processing} s the model itself takes`,
			);
	}
	if (w['memoryGB'] !== undefined) requireNumber(w['memoryGB'], 'memoryGB', { positive: true });
	for (const flag of ['gpu', 'vpc', 'dataCapture']) optionalBoolean(w[flag], flag);
	return input as Workload;
}

/** Checks hosting needs field by field; throws InvalidInputError naming the first bad field. */
export function validateHostingNeeds(input: unknown): HostingNeeds {
	if (typeof input !== 'object' || input === null)
		throw new InvalidInputError('needs', 'must be an object');
	const n = input as Record<string, unknown>;
	const models = requireNumber(n['models'], 'models', { positive: true });
	if (!Number.isInteger(models))
		throw new InvalidInputError('models', `must be a whole number (got ${models})`);
	if (typeof n['sameFramework'] !== 'boolean')
		throw new InvalidInputError(
			'sameFramework',
			`must be true or false (got ${String(n['sameFramework'])})`,
		);
	optionalBoolean(n['chained'], 'chained');
	optionalBoolean(n['perModelScaling'], 'perModelScaling');
	return input as HostingNeeds;
}
