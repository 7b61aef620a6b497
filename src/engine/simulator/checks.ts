import { InvalidInputError } from '../errors';

interface Range {
	min?: number;
	max?: number;
	/** The value must be above `min`, not equal to it. */
	exclusiveMin?: boolean;
	integer?: boolean;
	/** The value must be a multiple of this. */
	step?: number;
}

/** Throws InvalidInputError naming `field` and the allowed range unless `value` fits. */
export function checkNumber(field: string, value: unknown, range: Range): number {
	const { min, max, exclusiveMin = false, integer = false, step } = range;
	const allowed = describe(range);
	if (typeof value !== 'number' || !Number.isFinite(value))
		throw new InvalidInputError(field, `must be a number ${allowed}`);
	if (integer && !Number.isInteger(value))
		throw new InvalidInputError(field, `must be a whole number ${allowed}, got ${value}`);
	const low = min !== undefined && (exclusiveMin ? value <= min : value < min);
	if (low || (max !== undefined && value > max))
		throw new InvalidInputError(field, `must be ${allowed}, got ${value}`);
	if (step !== undefined && Math.abs(value / step - Math.round(value / step)) > 1e-9)
		throw new InvalidInputError(field, `must be a multiple of ${step} ${allowed}, got ${value}`);
	return value;
}

function describe({ min, max, exclusiveMin }: Range): string {
	if (min !== undefined && max !== undefined)
		return `from ${min}${exclusiveMin ? ' (exclusive)' : ''} to ${max}`;
	if (min !== undefined) return exclusiveMin ? `above ${min}` : `of at least ${min}`;
	if (max !== undefined) return `of at most ${max}`;
	return '';
}

/** Throws InvalidInputError unless `value` is one of `allowed`. */
export function checkOneOf<T extends string>(
	field: string,
	value: unknown,
	allowed: readonly T[],
): T {
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
		throw new InvalidInputError(
			field,
			`must be one of ${allowed.join(', ')}, got ${String(value)}`,
		);
	return value as T;
}

/** Throws InvalidInputError when a section the option needs is missing. */
export function requireSection<T>(field: string, value: T | undefined): T {
	if (value === undefined || value === null || typeof value !== 'object')
		throw new InvalidInputError(field, 'is required for this option');
	return value;
}
