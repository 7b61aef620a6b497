// The playground: the form as typed, the inline errors, and the state of the current run.
// Validation is the engine's (validateScenario); running is injected, so the store never
// touches a Worker and tests can pass a synchronous runner.
import { create } from 'zustand';
import type { InferenceOption } from '../engine/advisor/types';
import { validateScenario } from '../engine/simulator/simulate';
import type { Scenario, SimulationResult, Trace } from '../engine/simulator/types';
import { OutOfRangeError, rangeMessage } from '../engine/simulator/checks';
import {
	MAX_CONFIGS,
	defaultConfig,
	defaultForm,
	inputIdFor,
	toScenario,
	unitFor,
	type ConfigForm,
	type PlaygroundForm,
	type WorkloadForm,
} from '../islands/playground/form';

/** Starts a run and returns how to cancel it. */
export type Runner = (
	scenarios: Scenario[],
	onProgress: (fraction: number) => void,
) => { result: Promise<SimulationResult[]>; cancel(): void };

/** Starts reading an uploaded trace file and returns how to cancel it. */
export type TraceParser = (
	file: Blob,
	onProgress: (fraction: number) => void,
) => { result: Promise<Trace>; cancel(): void };

/** The input id of the trace upload, under which its error is kept. */
export const traceInput = 'workload-trace';

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
	/** A trace being read: its name and the fraction read so far. */
	traceLoading: { name: string; progress: number } | null;
	/**
	 * Reads an uploaded CSV with `parse` (a worker in the page); a malformed file shows its line
	 * and reason beside the upload, and the error stays until the trace is replaced or removed.
	 */
	loadTrace(name: string, file: Blob, parse: TraceParser): Promise<void>;
	/** Removes the trace (or the rejected one and its error): the traffic shape applies again. */
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
let reading: { cancel(): void } | null = null;

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
	traceLoading: null,
	async loadTrace(name, file, parse) {
		reading?.cancel();
		set((s) => ({
			trace: null,
			traceLoading: { name, progress: 0 },
			errors: withoutKey(s.errors, traceInput),
		}));
		const handle = parse(file, (progress) => set({ traceLoading: { name, progress } }));
		reading = handle;
		try {
			const trace = await handle.result;
			if (reading !== handle) return;
			set({ trace: { name, trace }, traceLoading: null });
		} catch (error) {
			if (reading !== handle) return;
			const e = error as Error & { field?: string };
			set((s) => ({
				trace: null,
				traceLoading: null,
				errors: {
					...s.errors,
					[traceInput]: e.field ? readable(e.message, e.field) : `could not be read: ${e.message}`,
				},
			}));
		} finally {
			if (reading === handle) reading = null;
		}
	},
	clearTrace() {
		reading?.cancel();
		reading = null;
		set((s) => ({ trace: null, traceLoading: null, errors: withoutKey(s.errors, traceInput) }));
	},
	setForm: (form) =>
		set((s) => ({
			form,
			errors: s.errors[traceInput] === undefined ? {} : { [traceInput]: s.errors[traceInput] },
		})),
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
		const { form, trace, errors: shown } = get();
		// A rejected trace is not silently replaced by the form's traffic: its error stays.
		const errors: Record<string, string> =
			shown[traceInput] === undefined ? {} : { [traceInput]: shown[traceInput] };
		const scenarios: Scenario[] = [];
		form.configs.forEach((_, i) => {
			const scenario = toScenario(form, i, trace?.trace);
			try {
				validateScenario(scenario);
				scenarios.push(scenario);
			} catch (error) {
				const e = error as Error & { field?: string };
				if (!e.field) throw error;
				errors[inputIdFor(e.field, form, i)] =
					e instanceof OutOfRangeError
						? rangeMessage(e.value, e.range, unitFor(e.field, form, i))
						: readable(e.message, e.field);
			}
		});
		set({ errors });
		return Object.keys(errors).length === 0 ? scenarios : null;
	},
	async run(runner) {
		if (get().traceLoading) {
			set({ message: 'The trace is still being read; run again when it is loaded.' });
			return;
		}
		const scenarios = get().validate();
		if (!scenarios) {
			set({
				message:
					get().errors[traceInput] === undefined
						? 'Fix the highlighted fields, then run again.'
						: 'The trace was rejected: upload a corrected file, or remove it to use the traffic shape.',
			});
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
