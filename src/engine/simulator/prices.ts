import type { LimitsModel } from '../../schemas/limits';
import { lookupFact } from '../limits/model';
import type { CostSummary, PriceUsed } from './types';

const INSTANCE_PRICE = /^price\.(ml\.[a-z0-9.]+)\.usdPerHour$/;

/** Instance types the limits model has an hourly price for, e.g. `ml.m5.large`. */
export function instanceTypes(model: LimitsModel): string[] {
	return Object.keys(model.byId)
		.map((id) => INSTANCE_PRICE.exec(id)?.[1])
		.filter((t): t is string => t !== undefined);
}

/** A price from the limits model unless the learner typed one; `value` is null when unknown. */
export function priceOf(
	model: LimitsModel,
	factId: string,
	override: number | undefined,
): PriceUsed {
	const fact = lookupFact(model, factId);
	const base = { label: fact.label, unit: fact.unit, factId };
	if (override !== undefined) return { ...base, value: override, overridden: true };
	return {
		...base,
		value: typeof fact.value === 'number' ? fact.value : null,
		...(fact.asOf === undefined ? {} : { asOf: fact.asOf }),
		overridden: false,
	};
}

/** The price fact id of an instance type. */
export const instancePriceId = (instanceType: string): string => `price.${instanceType}.usdPerHour`;

/** Totals a run's cost parts; `idle` is the part of `total` that bought unused capacity. */
export function summariseCost(
	parts: { total: number; idle: number },
	completed: number,
	prices: PriceUsed[],
	unpriced: string[] = [],
): CostSummary {
	const { total, idle } = parts;
	return {
		total,
		perThousand: completed > 0 ? (total / completed) * 1000 : 0,
		idle,
		idleShare: total > 0 ? idle / total : 0,
		prices,
		unpriced,
	};
}
