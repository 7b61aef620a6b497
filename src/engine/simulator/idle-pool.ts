/**
 * Warm, idle serverless environments as a double-ended ring of idle-since times: the newest is
 * reused first (top), the oldest expires first (bottom), both in O(1).
 */
export class IdlePool {
	private since: Float64Array;
	private bottom = 0;
	size = 0;
	/** Seconds environments spent warm and idle, counted as they leave the pool. */
	idleSeconds = 0;

	constructor(
		private readonly keepWarm: number,
		capacity = 16,
	) {
		this.since = new Float64Array(capacity);
	}

	/** An environment becomes idle at `t`. */
	release(t: number): void {
		if (this.size === this.since.length) this.grow();
		this.since[(this.bottom + this.size) % this.since.length] = t;
		this.size++;
	}

	/** Shuts down environments idle for keepWarm seconds or more by time `t`. */
	expire(t: number): void {
		while (this.size > 0 && (this.since[this.bottom] as number) + this.keepWarm <= t) {
			this.bottom = (this.bottom + 1) % this.since.length;
			this.size--;
			this.idleSeconds += this.keepWarm;
		}
	}

	/** Takes the most recently idle environment at `t`; false when none is warm. */
	take(t: number): boolean {
		if (this.size === 0) return false;
		this.size--;
		this.idleSeconds += t - (this.since[(this.bottom + this.size) % this.since.length] as number);
		return true;
	}

	/** Counts the idle time of environments still warm when the run ends at `t`. */
	close(t: number): void {
		for (let i = 0; i < this.size; i++)
			this.idleSeconds += Math.min(
				this.keepWarm,
				t - (this.since[(this.bottom + i) % this.since.length] as number),
			);
		this.size = 0;
	}

	private grow(): void {
		const cap = this.since.length;
		const next = new Float64Array(cap * 2);
		for (let i = 0; i < this.size; i++) next[i] = this.since[(this.bottom + i) % cap] as number;
		this.since = next;
		this.bottom = 0;
	}
}
