/** One reading of the wall clock and the monotonic clock, and the exam time it gave. */
export interface ClockReading {
	/** Wall clock, epoch ms (`Date.now()`): can be set back or jump. */
	wall: number;
	/** Monotonic clock, ms (`performance.now()`): never goes back, may pause while asleep. */
	mono: number;
	/** The exam time this reading stands for, epoch ms. */
	now: number;
}

/**
 * The exam's time from a new reading: the wall clock, unless it went back behind the last exam
 * time; then the monotonic time elapsed since the last reading counts instead, so setting the
 * clock back neither adds time nor freezes the clock. A forward jump is believed (a laptop that
 * slept: the monotonic clock may have paused meanwhile).
 * @example
 * const first = steadyNow(null, 10_000, 5);
 * steadyNow(first, 4_000, 1_005).now // 11_000: the wall clock was set back 6 s
 */
export function steadyNow(last: ClockReading | null, wall: number, mono: number): ClockReading {
	if (last === null || wall >= last.now) return { wall, mono, now: wall };
	return { wall, mono, now: last.now + Math.max(0, mono - last.mono) };
}
