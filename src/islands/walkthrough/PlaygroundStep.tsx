// A playground step: the preset's configurations simulated on the same seeded traffic when the
// presenter presses Run, in a Web Worker. The summary goes to the audience window with the state
// (cheaper and simpler than a second simulation there; the seed would make it identical anyway).
import { useEffect, useRef, useState } from 'react';
import { optionNames } from '../advisor/engine';
import { presets, toQuery, toScenario } from '../playground/form';
import { fmt } from '../playground/format';
import { RunCancelled, runInWorker, type RunHandle } from '../playground/run-in-worker';
import { summarizeRuns, type RunSummary } from '../../engine/walkthrough/results';
import type { StepView } from './deck';
import { Points } from './SimpleSteps';

interface Props {
	step: Extract<StepView, { kind: 'playground' }>;
	results: RunSummary[] | undefined;
	onResults: (rows: RunSummary[]) => void;
}

const letter = (i: number) => String.fromCharCode(65 + i);

const rows: { label: string; value: (r: RunSummary) => string }[] = [
	{ label: 'Requests', value: (r) => fmt.count(r.requests) },
	{ label: 'Completed', value: (r) => fmt.count(r.completed) },
	{ label: 'Throttled', value: (r) => fmt.count(r.throttled) },
	{ label: 'Other failures', value: (r) => fmt.count(r.failed) },
	{ label: 'Cold starts', value: (r) => fmt.count(r.coldStarts) },
	{ label: 'Latency p50', value: (r) => fmt.seconds(r.p50Seconds) },
	{ label: 'Latency p90', value: (r) => fmt.seconds(r.p90Seconds) },
	{ label: 'Latency p99', value: (r) => fmt.seconds(r.p99Seconds) },
	{ label: 'Cost', value: (r) => fmt.usd(r.costUSD) + (r.costIncomplete ? ' + unpriced' : '') },
];

function ResultsGrid({ results, names }: { results: RunSummary[]; names: string[] }) {
	// A wide table scrolls on phones; axe (scrollable-region-focusable) needs keyboard access.
	return (
		// eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex
		<div className="wt-table-scroll" role="region" aria-label="Simulation results" tabIndex={0}>
			<table className="wt-results">
				<caption>Same traffic and seed on each configuration</caption>
				<thead>
					<tr>
						<th scope="col">Measure</th>
						{results.map((r, i) => (
							<th scope="col" key={i}>
								{names[i] ?? optionNames[r.option]}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{rows.map((row) => (
						<tr key={row.label}>
							<th scope="row">{row.label}</th>
							{results.map((r, i) => (
								<td key={i}>{row.value(r)}</td>
							))}
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}

/** The preset, a Run button, and the results table once run. */
export function PlaygroundStep({ step, results, onResults }: Props) {
	const preset = presets.find((p) => p.id === step.preset);
	const [progress, setProgress] = useState<number | undefined>(undefined);
	const [error, setError] = useState('');
	const handle = useRef<RunHandle | null>(null);
	useEffect(() => () => handle.current?.cancel(), []);
	if (!preset) return <p className="wt-error">Unknown playground preset {step.preset}.</p>;
	const { form } = preset;
	const names = form.configs.map(
		(c, i) =>
			`${letter(i)}: ${optionNames[c.option]}${c.option === 'serverless' ? '' : ` on ${c.instanceType}`}`,
	);
	const run = () => {
		handle.current?.cancel();
		setError('');
		setProgress(0);
		const scenarios = form.configs.map((_, i) => toScenario(form, i));
		const h = runInWorker(scenarios, setProgress);
		handle.current = h;
		h.result.then(
			(done) => {
				const types = form.configs.map((c) => (c.option === 'serverless' ? '' : c.instanceType));
				onResults(summarizeRuns(done, types));
				setProgress(undefined);
			},
			(e: unknown) => {
				if (e instanceof RunCancelled) return;
				setProgress(undefined);
				setError(e instanceof Error ? e.message : 'The simulation failed.');
			},
		);
	};
	return (
		<>
			<p className="wt-kicker">Playground: {step.label}</p>
			<h2 className="wt-title">{step.title}</h2>
			<Points points={step.points} />
			<p className="wt-run-line">
				{form.workload.hours} hours of the same seeded traffic on {names.join(' and ')}.
			</p>
			<div className="wt-run">
				<button
					type="button"
					className="wt-button wt-primary"
					onClick={run}
					disabled={progress !== undefined}
				>
					{results ? 'Run again' : 'Run the simulation'}
				</button>
				<a className="wt-button" href={`/playground/?${toQuery(form).toString()}`}>
					Open in the playground
				</a>
				<span role="status" className="wt-progress">
					{progress !== undefined ? `Simulating… ${Math.round(progress * 100)}%` : ''}
				</span>
			</div>
			{error && (
				<p className="wt-error" role="alert">
					{error}
				</p>
			)}
			{results && <ResultsGrid results={results} names={names} />}
		</>
	);
}
