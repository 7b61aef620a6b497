// Benchmark of the simulator: one day of diurnal traffic averaging 50 requests/s on a real-time
// endpoint with target-tracking autoscaling. Prints one JSON object; run with `npm run bench`.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { simulate } from '../src/engine/simulator/simulate';
import type { Scenario } from '../src/engine/simulator/types';

const scenario: Scenario = {
	option: 'real-time',
	seed: 1,
	durationSeconds: 86_400,
	payloadMB: 0.1,
	traffic: { shape: 'diurnal', meanRps: 50, amplitude: 0.6 },
	service: { distribution: 'lognormal', medianSeconds: 0.08, p99Seconds: 0.6 },
	realTime: {
		instanceType: 'ml.m5.large',
		instances: 4,
		workersPerInstance: 2,
		instanceStartupMinutes: 5,
		autoscaling: { minInstances: 2, maxInstances: 20, target: 600 },
	},
};

// One untimed run lets V8 optimise the hot loop, as it will have in a worker after the first run.
simulate({ ...scenario, durationSeconds: 3600 });
const runs = Number(process.argv[2] ?? 3);
const walls: number[] = [];
const cpus: number[] = [];
let result = simulate(scenario);
for (let i = 0; i < runs; i++) {
	const start = performance.now();
	const cpu = process.cpuUsage();
	result = simulate(scenario);
	const used = process.cpuUsage(cpu);
	cpus.push((used.user + used.system) / 1e6);
	walls.push((performance.now() - start) / 1000);
}
const wallSeconds = walls.reduce((a, b) => a + b, 0) / walls.length;
const requests = result.requests.total;
console.log(
	JSON.stringify(
		{
			scenario: 'real-time, 1 day, diurnal mean 50 req/s, autoscaling 2-20 instances',
			requests,
			events: result.events,
			wallSeconds: Number(wallSeconds.toFixed(3)),
			wallSecondsEachRun: walls.map((w) => Number(w.toFixed(3))),
			// CPU time is what the run costs when other processes share the two cores.
			cpuSecondsEachRun: cpus.map((c) => Number(c.toFixed(3))),
			fastestWallSeconds: Number(Math.min(...walls).toFixed(3)),
			loadAverage1m: Number(os.loadavg()[0]?.toFixed(2)),
			requestsPerSecond: Math.round(requests / wallSeconds),
			eventsPerSecond: Math.round(result.events / wallSeconds),
			instances: result.instances,
			p99Seconds: Number(result.latencySeconds.p99.toFixed(3)),
			costUSD: Number(result.costUSD.total.toFixed(2)),
			node: process.version,
		},
		null,
		2,
	),
);
