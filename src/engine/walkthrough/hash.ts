// The step in the URL (`#step-4`, 1-based as people count), so a reload or a shared link lands on it.
import { clampIndex } from './state';

const stepHash = /^#?step-(\d{1,6})$/i;

/**
 * The 0-based step a URL hash names, clamped into the walkthrough; anything else is step 0.
 * @example parseStepHash('#step-4', 10) // 3
 */
export function parseStepHash(hash: string, steps: number): number {
	const match = stepHash.exec(hash.trim());
	if (!match) return 0;
	return clampIndex(Number(match[1]) - 1, steps - 1);
}

/**
 * The hash for a 0-based step.
 * @example formatStepHash(3) // '#step-4'
 */
export function formatStepHash(step: number): string {
	return `#step-${clampIndex(step, Number.MAX_SAFE_INTEGER) + 1}`;
}
