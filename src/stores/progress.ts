// Exam history, review cards and settings, saved in localStorage with zustand `persist`.
// Storage is untrusted: unreadable or wrong-shaped data is set aside with a notice, a failed
// write shows "progress not saved", and another tab's change is picked up (see quality notes B1).
import { create, type Mutate, type StoreApi, type UseBoundStore } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createEmptyCard, fsrs, type Grade } from 'ts-fsrs';
import { afterExam, maxIntervalDays, type ReviewResult, type Scheduler } from '../engine/review';
import {
	progressExportSchema,
	progressSchema,
	progressVersion,
	type Attempt,
	type Progress,
	type ReviewCard,
} from '../schemas/progress';
import { migrateProgress } from './progress-migrate';
import {
	browserStorage,
	createSafeStorage,
	setAside,
	type KeyValueStorage,
	type WriteStatus,
} from './safe-storage';

/** The localStorage key of the progress. */
export const progressKey = 'endpoint-lab:progress';

/**
 * Largest progress file import accepts: 5 MiB. Browsers keep about 5 MB of localStorage per site
 * (Chromium and Firefox 5 MiB of text, Safari 5 MB), so a larger file could never be saved: it
 * would read as imported and be gone on reload. Real files are far smaller: 500 full exams and
 * a card for every question come to about 2 MB.
 */
export const maxImportBytes = 5 * 1024 * 1024;

/** The reason a file over `maxImportBytes` is refused. */
export const tooLargeReason = (bytes: number) =>
	`The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the most this browser can keep is ${maxImportBytes / 1024 / 1024} MB, so it was not read.`;

/** The store: saved progress plus load and save status. */
export interface ProgressState extends Progress {
	/** True once storage was read (or found unusable). */
	hydrated: boolean;
	/** 'not-saved' after a write failed (storage full or disabled). */
	saveStatus: WriteStatus;
	/** Storage trouble to show the learner, or null. */
	notice: string | null;
	/** Adds a finished exam and schedules its missed questions for review. */
	recordAttempt(attempt: Attempt, results: ReviewResult[], now: number): void;
	/** Rates one review card (1 again … 4 easy). */
	rateCard(id: string, rating: 1 | 2 | 3 | 4, now: number): void;
	setExamDate(date: string | null): void;
	setAccommodation(a: Progress['settings']['accommodation']): void;
	/** Replaces everything with an exported file; returns the reason when the file is refused. */
	importJSON(text: string): { ok: true } | { ok: false; reason: string };
	/** The export file's text. */
	exportJSON(now: number): string;
	/** Deletes all progress. */
	reset(): void;
	dismissNotice(): void;
}

const empty = (): Progress => ({
	attempts: [],
	review: {},
	settings: { examDate: null, accommodation: 'standard' },
});

// ts-fsrs is pure (no I/O, no clock of its own); it runs here so the engine stays package-free.
const fromCard = (c: ReviewCard) => ({
	due: new Date(c.due),
	stability: c.stability,
	difficulty: c.difficulty,
	elapsed_days: 0,
	scheduled_days: c.scheduledDays,
	learning_steps: c.learningSteps,
	reps: c.reps,
	lapses: c.lapses,
	state: c.state,
	...(c.lastReview === null ? {} : { last_review: new Date(c.lastReview) }),
});

/** The FSRS scheduler behind the review queue, with the interval capped to reach the exam date. */
export const fsrsScheduler: Scheduler = (card, rating, now, maxDays) => {
	const base = card.reps === 0 ? { ...createEmptyCard(new Date(now)) } : fromCard(card);
	const next = fsrs({ maximum_interval: maxDays, enable_fuzz: false }).next(
		base,
		new Date(now),
		rating as Grade,
	).card;
	return {
		id: card.id,
		due: next.due.getTime(),
		stability: next.stability,
		difficulty: next.difficulty,
		reps: next.reps,
		lapses: next.lapses,
		state: next.state as ReviewCard['state'],
		lastReview: next.last_review ? next.last_review.getTime() : now,
		scheduledDays: next.scheduled_days,
		learningSteps: next.learning_steps,
	};
};

/** The store hook with its persist API. */
export type ProgressStore = UseBoundStore<
	Mutate<StoreApi<ProgressState>, [['zustand/persist', Progress]]>
>;

/** Why saved data was set aside, for the notice. */
const asideNotice = (backup: string | null) =>
	`Saved progress could not be read, so it was set aside${backup ? ` (kept as ${backup})` : ''} and progress starts fresh.`;

/** Creates a progress store over a storage (tests pass an in-memory one). */
export function createProgressStore(
	getStorage: () => KeyValueStorage | undefined = browserStorage,
	key = progressKey,
): ProgressStore {
	// The callbacks below run after creation, so they reach the store through this holder.
	const ref: { store?: ProgressStore } = {};
	const setStatus = (saveStatus: WriteStatus) => {
		if (ref.store && ref.store.getState().saveStatus !== saveStatus)
			ref.store.setState({ saveStatus });
	};
	const safe = createSafeStorage(getStorage, (status) => setStatus(status));
	const setAsideRaw = () => {
		const storage = getStorage();
		const raw = safe.getItem(key);
		const backup = storage && raw !== null ? setAside(storage, key, raw) : null;
		return asideNotice(backup);
	};
	const created: ProgressStore = create<ProgressState>()(
		persist<ProgressState, [], [], Progress>(
			(set, get) => ({
				...empty(),
				hydrated: false,
				saveStatus: 'saved',
				notice: null,
				recordAttempt: (attempt, results, now) =>
					set((s) =>
						s.attempts.some((a) => a.id === attempt.id)
							? {}
							: {
									attempts: [...s.attempts, attempt].slice(-500),
									review: afterExam(
										s.review,
										results,
										now,
										fsrsScheduler,
										maxIntervalDays(s.settings.examDate, now),
									),
								},
					),
				rateCard: (id, rating, now) =>
					set((s) => {
						const card = s.review[id];
						if (!card) return {};
						const next = fsrsScheduler(
							card,
							rating,
							now,
							maxIntervalDays(s.settings.examDate, now),
						);
						return { review: { ...s.review, [id]: next } };
					}),
				setExamDate: (examDate) => set((s) => ({ settings: { ...s.settings, examDate } })),
				setAccommodation: (accommodation) =>
					set((s) => ({ settings: { ...s.settings, accommodation } })),
				importJSON(text) {
					// A UTF-16 length is at most the byte size, so this never refuses a file under the limit.
					if (text.length > maxImportBytes)
						return { ok: false, reason: tooLargeReason(text.length) };
					let file: unknown;
					try {
						file = JSON.parse(text);
					} catch {
						return { ok: false, reason: 'The file is not JSON.' };
					}
					const outer = progressExportSchema.safeParse(file);
					if (!outer.success)
						return { ok: false, reason: 'This is not an Endpoint Lab progress file.' };
					let migrated: unknown;
					try {
						migrated = migrateProgress(outer.data.state, outer.data.version);
					} catch (error) {
						return { ok: false, reason: (error as Error).message };
					}
					const parsed = progressSchema.safeParse(migrated);
					if (!parsed.success) {
						const issue = parsed.error.issues[0];
						return {
							ok: false,
							reason: `The file has a wrong field: ${issue?.path.join('.') || '(top)'}: ${issue?.message}`,
						};
					}
					const before = get();
					const previous: Progress = {
						attempts: before.attempts,
						review: before.review,
						settings: before.settings,
					};
					set(parsed.data);
					if (get().saveStatus === 'not-saved') {
						// Shown as imported but gone on reload would be worse than a refusal.
						set(previous);
						return {
							ok: false,
							reason:
								'this browser refused to store it (storage full or turned off), so your progress is as it was.',
						};
					}
					// The file replaced whatever an old notice was about.
					set({ notice: null });
					return { ok: true };
				},
				exportJSON: (now) => {
					const { attempts, review, settings } = get();
					const file = {
						app: 'endpoint-lab-progress',
						version: progressVersion,
						exportedAt: new Date(now).toISOString(),
						state: { attempts, review, settings },
					};
					return JSON.stringify(file, null, 2);
				},
				reset: () => set(empty()),
				dismissNotice: () => set({ notice: null }),
			}),
			{
				name: key,
				version: progressVersion,
				storage: createJSONStorage(() => safe),
				skipHydration: true,
				partialize: (s): Progress => ({
					attempts: s.attempts,
					review: s.review,
					settings: s.settings,
				}),
				migrate: migrateProgress as (persisted: unknown, version: number) => ProgressState,
				merge(persisted, current) {
					// Nothing saved yet (a first visit): nothing to set aside.
					if (persisted === undefined || persisted === null) return current;
					const parsed = progressSchema.safeParse(persisted);
					if (parsed.success) return { ...current, ...parsed.data };
					// merge's result replaces the state, so the notice travels in it.
					return { ...current, ...empty(), notice: setAsideRaw() };
				},
				onRehydrateStorage: () => (_state, error) => {
					// Corrupt JSON or a refused migration: zustand leaves the bad item in place and
					// never marks itself hydrated, so set it aside and finish hydration by hand.
					ref.store?.setState({ hydrated: true, ...(error ? { notice: setAsideRaw() } : {}) });
				},
			},
		),
	);
	ref.store = created;
	return created;
}

/** The app's progress store; islands call `rehydrate()` in an effect and follow other tabs. */
export const useProgress = createProgressStore();

/** Reads progress now and again whenever another tab changes it; returns the cleanup. */
export function followProgress(store = useProgress, key = progressKey): () => void {
	void store.persist.rehydrate();
	const onStorage = (event: StorageEvent) => {
		if (event.key === key) void store.persist.rehydrate();
	};
	window.addEventListener('storage', onStorage);
	return () => window.removeEventListener('storage', onStorage);
}
