// Reads the bits of a double: the exponent and the top mantissa bits give a log-linear bin
// (as in HdrHistogram) without calling Math.log once per sample.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
/** 2^7 = 128 linear sub-bins per power of two: each bin is at most 0.78% wide. */
const SUB_BITS = 7;
const SHIFT = 20 - SUB_BITS;
/** Values below 2^-20 s (about a microsecond) share bin 0; above 2^20 s (12 days) the last bin. */
const MIN_EXP = -20;
const MAX_EXP = 20;
const FIRST = (MIN_EXP + 1023) << SUB_BITS;
const BINS = (MAX_EXP - MIN_EXP) << SUB_BITS;

/**
 * Percentiles over millions of samples in fixed memory (5,120 bins); the mean and max stay exact.
 */
export class LogHistogram {
	private readonly counts = new Float64Array(BINS + 1);
	count = 0;
	sum = 0;
	max = 0;

	add(value: number): void {
		this.count++;
		this.sum += value;
		if (value > this.max) this.max = value;
		f64[0] = value;
		let bin = ((u32[HI] as number) >>> SHIFT) - FIRST + 1;
		if (bin < 1) bin = 0;
		else if (bin > BINS) bin = BINS;
		this.counts[bin]!++;
	}

	get mean(): number {
		return this.count > 0 ? this.sum / this.count : 0;
	}

	/**
	 * The q-quantile (0 < q <= 1), reported as the upper edge of the bin that holds it, capped at
	 * the exact max. Never below the true value and at most one bin above it, and monotone: if
	 * every sample shrinks, no percentile grows (a property the tests rely on).
	 */
	quantile(q: number): number {
		if (this.count === 0) return 0;
		const rank = Math.max(1, Math.ceil(q * this.count));
		let seen = 0;
		for (let i = 0; i < this.counts.length; i++) {
			seen += this.counts[i] as number;
			if (seen >= rank) return Math.min(upperEdge(i), this.max);
		}
		return this.max;
	}
}

/** The smallest value above every value of bin i. */
function upperEdge(bin: number): number {
	if (bin === 0) return 2 ** MIN_EXP;
	const index = bin - 1 + FIRST + 1;
	const exponent = (index >> SUB_BITS) - 1023;
	const mantissa = index & ((1 << SUB_BITS) - 1);
	return 2 ** exponent * (1 + mantissa / (1 << SUB_BITS));
}
