// Workload values in the words and units a room reads at a glance.
import type { Caller, Traffic } from '../advisor/engine';

/** "5 KB", "8 MB", "1.5 GB": the unit a person would say. */
export function formatMB(mb: number): string {
	if (mb < 1) return `${round(mb * 1024)} KB`;
	if (mb >= 1024) return `${round(mb / 1024)} GB`;
	return `${round(mb)} MB`;
}

/** "20 ms", "3 s", "240 s (4 min)". */
export function formatSeconds(s: number): string {
	if (s < 1) return `${round(s * 1000)} ms`;
	return s >= 120 ? `${round(s)} s (${round(s / 60)} min)` : `${round(s)} s`;
}

function round(n: number): string {
	return Number(n.toPrecision(3)).toLocaleString('en-US');
}

/** How the caller gets its answer, in words. */
export const callerText = {
	waits: 'Waits for the answer',
	notified: 'Notified later',
	offline: 'Nobody (a dataset)',
} as const satisfies Record<Caller, string>;

/** The traffic shape, in words. */
export const trafficText = {
	steady: 'Steady',
	spiky: 'Spiky',
	intermittent: 'Intermittent',
	none: 'None (bulk)',
} as const satisfies Record<Traffic, string>;
