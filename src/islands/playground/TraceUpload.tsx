// Upload a recorded traffic trace (CSV): arrival timestamps or requests per minute. The file is
// read in a worker with a progress bar; a rejected file keeps its error until it is replaced or
// removed, and Run refuses to run without it.
import { useState } from 'react';
import type { Trace } from '../../engine/simulator/types';
import { ErrorText } from './Controls';

interface Props {
	trace: { name: string; trace: Trace } | null;
	loading: { name: string; progress: number } | null;
	error: string | undefined;
	onLoad: (name: string, file: File) => void;
	onClear: () => void;
}

export function TraceUpload({ trace, loading, error, onLoad, onClear }: Props) {
	const id = 'workload-trace';
	// A new key empties the file input, so the same file can be chosen again after removing it.
	const [inputKey, setInputKey] = useState(0);
	const count = trace
		? trace.trace.kind === 'timestamps'
			? `${trace.trace.seconds.length.toLocaleString('en-US')} arrivals`
			: `${trace.trace.perMinute.length.toLocaleString('en-US')} minutes`
		: '';
	const clear = () => {
		onClear();
		setInputKey((k) => k + 1);
	};
	return (
		<div className="pg-field pg-wide">
			<label htmlFor={id}>Or replay a recorded trace (CSV)</label>
			<p className="pg-hint" id={`${id}-hint`}>
				First line <code>timestamp</code> (then seconds or ISO dates, one arrival a line) or{' '}
				<code>requests_per_minute</code> (one minute a line). It replaces the traffic shape and is
				not saved in the link.
			</p>
			<input
				key={inputKey}
				id={id}
				type="file"
				accept=".csv,text/csv,text/plain"
				aria-invalid={error ? true : undefined}
				aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
				onChange={(e) => {
					const file = e.target.files?.[0];
					if (file) onLoad(file.name, file);
				}}
			/>
			{loading && (
				<div className="pg-progress">
					<label htmlFor={`${id}-progress`}>Reading {loading.name}</label>
					<progress id={`${id}-progress`} max={1} value={loading.progress}>
						{Math.round(loading.progress * 100)}%
					</progress>
				</div>
			)}
			{trace && (
				<p className="pg-note">
					Replaying {trace.name}: {count}.{' '}
					<button type="button" className="button secondary" onClick={clear}>
						Use the traffic shape instead
					</button>
				</p>
			)}
			<ErrorText id={id} error={error} />
			{error && (
				<p className="pg-note">
					<button type="button" className="button secondary" onClick={clear}>
						Remove the rejected trace
					</button>
				</p>
			)}
		</div>
	);
}
