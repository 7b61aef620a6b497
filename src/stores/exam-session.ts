// The running exam: one JSON record in localStorage, saved on every change and when the page is
// hidden, owned by one tab at a time (BroadcastChannel), with the clock read from the wall clock.
import { create } from 'zustand';
import {
	isFinished,
	reduceExam,
	startExam,
	type Accommodation,
	type Blueprint,
	type ExamEvent,
	type ExamFormat,
	type ExamHistory,
	type ExamState,
} from '../engine/exam';
import type { Question } from '../schemas/question';
import { savedExamSchema } from '../schemas/progress';
import {
	browserStorage,
	createSafeStorage,
	setAside,
	type KeyValueStorage,
	type WriteStatus,
} from './safe-storage';

/** The localStorage key of the running exam. */
export const examKey = 'endpoint-lab:exam';
const channelName = 'endpoint-lab:exam';
/** How long a new tab waits for the owner tab to answer before offering to resume. */
const OWNER_REPLY_MS = 300;

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

type Message = { type: 'who' | 'mine' | 'claim'; examId: string; tab: string };

/** Creates the store over a storage and a channel factory (tests pass fakes). */
export function createExamSession(
	getStorage: () => KeyValueStorage | undefined = browserStorage,
	openChannel: () => BroadcastChannel | undefined = () =>
		typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(channelName),
	tab: string = globalThis.crypto?.randomUUID?.() ?? String(Math.random()),
) {
	let channel: BroadcastChannel | undefined;
	const store = create<ExamSessionState>()((set, get) => {
		const safe = createSafeStorage(getStorage, (saveStatus) => {
			if (get().saveStatus !== saveStatus) set({ saveStatus });
		});
		const write = (exam: ExamState | null) => {
			if (exam === null) safe.removeItem(examKey);
			else safe.setItem(examKey, JSON.stringify({ version: 1, owner: tab, exam }));
		};
		const post = (type: Message['type'], examId: string) =>
			channel?.postMessage({ type, examId, tab } satisfies Message);
		const listen = () => {
			channel ??= openChannel();
			if (!channel) return;
			channel.onmessage = (event: MessageEvent<Message>) => {
				const { exam, phase } = get();
				const msg = event.data;
				if (!exam || msg.examId !== exam.id || msg.tab === tab) return;
				if (msg.type === 'who' && phase === 'running') post('mine', exam.id);
				if (msg.type === 'claim' && phase === 'running') set({ phase: 'elsewhere' });
			};
		};
		const readSaved = (): ExamState | null => {
			const raw = safe.getItem(examKey);
			if (raw === null) return null;
			let parsed: unknown;
			try {
				parsed = JSON.parse(raw);
			} catch {
				parsed = undefined;
			}
			const checked = savedExamSchema.safeParse(parsed);
			if (checked.success) return checked.data.exam as ExamState;
			const storage = getStorage();
			const backup = storage ? setAside(storage, examKey, raw) : null;
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
			async init(now) {
				listen();
				const saved = readSaved();
				if (!saved) return set({ phase: 'start', exam: null, now });
				const exam = reduceExam(saved, { type: 'tick', now });
				if (isFinished(exam)) {
					if (!isFinished(saved)) write(exam);
					return set({ phase: 'done', exam, now });
				}
				set({ exam, now });
				const owned = await new Promise<boolean>((resolve) => {
					if (!channel) return resolve(false);
					const timer = setTimeout(() => {
						channel?.removeEventListener('message', onReply);
						resolve(false);
					}, OWNER_REPLY_MS);
					const onReply = (event: MessageEvent<Message>) => {
						if (event.data.type !== 'mine' || event.data.examId !== exam.id) return;
						clearTimeout(timer);
						channel?.removeEventListener('message', onReply);
						resolve(true);
					};
					channel.addEventListener('message', onReply);
					post('who', exam.id);
				});
				set({ phase: owned ? 'elsewhere' : 'resume' });
			},
			start(blueprint, bank, format, { seed, now, accommodation, history }) {
				listen();
				const exam = startExam(blueprint, bank, seed, now, format, {
					accommodation,
					...(history ? { history } : {}),
				});
				set({ phase: 'running', exam, now, notice: null });
				write(exam);
				post('claim', exam.id);
			},
			dispatch(event) {
				const { exam, phase } = get();
				if (!exam || phase !== 'running') return;
				const next = reduceExam(exam, event);
				const done = isFinished(next);
				set({ exam: next, now: event.now, ...(done ? { phase: 'done' as const } : {}) });
				// A tick changes nothing worth saving unless it ended the exam.
				if (next !== exam) write(next);
			},
			resume(now) {
				const { exam } = get();
				if (!exam) return;
				const next = reduceExam(exam, { type: 'tick', now });
				set({ exam: next, now, phase: isFinished(next) ? 'done' : 'running' });
				write(next);
				post('claim', next.id);
			},
			discard() {
				write(null);
				set({ exam: null, phase: 'start' });
			},
			save() {
				const { exam, phase } = get();
				if (exam && phase === 'running') write(exam);
			},
		};
	});
	return store;
}

/** The app's exam session. */
export const useExamSession = createExamSession();
