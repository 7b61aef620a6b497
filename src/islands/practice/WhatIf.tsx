// "What if": change the scenario's payload, processing time, caller or traffic and watch the
// advisor's answer change at the limit. Every value comes from recommend(); nothing is typed here.
import { optionNames, recommend } from '../../engine/advisor/recommend';
import type { Caller, Traffic, Workload } from '../../engine/advisor/types';
import { feedbackFact } from '../../engine/quiz';
import { limits } from '../../engine/shipped-limits';
import { factHref } from '../../components/site/fact-anchor';

interface WhatIfProps {
	original: Workload;
	workload: Workload;
	onChange: (patch: Partial<Workload>) => void;
}

// Sliders move on a log scale so both a 50 KB request and a 1 GB one are one drag away.
const toSlider = (v: number) => Math.round(Math.log10(v) * 100);
const fromSlider = (s: number) => Number((10 ** (s / 100)).toPrecision(3));
const callerText = {
	waits: 'waits for the answer',
	notified: 'is told later',
	offline: 'stored dataset, scored in bulk',
} as const satisfies Record<Caller, string>;
const trafficText = {
	steady: 'steady',
	spiky: 'spiky',
	intermittent: 'intermittent',
	none: 'none (offline)',
} as const satisfies Record<Traffic, string>;

function verdict(w: Workload): {
	best?: string;
	error?: string;
	eliminated: { factId: string; reason: string; option: string }[];
} {
	try {
		const rec = recommend(w);
		return { best: rec.best, eliminated: rec.eliminated };
	} catch (error) {
		const e = error as Error & {
			eliminated?: { factId: string; reason: string; option: string }[];
		};
		return { error: e.message, eliminated: e.eliminated ?? [] };
	}
}

function Slider({
	id,
	label,
	value,
	min,
	max,
	unit,
	onChange,
}: {
	id: string;
	label: string;
	value: number;
	min: number;
	max: number;
	unit: string;
	onChange: (v: number) => void;
}) {
	return (
		<div className="what-if-field">
			<label htmlFor={id}>
				{label}:{' '}
				<output htmlFor={id}>
					{value.toLocaleString('en-US')} {unit}
				</output>
			</label>
			<input
				id={id}
				type="range"
				min={min}
				max={max}
				step={1}
				value={toSlider(value)}
				onChange={(e) => onChange(fromSlider(Number(e.target.value)))}
			/>
			<label className="visually-hidden" htmlFor={`${id}-exact`}>
				{label} in {unit}, exact
			</label>
			<input
				id={`${id}-exact`}
				type="number"
				min={0}
				step="any"
				value={value}
				onChange={(e) => {
					const v = Number(e.target.value);
					if (Number.isFinite(v) && v > 0) onChange(v);
				}}
			/>
		</div>
	);
}

/** The what-if panel of an inference scenario. */
export function WhatIf({ original, workload, onChange }: WhatIfProps) {
	const before = verdict(original).best;
	const now = verdict(workload);
	const setCaller = (caller: Caller) =>
		onChange({
			caller,
			traffic:
				caller === 'offline' ? 'none' : workload.traffic === 'none' ? 'steady' : workload.traffic,
		});
	return (
		<section className="what-if" aria-labelledby="what-if-title">
			<h3 id="what-if-title">What if the workload changed?</h3>
			<div className="what-if-grid">
				<Slider
					id="wi-payload"
					label="Payload"
					unit="MB"
					value={workload.payloadMB}
					min={-200}
					max={330}
					onChange={(payloadMB) => onChange({ payloadMB })}
				/>
				<Slider
					id="wi-processing"
					label="Processing time"
					unit="s"
					value={workload.processingSeconds}
					min={-200}
					max={370}
					onChange={(processingSeconds) => onChange({ processingSeconds })}
				/>
				<div className="what-if-field">
					<label htmlFor="wi-caller">The caller</label>
					<select
						id="wi-caller"
						value={workload.caller}
						onChange={(e) => setCaller(e.target.value as Caller)}
					>
						{Object.entries(callerText).map(([k, t]) => (
							<option key={k} value={k}>
								{t}
							</option>
						))}
					</select>
				</div>
				<div className="what-if-field">
					<label htmlFor="wi-traffic">Traffic</label>
					<select
						id="wi-traffic"
						value={workload.traffic}
						disabled={workload.caller === 'offline'}
						onChange={(e) => onChange({ traffic: e.target.value as Traffic })}
					>
						{Object.entries(trafficText)
							.filter(([k]) => (workload.caller === 'offline') === (k === 'none'))
							.map(([k, t]) => (
								<option key={k} value={k}>
									{t}
								</option>
							))}
					</select>
				</div>
			</div>
			<div className="what-if-result" aria-live="polite">
				{now.best ? (
					<p>
						Best now: <strong>{optionNames[now.best as keyof typeof optionNames]}</strong>
						{now.best !== before && <span className="flip"> (the answer changed)</span>}
					</p>
				) : (
					<p>No option fits: {now.error}</p>
				)}
				<ul>
					{now.eliminated.map((e, i) => (
						<li key={i}>
							{e.reason} <a href={factHref(e.factId)}>{feedbackFact(limits, e.factId).label}</a>
						</li>
					))}
				</ul>
			</div>
		</section>
	);
}
