import type { ExamFormat } from './format';

/**
 * ASSUMPTION, not an AWS fact: the share of items right that we treat as "just passing".
 * AWS does not publish how raw answers map to the scaled score; 72% is a common rule of thumb.
 */
export const ASSUMED_PASS_FRACTION = 0.72;

/** How the estimate is computed, in words, for the score report. */
export function scaledFormula(format: ExamFormat): string {
	const pct = Math.round(ASSUMED_PASS_FRACTION * 100);
	return (
		`Estimate, not the AWS method: 0% right maps to ${format.minScore}, ${pct}% right (our assumed pass line) ` +
		`to ${format.passingScore}, and 100% to ${format.maxScore}, on straight lines in between.`
	);
}

/**
 * An estimated scaled score: two straight lines through (0, min), (pass fraction, pass mark)
 * and (1, max), rounded to a whole point.
 * @example estimateScaledScore(1, format) // 1000
 */
export function estimateScaledScore(fractionRight: number, format: ExamFormat): number {
	const f = Math.min(1, Math.max(0, Number.isFinite(fractionRight) ? fractionRight : 0));
	const p = ASSUMED_PASS_FRACTION;
	const value =
		f <= p
			? format.minScore + (f / p) * (format.passingScore - format.minScore)
			: format.passingScore + ((f - p) / (1 - p)) * (format.maxScore - format.passingScore);
	return Math.round(value);
}
