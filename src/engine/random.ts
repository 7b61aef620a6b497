/** A seeded source of random numbers; the engine never calls Math.random, so runs replay. */
export interface Rng {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [0, 2^32). */
	uint32(): number;
	/** An integer in [lo, hi], both ends included. */
	int(lo: number, hi: number): number;
	/** One element of a non-empty array. */
	pick<T>(items: readonly T[]): T;
	/** A fresh generator whose stream does not overlap this one's in practice (for separate streams). */
	fork(): Rng;
}

const TWO_POW_32 = 4294967296;

/**
 * An sfc32 generator (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of state,
 * passes PractRand, and needs only 32-bit integer operations, which V8 keeps unboxed.
 * @example createRng(42).next() // same number on every run
 */
export function createRng(seed: number): Rng {
	if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
	// Spread the seed into four words with splitmix32 so nearby seeds give unrelated streams.
	let s = Math.trunc(seed) >>> 0;
	const mix = (): number => {
		s = (s + 0x9e3779b9) | 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
	return fromState(mix(), mix(), mix(), mix());
}

function fromState(a0: number, b0: number, c0: number, d0: number): Rng {
	// State in a typed array: 32-bit values in closure variables would be boxed as heap numbers
	// (V8's small integers are 31-bit), costing an allocation per draw.
	const st = Int32Array.of(a0, b0, c0, d0);
	const u32 = (): number => {
		const a = st[0] as number;
		const b = st[1] as number;
		const c = st[2] as number;
		const d = st[3] as number;
		const t = (((a + b) | 0) + d) | 0;
		st[3] = (d + 1) | 0;
		st[0] = b ^ (b >>> 9);
		st[1] = (c + (c << 3)) | 0;
		st[2] = (((c << 21) | (c >>> 11)) + t) | 0;
		return t >>> 0;
	};
	// Discard the first outputs: sfc32 needs a few rounds to mix a weak starting state.
	for (let i = 0; i < 12; i++) u32();
	const next = (): number => u32() / TWO_POW_32;
	return {
		next,
		uint32: u32,
		int(lo, hi) {
			if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo)
				throw new RangeError(`int(lo, hi) needs integers with lo <= hi, got ${lo}, ${hi}`);
			return lo + Math.floor(next() * (hi - lo + 1));
		},
		pick(items) {
			if (items.length === 0) throw new RangeError('pick needs a non-empty array');
			return items[Math.floor(next() * items.length)] as (typeof items)[number];
		},
		fork() {
			return fromState(u32(), u32(), u32(), u32() | 1);
		},
	};
}
