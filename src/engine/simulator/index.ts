// The simulator's public surface; src/engine/index.ts re-exports from here.
export { simulate, validateScenario, optionModels } from './simulate';
export { SimulationCancelled } from './progress';
export { parseTrace } from './trace';
export { erlangB, erlangC, mmcMeanWait } from './theory';
export { instanceTypes } from './prices';
export { meanServiceSeconds } from './service';
export type * from './types';
