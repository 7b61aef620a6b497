// The numbers of every configuration side by side, one row per measure.
import { optionNames } from '../../engine/advisor/recommend';
import type { SimulationResult } from '../../engine/simulator/types';
import { configLetter } from './ConfigPanel';
import { fmt } from './format';

interface Row {
	label: string;
	value: (r: SimulationResult) => string;
}

const share = (r: SimulationResult, n: number) =>
	r.requests.total > 0 ? ` (${fmt.percent(n / r.requests.total)})` : '';

const rows: Row[] = [
	{ label: 'Requests', value: (r) => fmt.count(r.requests.total) },
	{
		label: 'Completed',
		value: (r) => fmt.count(r.requests.completed) + share(r, r.requests.completed),
	},
	{ label: 'Rejected: payload too large', value: (r) => fmt.count(r.requests.rejectedPayload) },
	{ label: 'Throttled', value: (r) => fmt.count(r.requests.throttled) },
	{ label: 'Timed out', value: (r) => fmt.count(r.requests.timedOut) },
	{ label: 'Expired in the queue', value: (r) => fmt.count(r.requests.expired) },
	{ label: 'Failed: no instance in service', value: (r) => fmt.count(r.requests.noCapacity) },
	{ label: 'Still queued at the end', value: (r) => fmt.count(r.requests.unfinished) },
	{ label: 'Latency, mean', value: (r) => fmt.seconds(r.latencySeconds.mean) },
	{ label: 'Latency, p50', value: (r) => fmt.seconds(r.latencySeconds.p50) },
	{ label: 'Latency, p90', value: (r) => fmt.seconds(r.latencySeconds.p90) },
	{ label: 'Latency, p99', value: (r) => fmt.seconds(r.latencySeconds.p99) },
	{ label: 'Latency, max', value: (r) => fmt.seconds(r.latencySeconds.max) },
	{ label: 'Queue wait, mean', value: (r) => fmt.seconds(r.waitSeconds.mean) },
	{ label: 'Cold starts', value: (r) => fmt.count(r.coldStarts) },
	{ label: 'Utilisation', value: (r) => fmt.percent(r.utilisation) },
	{
		label: 'Instances (min / mean / max)',
		value: (r) => `${r.instances.min} / ${fmt.decimal(r.instances.mean)} / ${r.instances.max}`,
	},
	{ label: 'Simulated time', value: (r) => fmt.duration(r.durationSeconds) },
	{
		label: 'Cost',
		value: (r) => fmt.usd(r.costUSD.total) + (r.costUSD.unpriced.length ? ' + unpriced parts' : ''),
	},
	{ label: 'Cost per 1,000 completed', value: (r) => fmt.usd(r.costUSD.perThousand) },
	{
		label: 'Spent on idle capacity',
		value: (r) => `${fmt.usd(r.costUSD.idle)} (${fmt.percent(r.costUSD.idleShare)})`,
	},
];

/** The comparison table; its caption says what was compared. */
export function ResultsTable({
	results,
	options,
}: {
	results: SimulationResult[];
	options: string[];
}) {
	return (
		<div className="pg-table-scroll" role="region" aria-label="Results table">
			<table className="pg-results">
				<caption>Results of each configuration on the same traffic and seed</caption>
				<thead>
					<tr>
						<th scope="col">Measure</th>
						{results.map((r, i) => (
							<th scope="col" key={i}>
								{configLetter(i)}: {optionNames[r.option]}
								{options[i] ? ` on ${options[i]}` : ''}
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
			{results.map((r, i) =>
				r.costUSD.unpriced.length ? (
					<p className="pg-note" key={i}>
						{configLetter(i)}: left out of the cost because no price is known:{' '}
						{r.costUSD.unpriced.join(', ')}. Type a price in the configuration to include it.
					</p>
				) : null,
			)}
		</div>
	);
}
