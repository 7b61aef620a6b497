// The running exam: one JSON record in localStorage, saved on every change and when the page is
// hidden, owned by one tab at a time (BroadcastChannel). A tab that takes over merges the saved
// copy into its own, tabs that do not own it follow the owner's writes (storage events), and a
// write that storage refused is kept in memory and tried again when space may have freed.
import { create } from 'zustand';
import type * as z from 'zod/mini';
import {
	isFinished,
	mergeExams,
	reduceExam,
	startExam,
	steadyNow,
	type ClockReading,
	type Accommodation,
	type Blueprint,
	type ExamEvent,
	type ExamFormat,
	type ExamHistory,
	type ExamState,
} from '../engine/exam';
import type { Question } from '../schemas/question';
import { examMessageSchema } from '../schemas/progress';
import { endText, examEndKey, examKey, readRecord, recordText, reserveText } from './exam-record';
import {
	browserStorage,
	createSafeStorage,
	setAside,
	type KeyValueStorage,
	type WriteStatus,
} from './safe-storage';

export { examEndKey, examKey } from './exam-record';
const channelName = 'endpoint-lab:exam';
/** How long a new tab waits for the owner tab to answer before offering to resume. */
const OWNER_REPLY_MS = 300;

/** Calls back with the key whenever another tab changes storage; returns the cleanup. */
export type WatchStorage = (onChange: (key: string | null) => void) => () => void;

const watchWindowStorage: WatchStorage = (onChange) => {
	if (typeof window === 'undefined') return () => {};
	const listener = (event: StorageEvent) => onChange(event.key);
	window.addEventListener('storage', listener);
	return () => window.removeEventListener('storage', listener);
};

/** Where the exam page is. */
export type ExamPhase = 'loading' | 'start' | 'resume' | 'elsewhere' | 'running' | 'done';

/** The exam session store. */
export interface ExamSessionState {
	phase: ExamPhase;
	exam: ExamState | null;
	/** Wall-clock time of the last tick, epoch ms. */
	now: number;
	saveStatus: WriteStatus;
	notice: string | null;
	/** Reads the saved exam and asks other tabs whether one of them runs it. */
	init(now: number): Promise<void>;
	start(
		blueprint: Blueprint,
		bank: readonly Question[],
		format: ExamFormat,
		options: { seed: number; now: number; accommodation: Accommodation; history?: ExamHistory },
	): void;
	/** Applies an event (answer, flag, move, tick, submit) and saves. */
	dispatch(event: ExamEvent): void;
	/** Continues the saved exam in this tab (also takes it over from another tab). */
	resume(now: number): void;
	/** Drops the saved exam and returns to the start screen. */
	discard(): void;
	/** Writes the current state (on `visibilitychange: hidden` and `pagehide`). */
	save(): void;
}

type Message = z.output<typeof examMessageSchema>;

/** Creates the store over a storage, a channel factory and storage events (tests pass fakes). */
export function createExamSession(
	getStorage: () => KeyValueStorage | undefined = browserStorage,
	openChannel: () => BroadcastChannel | undefined = () =>
		typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(channelName),
	tab: string = globalThis.crypto?.randomUUID?.() ?? String(Math.random()),
	watch: WatchStorage = watchWindowStorage,
	monotonic: () => number = () => globalThis.performance?.now() ?? 0,
) {
	let channel: BroadcastChannel | undefined;
	// The wall clock can be set back mid-exam; the engine's steadyNow keeps time moving forward.
	let clock: ClockReading | null = null;
	const steady = (wall: number) => (clock = steadyNow(clock, wall, monotonic())).now;
	let unwatch: (() => void) | undefined;
	// True while the last write of this tab's exam was refused: it is tried again later.
	let unsaved = false;
	const store = create<ExamSessionState>()((set, get) => {
		const safe = createSafeStorage(getStorage, (saveStatus) => {
			if (get().saveStatus !== saveStatus) set({ saveStatus });
		});
		const write = (exam: ExamState | null) => {
			if (exam === null) {
				unsaved = false;
				safe.removeItem(examKey);
				safe.removeItem(examEndKey);
				return;
			}
			// The marker first, into its reserved room, so it fits where the whole record does not.
			if (isFinished(exam)) safe.setItem(examEndKey, endText(exam));
			else if (safe.getItem(examEndKey) === null) safe.setItem(examEndKey, reserveText(exam));
			safe.setItem(examKey, recordText(exam, tab));
			unsaved = get().saveStatus === 'not-saved';
			if (isFinished(exam) && !unsaved) safe.removeItem(examEndKey);
		};
		const post = (type: Message['type'], examId: string) =>
			channel?.postMessage({ type, examId, tab } satisfies Message);
		/** A message of this exam from another tab, or null for anything else on the channel. */
		const parse = (data: unknown): Message | null => {
			const msg = examMessageSchema.safeParse(data);
			const exam = get().exam;
			return msg.success && exam && msg.data.examId === exam.id && msg.data.tab !== tab
				? msg.data
				: null;
		};
		const read = () => readRecord(safe.getItem(examKey), safe.getItem(examEndKey));
		/** Another tab wrote: follow it unless this tab runs the exam, and retry a refused write. */
		const follow = (key: string | null) => {
			const { exam, phase } = get();
			if (unsaved && exam && (phase === 'running' || phase === 'done')) write(exam);
			if (key !== null && key !== examKey && key !== examEndKey) return;
			const saved = read();
			if (saved.kind === 'bad') return;
			// A tab still asking who owns the exam follows too: the owner may submit meanwhile.
			const following =
				phase === 'elsewhere' || phase === 'resume' || (phase === 'loading' && exam);
			if (saved.kind === 'none') {
				if (following) set({ phase: 'start', exam: null });
				return;
			}
			if (following) {
				const next = exam ? mergeExams(saved.exam, exam) : saved.exam;
				// Another tab started a new exam: it runs there, this one is gone.
				const replaced = exam !== null && next.id !== exam.id;
				const phase = isFinished(next) ? 'done' : replaced ? 'elsewhere' : null;
				return set({ exam: next, ...(phase ? { phase } : {}) });
			}
			// The running tab keeps answers a tab wrote just before it learned of the takeover.
			if (phase === 'running' && exam && saved.exam.id === exam.id && saved.owner !== tab) {
				const next = mergeExams(saved.exam, exam);
				set({ exam: next, ...(isFinished(next) ? { phase: 'done' as const } : {}) });
				if (!isFinished(next)) write(next);
			}
		};
		const listen = () => {
			unwatch ??= watch(follow);
			channel ??= openChannel();
			if (!channel) return;
			channel.onmessage = (event: MessageEvent<unknown>) => {
				const msg = parse(event.data);
				const { exam, phase } = get();
				if (!msg || !exam || phase !== 'running') return;
				if (msg.type === 'who') post('mine', exam.id);
				if (msg.type === 'claim') set({ phase: 'elsewhere' });
			};
		};
		/** The saved exam; an unreadable one is set aside with a notice. */
		const readSaved = () => {
			const saved = read();
			if (saved.kind === 'exam') return saved;
			if (saved.kind === 'none') return null;
			const storage = getStorage();
			const raw = safe.getItem(examKey);
			const backup = storage && raw !== null ? setAside(storage, examKey, raw) : null;
			safe.removeItem(examEndKey);
			set({
				notice: `A saved exam could not be read and was set aside${backup ? ` (kept as ${backup})` : ''}.`,
			});
			return null;
		};
		return {
			phase: 'loading',
			exam: null,
			now: 0,
			saveStatus: 'saved',
			notice: null,
			async init(wall) {
				listen();
				const now = steady(wall);
				const record = readSaved();
				if (!record) return set({ phase: 'start', exam: null, now });
				const saved = record.exam;
				const exam = reduceExam(saved, { type: 'tick', now });
				if (isFinished(exam)) {
					// Also writes an exam the end marker finished (its full record was refused).
					if (!isFinished(saved) || record.endedByMarker) write(exam);
					return set({ phase: 'done', exam, now });
				}
				set({ exam, now });
				const owned = await new Promise<boolean>((resolve) => {
					if (!channel) return resolve(false);
					const timer = setTimeout(() => {
						channel?.removeEventListener('message', onReply);
						resolve(false);
					}, OWNER_REPLY_MS);
					const onReply = (event: MessageEvent<unknown>) => {
						if (parse(event.data)?.type !== 'mine') return;
						clearTimeout(timer);
						channel?.removeEventListener('message', onReply);
						resolve(true);
					};
					channel.addEventListener('message', onReply);
					post('who', exam.id);
				});
				// The owner may have submitted while this tab waited (followed through storage).
				if (get().phase === 'loading') set({ phase: owned ? 'elsewhere' : 'resume' });
			},
			start(blueprint, bank, format, { seed, now: wall, accommodation, history }) {
				listen();
				const now = steady(wall);
				const exam = startExam(blueprint, bank, seed, now, format, {
					accommodation,
					...(history ? { history } : {}),
				});
				set({ phase: 'running', exam, now, notice: null });
				write(exam);
				post('claim', exam.id);
			},
			dispatch(raw) {
				const { exam, phase } = get();
				if (!exam || phase !== 'running') return;
				const event = { ...raw, now: steady(raw.now) };
				const next = reduceExam(exam, event);
				const done = isFinished(next);
				set({ exam: next, now: event.now, ...(done ? { phase: 'done' as const } : {}) });
				// A tick changes nothing worth saving unless it ended the exam or a write is owed.
				if (next !== exam || unsaved) write(next);
			},
			resume(wall) {
				const { exam } = get();
				if (!exam) return;
				const now = steady(wall);
				// What another tab saved since this copy was read is merged in, never overwritten.
				const saved = read();
				const merged = saved.kind === 'exam' ? mergeExams(saved.exam, exam) : exam;
				const next = reduceExam(merged, { type: 'tick', now });
				set({ exam: next, now, phase: isFinished(next) ? 'done' : 'running' });
				// A record another tab finished is final: it is not written again from here.
				if (!(saved.kind === 'exam' && isFinished(saved.exam))) write(next);
				if (!isFinished(next)) post('claim', next.id);
			},
			discard() {
				write(null);
				set({ exam: null, phase: 'start' });
			},
			save() {
				const { exam, phase } = get();
				if (exam && (phase === 'running' || (phase === 'done' && unsaved))) write(exam);
			},
		};
	});
	return store;
}

/** The app's exam session. */
export const useExamSession = createExamSession();
