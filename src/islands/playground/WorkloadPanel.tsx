// The workload every configuration shares: traffic, processing time, payload, run length, seed.
import type { Caller } from '../../engine/advisor/types';
import { traceInput, usePlayground } from '../../stores/playground';
import { NumberBox, SelectBox } from './Controls';
import { parseTraceInWorker } from './parse-trace-in-worker';
import { TraceUpload } from './TraceUpload';
import {
	type Distribution,
	type FormShape,
	distributionNames,
	serviceFields,
	shapeNames,
	trafficFields,
} from './fields';

const callerNames = {
	waits: 'Waits for the answer in the same call',
	notified: 'Is notified when the result is ready',
	offline: 'Nobody waits: a stored dataset',
} as const satisfies Record<Caller, string>;

const entries = <T extends string>(names: Record<T, string>) =>
	(Object.keys(names) as T[]).map((value) => ({ value, label: names[value] }));

/** The shared workload form. */
export function WorkloadPanel() {
	const w = usePlayground((s) => s.form.workload);
	const errors = usePlayground((s) => s.errors);
	const setWorkload = usePlayground((s) => s.setWorkload);
	const setValue = usePlayground((s) => s.setWorkloadValue);
	const trace = usePlayground((s) => s.trace);
	const traceLoading = usePlayground((s) => s.traceLoading);
	const { loadTrace, clearTrace } = usePlayground.getState();
	const box = (key: 'seed' | 'hours' | 'payloadMB', label: string, unit: string, hint?: string) => (
		<NumberBox
			id={`workload-${key}`}
			label={label}
			unit={unit}
			hint={hint}
			value={w[key]}
			error={errors[`workload-${key}`]}
			onChange={(v) => setWorkload({ [key]: v })}
		/>
	);
	return (
		<fieldset className="pg-panel">
			<legend>Workload (shared by every configuration)</legend>
			<div className="pg-grid">
				<TraceUpload
					trace={trace}
					loading={traceLoading}
					error={errors[traceInput]}
					onLoad={(name, file) => void loadTrace(name, file, parseTraceInWorker)}
					onClear={clearTrace}
				/>
				<SelectBox
					id="workload-shape"
					label="Traffic shape"
					value={w.shape}
					options={entries(shapeNames)}
					error={errors['workload-shape']}
					onChange={(shape: FormShape) => setWorkload({ shape })}
				/>
				{trafficFields[w.shape].map((f) => (
					<NumberBox
						key={f.key}
						id={`workload-${f.key}`}
						label={f.label}
						unit={f.unit}
						hint={'hint' in f ? f.hint : undefined}
						value={w.values[f.key] ?? ''}
						error={errors[`workload-${f.key}`]}
						onChange={(v) => setValue(f.key, v)}
					/>
				))}
				<SelectBox
					id="workload-distribution"
					label="Processing time"
					value={w.distribution}
					options={entries(distributionNames)}
					onChange={(distribution: Distribution) => setWorkload({ distribution })}
				/>
				{serviceFields[w.distribution].map((f) => (
					<NumberBox
						key={f.key}
						id={`workload-${f.key}`}
						label={f.label}
						unit={f.unit}
						value={w.values[f.key] ?? ''}
						error={errors[`workload-${f.key}`]}
						onChange={(v) => setValue(f.key, v)}
					/>
				))}
				{box('payloadMB', 'Request size', 'MB', 'For batch transform, the size of one record.')}
				<SelectBox
					id="workload-caller"
					label="The caller"
					value={w.caller}
					options={entries(callerNames)}
					onChange={(caller: Caller) => setWorkload({ caller })}
				/>
				{box('hours', 'Simulated time', 'hours')}
				{box('seed', 'Random seed', '', 'The same seed replays the same requests.')}
			</div>
		</fieldset>
	);
}
