// The playground: the form as typed, the inline errors, and the state of the current run.
// Validation is the engine's (validateScenario); running is injected, so the store never
// touches a Worker and tests can pass a synchronous runner.
import { create } from 'zustand';
import type { InferenceOption } from '../engine/advisor/types';
import { validateScenario } from '../engine/simulator/simulate';
import type { Scenario, SimulationResult, Trace } from '../engine/simulator/types';
import { parseTrace } from '../engine/simulator/trace';
import {
	MAX_CONFIGS,
	defaultConfig,
	defaultForm,
	inputIdFor,
	toScenario,
	type ConfigForm,
	type PlaygroundForm,
	type WorkloadForm,
} from '../islands/playground/form';

/** Starts a run and returns how to cancel it. */
export type Runner = (
	scenarios: Scenario[],
	onProgress: (fraction: number) => void,
) => { result: Promise<SimulationResult[]>; cancel(): void };

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface PlaygroundState {
	form: PlaygroundForm;
	/** Error text by input id. */
	errors: Record<string, string>;
	status: RunStatus;
	progress: number;
	results: SimulationResult[] | null;
	/** The form the results belong to, so a later edit does not relabel old numbers. */
	resultsFor: PlaygroundForm | null;
	message: string | null;
	/** An uploaded trace replaces the traffic shape; it is not kept in the URL (too large). */
	trace: { name: string; trace: Trace } | null;
	/** Reads an uploaded CSV; a malformed file shows its line and reason beside the upload. */
	loadTrace(name: string, text: string): void;
	clearTrace(): void;
	setForm(form: PlaygroundForm): void;
	setWorkload(patch: Partial<WorkloadForm>): void;
	setWorkloadValue(key: string, value: string): void;
	setConfig(index: number, patch: Partial<Omit<ConfigForm, 'values'>>): void;
	setConfigValue(index: number, key: string, value: string): void;
	setOption(index: number, option: InferenceOption): void;
	addConfig(): void;
	removeConfig(index: number): void;
	/** Checks every configuration; returns the scenarios when all are valid. */
	validate(): Scenario[] | null;
	run(runner: Runner): Promise<void>;
	cancel(): void;
}

let current: { cancel(): void } | null = null;

const withoutKey = (errors: Record<string, string>, key: string) => {
	const rest = { ...errors };
	delete rest[key];
	return rest;
};

/** Error text without the `field: ` prefix the engine adds (the field is shown by the input). */
const readable = (message: string, field: string) =>
	message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;

export const usePlayground = create<PlaygroundState>()((set, get) => ({
	form: defaultForm(),
	errors: {},
	status: 'idle',
	progress: 0,
	results: null,
	resultsFor: null,
	message: null,
	trace: null,
	loadTrace(name, text) {
		try {
			set((s) => ({
				trace: { name, trace: parseTrace(text) },
				errors: withoutKey(s.errors, 'workload-trace'),
			}));
		} catch (error) {
			const e = error as Error & { field?: string };
			if (!e.field) throw error;
			set((s) => ({
				trace: null,
				errors: { ...s.errors, 'workload-trace': readable(e.message, e.field as string) },
			}));
		}
	},
	clearTrace: () => set({ trace: null }),
	setForm: (form) => set({ form, errors: {} }),
	setWorkload: (patch) =>
		set((s) => ({ form: { ...s.form, workload: { ...s.form.workload, ...patch } } })),
	setWorkloadValue: (key, value) =>
		set((s) => ({
			form: {
				...s.form,
				workload: { ...s.form.workload, values: { ...s.form.workload.values, [key]: value } },
			},
		})),
	setConfig: (index, patch) =>
		set((s) => ({
			form: {
				...s.form,
				configs: s.form.configs.map((c, i) => (i === index ? { ...c, ...patch } : c)),
			},
		})),
	setConfigValue: (index, key, value) =>
		set((s) => ({
			form: {
				...s.form,
				configs: s.form.configs.map((c, i) =>
					i === index ? { ...c, values: { ...c.values, [key]: value } } : c,
				),
			},
		})),
	setOption: (index, option) =>
		set((s) => ({
			form: {
				...s.form,
				configs: s.form.configs.map((c, i) =>
					i === index ? { ...defaultConfig(option), instanceType: c.instanceType } : c,
				),
			},
		})),
	addConfig: () =>
		set((s) =>
			s.form.configs.length >= MAX_CONFIGS
				? s
				: { form: { ...s.form, configs: [...s.form.configs, defaultConfig('asynchronous')] } },
		),
	removeConfig: (index) =>
		set((s) =>
			s.form.configs.length <= 1
				? s
				: {
						form: { ...s.form, configs: s.form.configs.filter((_, i) => i !== index) },
						results: null,
					},
		),
	validate() {
		const { form, trace } = get();
		const errors: Record<string, string> = {};
		const scenarios: Scenario[] = [];
		form.configs.forEach((_, i) => {
			const scenario = toScenario(form, i, trace?.trace);
			try {
				validateScenario(scenario);
				scenarios.push(scenario);
			} catch (error) {
				const e = error as Error & { field?: string };
				if (!e.field) throw error;
				errors[inputIdFor(e.field, form, i)] = readable(e.message, e.field);
			}
		});
		set({ errors });
		return Object.keys(errors).length === 0 ? scenarios : null;
	},
	async run(runner) {
		const scenarios = get().validate();
		if (!scenarios) {
			set({ message: 'Fix the highlighted fields, then run again.' });
			return;
		}
		current?.cancel();
		const form = get().form;
		set({ status: 'running', progress: 0, message: 'Running the simulation…' });
		const handle = runner(scenarios, (progress) => set({ progress }));
		current = handle;
		try {
			const results = await handle.result;
			if (current !== handle) return;
			set({
				status: 'done',
				progress: 1,
				results,
				resultsFor: form,
				message: 'Simulation finished. Results below.',
			});
		} catch (error) {
			if (current !== handle) return;
			const cancelled = (error as Error).name === 'RunCancelled';
			set({
				status: cancelled ? 'cancelled' : 'failed',
				message: cancelled
					? 'Simulation cancelled.'
					: `The simulation failed: ${(error as Error).message}`,
			});
		} finally {
			if (current === handle) current = null;
		}
	},
	cancel() {
		current?.cancel();
	},
}));
