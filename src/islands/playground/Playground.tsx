// The playground island: presets, the shared workload, two or more configurations, a run in a
// Web Worker with progress and cancel, then the numbers, charts, advice and SDK code.
import { useEffect } from 'react';
import { instanceTypes } from '../../engine/simulator/prices';
import { usePlayground } from '../../stores/playground';
import { AdvisorNote } from './AdvisorNote';
import { ConfigPanel, configLetter } from './ConfigPanel';
import { MAX_CONFIGS, fromQuery, presets, toQuery, toScenario } from './form';
import { ResultsTable } from './ResultsTable';
import { runInWorker } from './run-in-worker';
import { SdkCode } from './SdkCode';
import { SeriesChart } from './SeriesChart';
import { WorkloadPanel } from './WorkloadPanel';
import type { SimulationResult, TimeSeries } from '../../engine/simulator/types';
import { limits } from '../../engine/shipped-limits';

const pickCapacity = (s: TimeSeries) => s.capacity;
const pickLatency = (s: TimeSeries) => s.meanLatency;
const knownTypes = new Set(instanceTypes(limits));

function rangeSummary(
	results: SimulationResult[],
	what: string,
	pick: (r: SimulationResult) => string,
) {
	return results.map((r, i) => `${configLetter(i)}: ${pick(r)}`).join('; ') + ` (${what}).`;
}

export default function Playground() {
	const form = usePlayground((s) => s.form);
	const status = usePlayground((s) => s.status);
	const progress = usePlayground((s) => s.progress);
	const results = usePlayground((s) => s.results);
	const resultsFor = usePlayground((s) => s.resultsFor);
	const message = usePlayground((s) => s.message);
	const { setForm, addConfig, run, cancel } = usePlayground.getState();

	// The URL holds the whole setup: read it once, then keep it in step with the form.
	useEffect(() => {
		const fromUrl = fromQuery(window.location.search);
		if (fromUrl) {
			fromUrl.configs = fromUrl.configs.map((c) =>
				knownTypes.has(c.instanceType) ? c : { ...c, instanceType: 'ml.m5.large' },
			);
			setForm(fromUrl);
		}
	}, [setForm]);
	useEffect(() => {
		const query = toQuery(form).toString();
		window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
	}, [form]);

	const running = status === 'running';
	const shown = results && resultsFor ? results : null;
	return (
		<div className="playground">
			<section className="pg-presets" aria-labelledby="pg-presets">
				<h2 id="pg-presets">Start from a worked example</h2>
				<ul>
					{presets.map((p) => (
						<li key={p.id}>
							<button
								type="button"
								className="button secondary"
								onClick={() => setForm(structuredClone(p.form))}
							>
								{p.label}
							</button>
						</li>
					))}
				</ul>
			</section>
			<form
				noValidate
				onSubmit={(e) => {
					e.preventDefault();
					void run(runInWorker);
				}}
			>
				<WorkloadPanel />
				<div className="pg-configs">
					{form.configs.map((_, i) => (
						<ConfigPanel key={i} index={i} />
					))}
				</div>
				<div className="pg-actions">
					{form.configs.length < MAX_CONFIGS && (
						<button type="button" className="button secondary" onClick={addConfig}>
							Add a configuration
						</button>
					)}
					<button type="submit" className="button" disabled={running}>
						Run the simulation
					</button>
					{running && (
						<button type="button" className="button secondary" onClick={cancel}>
							Cancel
						</button>
					)}
				</div>
				{running && (
					<div className="pg-progress">
						<label htmlFor="pg-progress">Simulating</label>
						<progress id="pg-progress" max={1} value={progress}>
							{Math.round(progress * 100)}%
						</progress>
					</div>
				)}
				<p role="status" className="pg-status">
					{message}
				</p>
			</form>
			{shown && resultsFor && (
				<section aria-labelledby="pg-results" className="pg-output">
					<h2 id="pg-results">Results</h2>
					<AdvisorNote scenario={toScenario(resultsFor, 0)} workload={resultsFor.workload} />
					<ResultsTable
						results={shown}
						options={resultsFor.configs.map((c) =>
							c.option === 'serverless' ? '' : c.instanceType,
						)}
					/>
					<SeriesChart
						id="pg-capacity"
						title="Instances or warm environments over time"
						unit="count"
						results={shown}
						pick={pickCapacity}
						summary={rangeSummary(
							shown,
							'minimum to maximum, mean',
							(r) =>
								`${r.instances.min} to ${r.instances.max}, mean ${r.instances.mean.toFixed(1)}`,
						)}
					/>
					<SeriesChart
						id="pg-latency"
						title="Mean latency over time"
						unit="seconds"
						results={shown}
						pick={pickLatency}
						summary={rangeSummary(
							shown,
							'mean and p99 latency',
							(r) =>
								`${r.latencySeconds.mean.toFixed(2)} s and ${r.latencySeconds.p99.toFixed(2)} s`,
						)}
					/>
					<h3>The same configurations as code</h3>
					{resultsFor.configs.map((_, i) => (
						<SdkCode
							key={i}
							title={`Configuration ${configLetter(i)}`}
							scenario={toScenario(resultsFor, i)}
						/>
					))}
				</section>
			)}
		</div>
	);
}
