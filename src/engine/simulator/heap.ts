/**
 * A binary min-heap of times in one Float64Array: no objects per event, so millions of pushes
 * cost no garbage. It holds only times because every model knows what a time means from the
 * heap it came from.
 */
export class TimeHeap {
	private items: Float64Array;
	/** Number of times held. */
	size = 0;

	constructor(capacity = 64) {
		this.items = new Float64Array(Math.max(4, capacity));
	}

	/** The smallest time, or Infinity when empty. */
	peek(): number {
		return this.size > 0 ? (this.items[0] as number) : Infinity;
	}

	push(time: number): void {
		if (this.size === this.items.length) {
			const grown = new Float64Array(this.items.length * 2);
			grown.set(this.items);
			this.items = grown;
		}
		const a = this.items;
		let i = this.size++;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			const p = a[parent] as number;
			if (p <= time) break;
			a[i] = p;
			i = parent;
		}
		a[i] = time;
	}

	/** Removes and returns the smallest time (Infinity when empty). */
	pop(): number {
		if (this.size === 0) return Infinity;
		const a = this.items;
		const top = a[0] as number;
		const last = a[--this.size] as number;
		const n = this.size;
		let i = 0;
		for (;;) {
			let child = 2 * i + 1;
			if (child >= n) break;
			const right = child + 1;
			if (right < n && (a[right] as number) < (a[child] as number)) child = right;
			const c = a[child] as number;
			if (c >= last) break;
			a[i] = c;
			i = child;
		}
		if (n > 0) a[i] = last;
		return top;
	}
}
