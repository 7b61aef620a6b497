// What the practice setup form needs before a session exists: the learner's choices, the fetched
// bank (for its topics) and why a start failed. Kept apart from the practice store so the page can
// show the form without loading the quiz engine; the session copies these in when it starts.
import { create } from 'zustand';
import type { Question } from '../schemas/question';
import type { Settings } from './practice';

/** The setup form's state and actions. */
export interface PracticeSettingsState {
	settings: Settings;
	bank: Question[];
	/** Why the last start found no questions, or null. */
	notice: string | null;
	setSettings(patch: Partial<Settings>): void;
	setBank(bank: Question[]): void;
	setNotice(notice: string | null): void;
}

/** The default choices: both sources, every kind, topic and difficulty, ten questions. */
export const defaultSettings: Settings = {
	topics: [],
	kinds: [],
	difficulty: [],
	count: 10,
	source: 'both',
};

/** The setup form's store. */
export const usePracticeSettings = create<PracticeSettingsState>()((set, get) => ({
	settings: defaultSettings,
	bank: [],
	notice: null,
	setSettings: (patch) => set({ settings: { ...get().settings, ...patch } }),
	setBank: (bank) => set({ bank }),
	setNotice: (notice) => set({ notice }),
}));
