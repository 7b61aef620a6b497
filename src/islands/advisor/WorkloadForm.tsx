// The workload form: size, time, how the caller gets the answer, traffic and optional needs.
import type { SubmitEvent } from 'react';
import type { Caller, Traffic } from './engine';
import { Checkbox, NumberField, RadioGroup } from './Fields';
import type { PayloadUnit, TimeUnit, WorkloadField, WorkloadForm as Form } from './workload-form';

/** What each way of getting the answer means, in the reader's terms. */
const callerOptions: readonly { value: Caller; label: string; hint: string }[] = [
	{
		value: 'waits',
		label: 'The caller waits for it',
		hint: 'A web page or API call holds the connection until the prediction comes back.',
	},
	{
		value: 'notified',
		label: 'The caller is notified later',
		hint: 'The request is accepted now; the result is picked up or announced when it is ready.',
	},
	{
		value: 'offline',
		label: 'Offline dataset',
		hint: 'A stored dataset is scored in bulk; nobody waits on a single answer.',
	},
];

const trafficOptions: readonly { value: Traffic; label: string; hint: string }[] = [
	{ value: 'steady', label: 'Steady', hint: 'Requests arrive all day at a fairly even rate.' },
	{ value: 'spiky', label: 'Spiky', hint: 'A base load with sudden bursts.' },
	{
		value: 'intermittent',
		label: 'Intermittent',
		hint: 'Requests now and then, with idle gaps of minutes or hours.',
	},
	{
		value: 'none',
		label: 'None',
		hint: 'No live requests: data is scored on a schedule (offline only).',
	},
];

interface Props {
	form: Form;
	errors: Partial<Record<WorkloadField, string>>;
	onChange: (patch: Partial<Form>) => void;
	onSubmit: () => void;
}

/** The workload form; every control is labelled and errors sit beside their field. */
export function WorkloadForm({ form, errors, onChange, onSubmit }: Props) {
	// An offline dataset has no live traffic, so choosing it also picks the only traffic that fits.
	const changeCaller = (caller: Caller) =>
		onChange(caller === 'offline' ? { caller, traffic: 'none' } : { caller });
	const submit = (event: SubmitEvent) => {
		event.preventDefault();
		onSubmit();
	};
	return (
		<form className="advisor-form" onSubmit={submit} noValidate aria-labelledby="workload-title">
			<h2 id="workload-title">Describe the workload</h2>
			<NumberField
				id="payload"
				label="Largest request"
				hint="The biggest single input the model receives."
				value={form.payload}
				onChange={(payload) => onChange({ payload })}
				error={errors.payload}
				unit={
					<select
						aria-label="Payload unit"
						value={form.payloadUnit}
						onChange={(e) => onChange({ payloadUnit: e.target.value as PayloadUnit })}
					>
						<option value="KB">KB</option>
						<option value="MB">MB</option>
						<option value="GB">GB</option>
					</select>
				}
			/>
			<NumberField
				id="time"
				label="Worst-case processing time"
				hint="How long the model takes on its slowest request."
				value={form.time}
				onChange={(time) => onChange({ time })}
				error={errors.time}
				unit={
					<select
						aria-label="Processing time unit"
						value={form.timeUnit}
						onChange={(e) => onChange({ timeUnit: e.target.value as TimeUnit })}
					>
						<option value="s">seconds</option>
						<option value="min">minutes</option>
					</select>
				}
			/>
			<RadioGroup
				id="caller"
				legend="How does the caller get the answer?"
				value={form.caller}
				options={callerOptions}
				onChange={changeCaller}
				error={errors.caller}
			/>
			<RadioGroup
				id="traffic"
				legend="Traffic"
				value={form.traffic}
				options={trafficOptions}
				onChange={(traffic) => onChange({ traffic })}
				error={errors.traffic}
			/>
			<NumberField
				id="latencyMs"
				label="Latency target"
				optional
				value={form.latencyMs}
				onChange={(latencyMs) => onChange({ latencyMs })}
				error={errors.latencyMs}
				unit={<span className="unit">ms</span>}
			/>
			<NumberField
				id="memoryGB"
				label="Memory the model needs"
				optional
				value={form.memoryGB}
				onChange={(memoryGB) => onChange({ memoryGB })}
				error={errors.memoryGB}
				unit={<span className="unit">GB</span>}
			/>
			<fieldset className="field checks">
				<legend>Requirements</legend>
				<Checkbox
					id="gpu"
					label="Needs a GPU"
					checked={form.gpu}
					onChange={(gpu) => onChange({ gpu })}
				/>
				<Checkbox
					id="vpc"
					label="Must run inside a VPC"
					checked={form.vpc}
					onChange={(vpc) => onChange({ vpc })}
				/>
				<Checkbox
					id="dataCapture"
					label="Capture inputs and outputs (data capture)"
					checked={form.dataCapture}
					onChange={(dataCapture) => onChange({ dataCapture })}
				/>
			</fieldset>
			<button type="submit" className="button">
				Show recommendation
			</button>
		</form>
	);
}
