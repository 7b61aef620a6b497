import type { Rng } from '../random';

/** A quantity as the story says it, and its exact value in the model's unit. */
export interface Said {
	text: string;
	value: number;
	/** The value if a reader converts with 1000 instead of 1024; the generator rejects stories where it changes the key. */
	decimal?: number;
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
const num = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });
/** "a" or "an" before a number as it is read aloud (an 8, an 11, an 18.5, but a 110). */
const a = (digits: string) => (/^(8|1[18](?![\d]))/.test(digits) ? `an ${digits}` : `a ${digits}`);

/**
 * A payload size in the unit a person would pick (KB, MB, GB or minutes of media); `value` is in MB
 * (1 GB = 1024 MB, as SageMaker's limits count), computed from the words so the story and key agree.
 */
export function sayPayload(rng: Rng, mb: number, item: string, media: boolean): Said {
	const forms: (() => Said)[] = [];
	if (mb < 1) {
		const kb = Math.max(1, Math.round(mb * 1024));
		forms.push(() => ({ text: `${a(num(kb))} KB ${item}`, value: kb / 1024, decimal: kb / 1000 }));
	} else {
		const m = mb < 10 ? round(mb, 1) : Math.round(mb);
		forms.push(() => ({ text: `${a(num(m))} MB ${item}`, value: m }));
	}
	if (mb >= 40) {
		const gb = round(mb / 1024, 2);
		if (gb > 0)
			forms.push(() => ({
				text: `${a(num(gb))} GB ${item}`,
				value: gb * 1024,
				decimal: gb * 1000,
			}));
	}
	if (media && mb >= 2) {
		const perMinute = rng.pick([1, 2, 4, 8, 16]);
		const minutes = Math.max(1, Math.round(mb / perMinute));
		forms.push(() => ({
			text: `${a(String(minutes))}-minute ${item} (about ${perMinute} MB per minute)`,
			value: minutes * perMinute,
		}));
	}
	return rng.pick(forms)();
}

/** A processing time in ms, seconds or minutes; `value` is in seconds. */
export function sayDuration(rng: Rng, seconds: number): Said {
	if (seconds < 1) {
		const ms = Math.max(5, Math.round(seconds * 1000));
		return { text: `${ms} ms`, value: ms / 1000 };
	}
	const forms: (() => Said)[] = [];
	if (seconds < 300) {
		const s = seconds < 10 ? round(seconds, 1) : Math.round(seconds);
		forms.push(() => ({ text: `${num(s)} seconds`, value: s }));
	}
	if (seconds >= 90) {
		const m = Math.round(seconds / 30) / 2;
		forms.push(() => ({ text: `${num(m)} minutes`, value: m * 60 }));
	}
	if (seconds >= 45 && seconds < 300) {
		const m = Math.floor(seconds / 60);
		const s = Math.round(seconds - m * 60);
		if (m >= 1 && s > 0 && s < 60)
			forms.push(() => ({
				text: `${m} minute${m > 1 ? 's' : ''} and ${s} seconds`,
				value: m * 60 + s,
			}));
	}
	return rng.pick(forms)();
}
