// The playground's results for one run: what the advisor says, the numbers, the charts and the
// configurations as SDK code. Loaded on demand by Playground.tsx (a separate chunk).
import { AdvisorNote } from './AdvisorNote';
import { configLetter } from './ConfigPanel';
import { toScenario, type PlaygroundForm } from './form';
import { ResultsTable } from './ResultsTable';
import { SdkCode } from './SdkCode';
import { SeriesChart } from './SeriesChart';
import type { SimulationResult, TimeSeries } from '../../engine/simulator/types';

const pickCapacity = (s: TimeSeries) => s.capacity;
const pickLatency = (s: TimeSeries) => s.meanLatency;

function rangeSummary(
	results: SimulationResult[],
	what: string,
	pick: (r: SimulationResult) => string,
) {
	return results.map((r, i) => `${configLetter(i)}: ${pick(r)}`).join('; ') + ` (${what}).`;
}

export default function Results({
	results,
	form,
}: {
	results: SimulationResult[];
	form: PlaygroundForm;
}) {
	return (
		<section aria-labelledby="pg-results" className="pg-output">
			<h2 id="pg-results">Results</h2>
			<AdvisorNote scenario={toScenario(form, 0)} workload={form.workload} />
			<ResultsTable
				results={results}
				options={form.configs.map((c) => (c.option === 'serverless' ? '' : c.instanceType))}
			/>
			<SeriesChart
				id="pg-capacity"
				title="Instances or warm environments over time"
				unit="count"
				results={results}
				pick={pickCapacity}
				summary={rangeSummary(
					results,
					'minimum to maximum, mean',
					(r) => `${r.instances.min} to ${r.instances.max}, mean ${r.instances.mean.toFixed(1)}`,
				)}
			/>
			<SeriesChart
				id="pg-latency"
				title="Mean latency over time"
				unit="seconds"
				results={results}
				pick={pickLatency}
				summary={rangeSummary(
					results,
					'mean and p99 latency',
					(r) => `${r.latencySeconds.mean.toFixed(2)} s and ${r.latencySeconds.p99.toFixed(2)} s`,
				)}
			/>
			<h3>The same configurations as code</h3>
			{form.configs.map((_, i) => (
				<SdkCode
					key={i}
					title={`Configuration ${configLetter(i)}`}
					scenario={toScenario(form, i)}
				/>
			))}
		</section>
	);
}
