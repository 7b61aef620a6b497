import { InvalidInputError } from '../errors';

/** The allowed range of a number. */
export interface Range {
	min?: number;
	max?: number;
	/** The value must be above `min`, not equal to it. */
	exclusiveMin?: boolean;
	integer?: boolean;
	/** The value must be a multiple of this. */
	step?: number;
}

/** A number out of its range; it keeps the range so a form can restate it in its own unit. */
export class OutOfRangeError extends InvalidInputError {
	constructor(
		field: string,
		/** The value given, or NaN when it was not a number. */
		readonly value: number,
		readonly range: Range,
	) {
		super(field, rangeMessage(value, range));
	}
}

/** A form field's unit: its name and how many of the engine's units make one of it. */
export interface FieldUnit {
	unit: string;
	/** 3600 for an hours field whose scenario value is in seconds. */
	perUnit: number;
}

const none: FieldUnit = { unit: '', perUnit: 1 };

/**
 * Why `value` does not fit `range`, in the unit the reader typed in.
 * @example rangeMessage(-18000, { min: 0, max: 604800, exclusiveMin: true }, { unit: 'hours', perUnit: 3600 })
 * // 'must be from 0 (exclusive) to 168 hours, got -5 hours'
 */
export function rangeMessage(
	value: number,
	range: Range,
	{ unit, perUnit }: FieldUnit = none,
): string {
	const scale = (n: number) => round(n / perUnit);
	const scaled: Range = {
		...range,
		...(range.min === undefined ? {} : { min: scale(range.min) }),
		...(range.max === undefined ? {} : { max: scale(range.max) }),
	};
	const { min, max, exclusiveMin = false, integer = false, step } = scaled;
	const u = unit === '' ? '' : ` ${unit}`;
	const allowed = `${describe(scaled)}${u}`;
	if (!Number.isFinite(value)) return `must be a number ${allowed}`;
	const v = `${round(value / perUnit)}${u}`;
	if (integer && !Number.isInteger(value)) return `must be a whole number ${allowed}, got ${v}`;
	const low = min !== undefined && (exclusiveMin ? value / perUnit <= min : value / perUnit < min);
	if (low || (max !== undefined && value / perUnit > max)) return `must be ${allowed}, got ${v}`;
	return `must be a multiple of ${step === undefined ? '' : scale(step)}${u} ${allowed}, got ${v}`;
}

/** Throws OutOfRangeError naming `field` and the allowed range unless `value` fits. */
export function checkNumber(field: string, value: unknown, range: Range): number {
	const { min, max, exclusiveMin = false, integer = false, step } = range;
	if (typeof value !== 'number' || !Number.isFinite(value))
		throw new OutOfRangeError(field, Number.NaN, range);
	const low = min !== undefined && (exclusiveMin ? value <= min : value < min);
	const offStep = step !== undefined && Math.abs(value / step - Math.round(value / step)) > 1e-9;
	if ((integer && !Number.isInteger(value)) || low || (max !== undefined && value > max) || offStep)
		throw new OutOfRangeError(field, value, range);
	return value;
}

// Twelve significant digits hide the float noise of a unit change (0.1 h = 360 s, not 359.99…).
const round = (n: number) => Number(n.toPrecision(12));

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
