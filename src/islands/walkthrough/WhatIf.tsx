// The workload on a scenario step. In the presenter window the fields the step lists under
// `whatIf` are inputs that recompute the answer as the presenter types; elsewhere they are text,
// marked when the presenter changed them.
import { useId } from 'react';
import type { Workload } from '../advisor/engine';
import {
	whatIfLabels,
	whatIfValue,
	type WhatIfDraft,
	type WhatIfKey,
} from '../../engine/walkthrough/what-if';
import { callerText, formatMB, formatSeconds, trafficText } from './workload-text';

interface Props {
	base: Workload;
	/** The workload with the presenter's inputs applied, when they are valid. */
	effective: Workload | undefined;
	draft: WhatIfDraft | undefined;
	whatIf: readonly WhatIfKey[];
	editable: boolean;
	error: { field: WhatIfKey | undefined; message: string } | undefined;
	onChange: (field: WhatIfKey, value: string) => void;
	onReset: () => void;
}

const shown = {
	payloadMB: (w: Workload) => formatMB(w.payloadMB),
	processingSeconds: (w: Workload) => formatSeconds(w.processingSeconds),
	caller: (w: Workload) => callerText[w.caller],
	traffic: (w: Workload) => trafficText[w.traffic],
} satisfies Record<WhatIfKey, (w: Workload) => string>;

const order: readonly WhatIfKey[] = ['payloadMB', 'processingSeconds', 'caller', 'traffic'];

function Input({
	field,
	value,
	invalid,
	errorId,
	onChange,
}: {
	field: WhatIfKey;
	value: string;
	invalid: boolean;
	errorId: string;
	onChange: (value: string) => void;
}) {
	const id = `wt-whatif-${field}`;
	const common = {
		id,
		value,
		'aria-invalid': invalid || undefined,
		'aria-describedby': invalid ? errorId : undefined,
	};
	if (field === 'caller' || field === 'traffic') {
		const choices: Record<string, string> = field === 'caller' ? callerText : trafficText;
		return (
			<select {...common} onChange={(e) => onChange(e.target.value)}>
				{Object.entries(choices).map(([v, text]) => (
					<option key={v} value={v}>
						{text}
					</option>
				))}
			</select>
		);
	}
	return (
		<input
			{...common}
			type="text"
			inputMode="decimal"
			autoComplete="off"
			spellCheck={false}
			onChange={(e) => onChange(e.target.value)}
		/>
	);
}

/** The workload's facts, with live inputs for the what-if fields in the presenter window. */
export function WorkloadFacts({
	base,
	effective,
	draft,
	whatIf,
	editable,
	error,
	onChange,
	onReset,
}: Props) {
	const errorId = useId();
	const w = effective ?? base;
	const extras = [
		w.latencyTargetMs !== undefined && `Latency target ${formatSeconds(w.latencyTargetMs / 1000)}`,
		w.memoryGB !== undefined && `Memory ${w.memoryGB} GB`,
		w.gpu && 'Needs a GPU',
		w.vpc && 'Must run in a VPC',
		w.dataCapture && 'Captures inputs and outputs',
	].filter((x): x is string => typeof x === 'string');
	return (
		<div className="wt-workload">
			<dl>
				{order.map((field) => {
					const live = editable && whatIf.includes(field);
					const changed = draft?.[field] !== undefined;
					return (
						<div key={field} className={changed ? 'wt-fact wt-changed' : 'wt-fact'}>
							<dt>
								{live ? (
									<label htmlFor={`wt-whatif-${field}`}>{whatIfLabels[field]}</label>
								) : (
									whatIfLabels[field].replace(/ \(.*\)$/, '')
								)}
							</dt>
							<dd>
								{live ? (
									<Input
										field={field}
										value={whatIfValue(base, draft, field)}
										invalid={error?.field === field}
										errorId={errorId}
										onChange={(value) => onChange(field, value)}
									/>
								) : (
									<>
										{shown[field](w)}
										{changed && <span className="wt-badge">changed</span>}
									</>
								)}
							</dd>
						</div>
					);
				})}
			</dl>
			{extras.length > 0 && <p className="wt-extras">{extras.join(' · ')}</p>}
			{error && (
				<p className="wt-error" id={errorId} role="alert">
					{error.field ? `${whatIfLabels[error.field]}: ` : ''}
					{error.message}
				</p>
			)}
			{editable && draft && (
				<button type="button" className="wt-button wt-small" onClick={onReset}>
					Back to the story’s numbers
				</button>
			)}
		</div>
	);
}
