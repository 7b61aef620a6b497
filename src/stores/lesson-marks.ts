// The saved "lesson done" marks without any framework: the lesson pages' tiny scripts use this
// directly, and the zustand store in lesson-progress.ts wraps it for the progress page. Storage is
// untrusted input: anything unreadable is set aside under a backup key with a notice.

/** The localStorage key; a corrupt value is moved to `<key>.corrupt`. */
export const progressStorageKey = 'endpoint-lab:lesson-progress';
/** The format version inside the saved value (zustand persist's `{ state, version }` shape). */
export const storageVersion = 1;

/** What is saved: lesson slug -> the ISO date it was marked done. */
export interface SavedProgress {
	done: Record<string, string>;
}

/** What a read found: the marks, and a notice when saved data had to be set aside. */
export interface ReadMarks {
	done: Record<string, string>;
	notice: string | null;
}

/** Said when saved marks could not be read and were moved to the backup key. */
export const corruptNotice =
	'Saved lesson progress could not be read. It was set aside, so marks start fresh.';
/** Said when the browser refused a write. */
export const notSavedNotice = 'This browser did not let us save your progress.';

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The saved value if `raw` is a well-formed progress record, else null. */
export function parseSavedProgress(raw: string): { state: SavedProgress; version: number } | null {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null) return null;
	const { state, version } = value as { state?: unknown; version?: unknown };
	if (version !== storageVersion || typeof state !== 'object' || state === null) return null;
	const done = (state as { done?: unknown }).done;
	if (typeof done !== 'object' || done === null || Array.isArray(done)) return null;
	const entries = Object.entries(done);
	const valid = entries.every(
		([slug, date]) =>
			slugPattern.test(slug) && typeof date === 'string' && !Number.isNaN(Date.parse(date)),
	);
	return valid
		? { state: { done: Object.fromEntries(entries) as Record<string, string> }, version }
		: null;
}

/** The browser's localStorage, or undefined where merely touching it throws (privacy modes). */
export function lessonStorage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/** Reads the marks; a value that does not parse is moved to `<key>.corrupt` and reported. */
export function readMarks(storage = lessonStorage()): ReadMarks {
	let raw: string | null;
	try {
		raw = storage?.getItem(progressStorageKey) ?? null;
	} catch {
		return { done: {}, notice: null };
	}
	if (raw === null) return { done: {}, notice: null };
	const parsed = parseSavedProgress(raw);
	if (parsed) return { done: parsed.state.done, notice: null };
	try {
		storage?.setItem(`${progressStorageKey}.corrupt`, raw);
		storage?.removeItem(progressStorageKey);
	} catch {
		// Nothing more to save; the notice still tells the learner.
	}
	return { done: {}, notice: corruptNotice };
}

/** Saves the marks; returns false when the browser refused the write. */
export function writeMarks(done: Record<string, string>, storage = lessonStorage()): boolean {
	try {
		if (!storage) return false;
		storage.setItem(
			progressStorageKey,
			JSON.stringify({ state: { done }, version: storageVersion }),
		);
		return true;
	} catch {
		return false;
	}
}
