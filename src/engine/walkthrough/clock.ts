// The presenter's elapsed-time clock, as text. Time is passed in, never read here.

/**
 * Milliseconds as `m:ss`, or `h:mm:ss` past an hour; negative or non-finite input shows 0:00.
 * @example formatElapsed(754_000) // '12:34'
 */
export function formatElapsed(ms: number): string {
	const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
