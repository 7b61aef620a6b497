// The playground store: a rejected trace keeps its error and Run refuses without it; traces are
// read by an injected parser (a worker in the page) with progress; errors speak the field's unit.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseTrace } from '../../src/engine/simulator/trace';
import type { SimulationResult, Trace } from '../../src/engine/simulator/types';
import { defaultForm } from '../../src/islands/playground/form';
import {
	traceInput,
	usePlayground,
	type Runner,
	type TraceParser,
} from '../../src/stores/playground';

/** Parses in the test's own thread, reporting progress the way the worker does. */
const inline: TraceParser = (file, onProgress) => ({
	result: file.text().then((text) => parseTrace(text, onProgress)),
	cancel() {},
});
const csv = (text: string) => new Blob([text], { type: 'text/csv' });

/** A runner that records whether it was called and what traffic it got. */
function recordingRunner() {
	const calls: { shape: string }[] = [];
	const runner: Runner = (scenarios) => {
		calls.push({ shape: scenarios[0]!.traffic.shape });
		return { result: Promise.resolve([] as SimulationResult[]), cancel() {} };
	};
	return { runner, calls };
}

beforeEach(() => {
	usePlayground.setState({
		form: defaultForm(),
		errors: {},
		status: 'idle',
		results: null,
		message: null,
		trace: null,
		traceLoading: null,
	});
});

describe('playground: a rejected trace', () => {
	it('keeps its error when Run is pressed, and nothing runs on the form traffic', async () => {
		await usePlayground.getState().loadTrace('bad.csv', csv('timestamp\n0\n5\n3\n'), inline);
		expect(usePlayground.getState().errors[traceInput]).toMatch(/line 4: 3 is earlier/);
		const { runner, calls } = recordingRunner();
		await usePlayground.getState().run(runner);
		expect(calls).toEqual([]);
		expect(usePlayground.getState().errors[traceInput]).toMatch(/line 4/);
		expect(usePlayground.getState().message).toMatch(/trace was rejected/);
		expect(usePlayground.getState().status).toBe('idle');
	});

	it('loses its error only when replaced or removed', async () => {
		const { runner, calls } = recordingRunner();
		await usePlayground.getState().loadTrace('bad.csv', csv('timestamp\n0\n-1\n'), inline);
		usePlayground.getState().setForm(defaultForm());
		expect(usePlayground.getState().errors[traceInput]).toBeDefined();
		await usePlayground.getState().loadTrace('good.csv', csv('timestamp\n0\n60\n'), inline);
		expect(usePlayground.getState().errors[traceInput]).toBeUndefined();
		await usePlayground.getState().run(runner);
		expect(calls).toEqual([{ shape: 'trace' }]);
		await usePlayground.getState().loadTrace('bad.csv', csv('nonsense'), inline);
		usePlayground.getState().clearTrace();
		expect(usePlayground.getState().errors[traceInput]).toBeUndefined();
		await usePlayground.getState().run(runner);
		expect(calls.at(-1)?.shape).not.toBe('trace');
	});

	it('reports progress while reading, and Run waits for the trace', async () => {
		const seen: number[] = [];
		let finish: (t: Trace) => void = () => {};
		const slow: TraceParser = (_file, onProgress) => {
			onProgress(0.5);
			return { result: new Promise<Trace>((resolve) => (finish = resolve)), cancel() {} };
		};
		const unsubscribe = usePlayground.subscribe((s) => {
			if (s.traceLoading) seen.push(s.traceLoading.progress);
		});
		const loading = usePlayground.getState().loadTrace('big.csv', csv(''), slow);
		expect(seen).toContain(0.5);
		const { runner, calls } = recordingRunner();
		await usePlayground.getState().run(runner);
		expect(calls).toEqual([]);
		expect(usePlayground.getState().message).toMatch(/still being read/);
		finish({ kind: 'timestamps', seconds: [0, 1] });
		await loading;
		unsubscribe();
		expect(usePlayground.getState().trace?.name).toBe('big.csv');
		expect(usePlayground.getState().traceLoading).toBeNull();
	});
});

describe('playground: errors in the unit of the field', () => {
	it('the run length is typed in hours and its error says hours', () => {
		usePlayground.getState().setWorkload({ hours: '-5' });
		expect(usePlayground.getState().validate()).toBeNull();
		expect(usePlayground.getState().errors['workload-hours']).toBe(
			'must be from 0 (exclusive) to 168 hours, got -5 hours',
		);
	});

	it('a field in seconds says seconds', () => {
		usePlayground.getState().setWorkloadValue('seconds', '-1');
		usePlayground.getState().setWorkload({ distribution: 'fixed' });
		usePlayground.getState().validate();
		expect(usePlayground.getState().errors['workload-seconds']).toMatch(/ s, got -1 s$/);
	});
});
