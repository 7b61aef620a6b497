/**
 * Erlang B: the probability that a loss system with `servers` servers and offered load
 * `load` = lambda/mu (in erlangs) turns an arrival away. Iterative, so no factorial overflows.
 * @example erlangB(2, 1) // 0.2
 */
export function erlangB(servers: number, load: number): number {
	let b = 1;
	for (let k = 1; k <= servers; k++) b = (load * b) / (k + load * b);
	return b;
}

/**
 * Erlang C: the probability that an arrival waits in an M/M/c queue; 1 when the queue is
 * unstable (load >= servers).
 * @example erlangC(1, 0.5) // 0.5 (an M/M/1 queue waits with probability rho)
 */
export function erlangC(servers: number, load: number): number {
	if (load >= servers) return 1;
	const b = erlangB(servers, load);
	return (servers * b) / (servers - load * (1 - b));
}

/** Mean queueing delay Wq = C(c, a) / (c*mu - lambda) of an M/M/c queue, in seconds. */
export function mmcMeanWait(
	servers: number,
	arrivalRate: number,
	meanServiceSeconds: number,
): number {
	const mu = 1 / meanServiceSeconds;
	const load = arrivalRate / mu;
	if (load >= servers) return Infinity;
	return erlangC(servers, load) / (servers * mu - arrivalRate);
}
