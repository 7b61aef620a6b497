// The playground island: presets, the shared workload, two or more configurations, a run in a
// Web Worker with progress and cancel, then the numbers, charts, advice and SDK code.
import { Suspense, lazy, useEffect } from 'react';
import { instanceTypes } from '../../engine/simulator/prices';
import { usePlayground } from '../../stores/playground';
import { ConfigPanel } from './ConfigPanel';
import { MAX_CONFIGS, fromQuery, presets, toQuery } from './form';
import { runInWorker } from './run-in-worker';
import { WorkloadPanel } from './WorkloadPanel';
import { limits } from '../../engine/shipped-limits';

const knownTypes = new Set(instanceTypes(limits));

// The results (table, charts with uPlot, advice, SDK code) are a chunk fetched on the first run,
// so the page's first load parses and hydrates only the form.
const Results = lazy(() => import('./Results'));

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
				<Suspense fallback={<p className="pg-status">Loading the results…</p>}>
					<Results results={shown} form={resultsFor} />
				</Suspense>
			)}
		</div>
	);
}
