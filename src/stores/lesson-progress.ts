// Which lessons the learner marked as done, kept in localStorage. Storage is untrusted input:
// anything unreadable is set aside under a backup key with a notice, never a crash.
import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import {
	lessonStorage,
	notSavedNotice,
	progressStorageKey,
	readMarks,
	storageVersion,
	writeMarks,
	type SavedProgress,
} from './lesson-marks';

export { parseSavedProgress, progressStorageKey, type SavedProgress } from './lesson-marks';

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

let pendingNotice: string | null = null;

// The same read, set-aside and write as the lesson pages' scripts (lesson-marks.ts), so both
// always agree on the saved format.
const guardedStorage: PersistStorage<SavedProgress> = {
	getItem() {
		const { done, notice } = readMarks();
		pendingNotice = notice;
		// Nothing saved, or set aside, reads as no marks: the same as the initial state.
		return { state: { done }, version: storageVersion };
	},
	setItem(_name, value) {
		// Setting the notice is itself a store change that persist saves again, so only a change
		// of the notice may set it: setting it on every failed write looped until the stack ran out.
		const saved = writeMarks(value.state.done);
		const { notice } = useLessonProgress.getState();
		if (!saved && notice !== notSavedNotice) useLessonProgress.setState({ notice: notSavedNotice });
		if (saved && notice === notSavedNotice) useLessonProgress.setState({ notice: null });
	},
	removeItem(name) {
		try {
			lessonStorage()?.removeItem(name);
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
