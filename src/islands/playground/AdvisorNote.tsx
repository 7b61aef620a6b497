// What the advisor recommends for the same workload, beside the simulated numbers.
import { NoFeasibleOptionError, optionNames, recommend } from '../../engine/advisor/recommend';
import type { Traffic as AdvisorTraffic } from '../../engine/advisor/types';
import { meanServiceSeconds } from '../../engine/simulator/service';
import type { Scenario } from '../../engine/simulator/types';
import type { WorkloadForm } from './form';

const trafficFor = {
	steady: 'steady',
	diurnal: 'steady',
	spiky: 'spiky',
	intermittent: 'intermittent',
	trace: 'steady',
} as const satisfies Record<Scenario['traffic']['shape'], AdvisorTraffic>;

/** The recommendation for the scenario's workload, or why none fits. */
export function AdvisorNote({
	scenario,
	workload,
}: {
	scenario: Scenario;
	workload: WorkloadForm;
}) {
	const s = scenario.service;
	// The advisor reasons on the worst case; for an exponential, the 99th percentile is mean x ln 100.
	const worst =
		s.distribution === 'lognormal'
			? s.p99Seconds
			: s.distribution === 'fixed'
				? s.seconds
				: meanServiceSeconds(s) * Math.log(100);
	let text: string;
	try {
		const r = recommend({
			payloadMB: scenario.payloadMB,
			processingSeconds: worst,
			caller: workload.caller,
			traffic: trafficFor[scenario.traffic.shape],
		});
		text = `For this workload the advisor recommends ${optionNames[r.best]}. ${r.reasons[0] ?? ''}`;
	} catch (error) {
		if (!(error instanceof NoFeasibleOptionError)) return null;
		text =
			'No inference option fits this workload: ' + error.eliminated.map((e) => e.reason).join(' ');
	}
	return (
		<aside className="pg-advice" aria-label="Advisor">
			<p>{text}</p>
			<p className="pg-hint">
				See the reasoning in the <a href="/advisor/">advisor</a>.
			</p>
		</aside>
	);
}
