import type { Fact, LimitsFile, LimitsModel } from '../../schemas/limits';

/** Builds the model from its files; throws on a duplicated fact id. */
export function createLimitsModel(files: readonly (LimitsFile & { slug: string })[]): LimitsModel {
	const byId: Record<string, Fact> = {};
	for (const file of files)
		for (const fact of file.facts) {
			if (byId[fact.id])
				throw new Error(`fact ${fact.id} is defined twice (second in ${file.slug})`);
			byId[fact.id] = fact;
		}
	const groups = [...files].sort((a, b) => a.order - b.order);
	return { groups, byId };
}

/** The fact with this id; throws on an unknown id so a typo never renders as blank. */
export function lookupFact(model: LimitsModel, id: string): Fact {
	const found = model.byId[id];
	if (!found) throw new Error(`unknown fact id: ${id}`);
	return found;
}

/** The numeric value of a fact; throws when the fact is not a confirmed or estimated number. */
export function numericFact(model: LimitsModel, id: string): number {
	const { value } = lookupFact(model, id);
	if (typeof value !== 'number') throw new Error(`fact ${id} has no numeric value`);
	return value;
}

/** The yes/no value of a fact; throws when the fact is not a boolean. */
export function booleanFact(model: LimitsModel, id: string): boolean {
	const { value } = lookupFact(model, id);
	if (typeof value !== 'boolean') throw new Error(`fact ${id} has no yes/no value`);
	return value;
}
