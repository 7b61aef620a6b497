import type { LimitsModel } from '../../schemas/limits';
import type { Rng } from '../random';
import type { Recorder } from './recorder';
import type { CostSummary, RunOptions, Scenario, SimulationResult } from './types';

/** Random streams kept apart so changing one part (e.g. instances) leaves the others' draws alone. */
export interface Streams {
	arrivals: Rng;
	service: Rng;
	traffic: Rng;
}

/** What an option's run hands back to `simulate` to assemble the result. */
export type OptionOutcome = Pick<
	SimulationResult,
	'utilisation' | 'meanInSystem' | 'instances' | 'events'
> & {
	cost: CostSummary;
	durationSeconds: number;
	batch?: SimulationResult['batch'];
};

/** One inference option: how its section is checked and how it runs. */
export interface OptionModel {
	/** Throws InvalidInputError naming the field. */
	validate(scenario: Scenario, limits: LimitsModel): void;
	run(
		scenario: Scenario,
		limits: LimitsModel,
		streams: Streams,
		rec: Recorder,
		options: RunOptions,
	): OptionOutcome;
}
