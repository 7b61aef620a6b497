/**
 * A first-in first-out queue of (arrival time, service time) pairs in a growable ring buffer:
 * `Array.shift()` is O(n) once a queue grows, and a backlog of millions is a case to simulate.
 */
export class RequestQueue {
	private arrivals: Float64Array;
	private services: Float64Array;
	private head = 0;
	/** Capacity is a power of two, so wrapping is a bit mask, not a division. */
	private mask: number;
	/** Requests waiting. */
	size = 0;

	constructor(capacity = 1024) {
		const cap = 2 ** Math.ceil(Math.log2(Math.max(2, capacity)));
		this.arrivals = new Float64Array(cap);
		this.services = new Float64Array(cap);
		this.mask = cap - 1;
	}

	push(arrival: number, service: number): void {
		if (this.size === this.arrivals.length) this.grow();
		const at = (this.head + this.size) & this.mask;
		this.arrivals[at] = arrival;
		this.services[at] = service;
		this.size++;
	}

	/** Arrival time of the oldest request (Infinity when empty). */
	peekArrival(): number {
		return this.size > 0 ? (this.arrivals[this.head] as number) : Infinity;
	}

	/** Service time of the oldest request; call before `drop`. */
	peekService(): number {
		return this.services[this.head] as number;
	}

	/** Removes the oldest request. */
	drop(): void {
		this.head = (this.head + 1) & this.mask;
		this.size--;
	}

	private grow(): void {
		const cap = this.arrivals.length;
		const arrivals = new Float64Array(cap * 2);
		const services = new Float64Array(cap * 2);
		for (let i = 0; i < this.size; i++) {
			const from = (this.head + i) & this.mask;
			arrivals[i] = this.arrivals[from] as number;
			services[i] = this.services[from] as number;
		}
		this.arrivals = arrivals;
		this.services = services;
		this.head = 0;
		this.mask = cap * 2 - 1;
	}
}
