// Which lessons the learner marked as done, kept in localStorage. Storage is untrusted input:
// anything unreadable is set aside under a backup key with a notice, never a crash.
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';

/** The localStorage key; a corrupt value is moved to `<key>.corrupt`. */
export const progressStorageKey = 'endpoint-lab:lesson-progress';
const storageVersion = 1;

/** What is saved: lesson slug -> the ISO date it was marked done. */
export interface SavedProgress {
	done: Record<string, string>;
}

/** The store: saved progress plus whether it has been read and any notice for the learner. */
export interface LessonProgressState extends SavedProgress {
	/** True once storage has been read (or found unusable); marks are hidden until then. */
	hydrated: boolean;
	/** A message about storage trouble, shown next to the progress controls. */
	notice: string | null;
	/** Marks a lesson done at `now`. */
	markDone(slug: string, now: Date): void;
	/** Clears a lesson's done mark. */
	markNotDone(slug: string): void;
	/** Hides the notice. */
	dismissNotice(): void;
}

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The saved value if `raw` is a well-formed progress record, else null. */
export function parseSavedProgress(raw: string): StorageValue<SavedProgress> | null {
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

let pendingNotice: string | null = null;

function browserStorage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		// Some privacy modes throw on the mere access.
		return undefined;
	}
}

const guardedStorage: PersistStorage<SavedProgress> = {
	getItem(name) {
		const raw = browserStorage()?.getItem(name) ?? null;
		if (raw === null) return null;
		const parsed = parseSavedProgress(raw);
		if (parsed) return parsed;
		try {
			browserStorage()?.setItem(`${name}.corrupt`, raw);
			browserStorage()?.removeItem(name);
		} catch {
			// Nothing more to save; the notice still tells the learner.
		}
		pendingNotice =
			'Saved lesson progress could not be read. It was set aside, so marks start fresh.';
		return null;
	},
	setItem(name, value) {
		try {
			browserStorage()?.setItem(name, JSON.stringify(value));
		} catch {
			useLessonProgress.setState({ notice: 'This browser did not let us save your progress.' });
		}
	},
	removeItem(name) {
		try {
			browserStorage()?.removeItem(name);
		} catch {
			// Removing is best effort.
		}
	},
};

/** The progress store; islands call `persist.rehydrate()` in an effect (skipHydration). */
export const useLessonProgress = create<LessonProgressState>()(
	persist(
		(set) => ({
			done: {},
			hydrated: false,
			notice: null,
			markDone: (slug, now) => set((s) => ({ done: { ...s.done, [slug]: now.toISOString() } })),
			markNotDone: (slug) =>
				set((s) => ({
					done: Object.fromEntries(Object.entries(s.done).filter(([key]) => key !== slug)),
				})),
			dismissNotice: () => set({ notice: null }),
		}),
		{
			name: progressStorageKey,
			version: storageVersion,
			storage: guardedStorage,
			skipHydration: true,
			partialize: (state): SavedProgress => ({ done: state.done }),
			onRehydrateStorage: () => () => {
				useLessonProgress.setState({
					hydrated: true,
					...(pendingNotice ? { notice: pendingNotice } : {}),
				});
				pendingNotice = null;
			},
		},
	),
);
