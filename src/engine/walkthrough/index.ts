// The walkthrough engine: the presenter's position, the step hash, what-if inputs, the
// messages between windows and the playground summary. Pure: no DOM, no clock, no storage.
export {
	clampIndex,
	clampState,
	initialState,
	reduceWalkthrough,
	revealsAt,
	type Deck,
	type WalkthroughEvent,
	type WalkthroughState,
} from './state';
export { formatStepHash, parseStepHash } from './hash';
export {
	applyWhatIf,
	whatIfLabels,
	whatIfValue,
	type WhatIfDraft,
	type WhatIfKey,
} from './what-if';
export {
	channelName,
	helloMessage,
	parseMessage,
	stateMessage,
	type WalkthroughMessage,
} from './messages';
export { formatElapsed } from './clock';
export { summarizeRuns, type RunSummary } from './results';
