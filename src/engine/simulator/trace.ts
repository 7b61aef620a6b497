import { InvalidInputError } from '../errors';
import type { Trace } from './types';

/** Header names that say what the single column holds. */
const headers = {
	timestamps: ['timestamp', 'time', 'seconds', 'arrival'],
	rates: ['requests_per_minute', 'rpm', 'rate', 'requests'],
} as const satisfies Record<Trace['kind'], readonly string[]>;

/** Longest trace accepted, in lines, to keep a browser tab responsive. */
const MAX_LINES = 5_000_000;
/** Lines between two progress reports. */
const PROGRESS_EVERY = 1 << 16;

/**
 * Reads an uploaded trace. The first line names the column: `timestamp` (seconds from the
 * start, or ISO 8601 dates, one arrival a line, in order) or `requests_per_minute` (one minute
 * a line). A bad line throws InvalidInputError with field `trace` and the line number.
 * `onProgress` hears the fraction read now and then (the playground parses in a worker).
 * @example parseTrace('timestamp\n0\n0.4\n2.5') // { kind: 'timestamps', seconds: [0, 0.4, 2.5] }
 */
export function parseTrace(text: string, onProgress?: (fraction: number) => void): Trace {
	const lines = text.split(/\r?\n/);
	while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
	if (lines.length > MAX_LINES + 1)
		fail(MAX_LINES + 2, `the trace is longer than ${MAX_LINES.toLocaleString('en-US')} lines`);
	const header =
		(lines[0] ?? '')
			.trim()
			.toLowerCase()
			.replace(/^\ufeff/, '')
			.split(',')[0]
			?.trim() ?? '';
	const kind = (Object.keys(headers) as Trace['kind'][]).find((k) =>
		(headers[k] as readonly string[]).includes(header),
	);
	if (kind === undefined)
		fail(
			1,
			`the first line must name the column: "timestamp" for arrival times or "requests_per_minute" for rates, got "${lines[0] ?? ''}"`,
		);
	if (lines.length < 2) fail(2, 'the trace has a header but no data');
	const values: number[] = [];
	let origin = NaN;
	for (let i = 1; i < lines.length; i++) {
		const cell = (lines[i] ?? '').split(',')[0]?.trim() ?? '';
		const n = i + 1;
		if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i / lines.length);
		if (cell === '') fail(n, 'empty line');
		let value = Number(cell);
		if (kind === 'timestamps' && Number.isNaN(value)) {
			// ISO dates become seconds after the first arrival.
			const ms = /^\d{4}-\d{2}-\d{2}/.test(cell) ? Date.parse(cell) : NaN;
			if (Number.isNaN(ms))
				fail(n, `"${cell}" is neither a number of seconds nor an ISO 8601 date`);
			if (Number.isNaN(origin)) origin = ms;
			value = (ms - origin) / 1000;
		}
		if (!Number.isFinite(value)) fail(n, `"${cell}" is not a number`);
		if (value < 0) fail(n, `${value} is negative`);
		if (kind === 'timestamps' && values.length > 0 && value < (values[values.length - 1] as number))
			fail(n, `${cell} is earlier than the line before; timestamps must be in order`);
		values.push(value);
	}
	return kind === 'timestamps' ? { kind, seconds: values } : { kind, perMinute: values };
}

function fail(line: number, reason: string): never {
	throw new InvalidInputError('trace', `line ${line}: ${reason}`);
}
