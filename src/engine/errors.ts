/** An input the engine refuses, naming the field so a form can show the error beside it. */
export class InvalidInputError extends Error {
	override readonly name = 'InvalidInputError';
	constructor(
		/** Dotted path of the offending field, e.g. `payloadMB` or `realTime.instances`. */
		readonly field: string,
		message: string,
	) {
		super(`${field}: ${message}`);
	}
}
