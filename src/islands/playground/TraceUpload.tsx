// Upload a recorded traffic trace (CSV): arrival timestamps or requests per minute.
import type { Trace } from '../../engine/simulator/types';
import { ErrorText } from './Controls';

interface Props {
	trace: { name: string; trace: Trace } | null;
	error: string | undefined;
	onLoad: (name: string, text: string) => void;
	onClear: () => void;
}

export function TraceUpload({ trace, error, onLoad, onClear }: Props) {
	const id = 'workload-trace';
	const count = trace
		? trace.trace.kind === 'timestamps'
			? `${trace.trace.seconds.length} arrivals`
			: `${trace.trace.perMinute.length} minutes`
		: '';
	return (
		<div className="pg-field pg-wide">
			<label htmlFor={id}>Or replay a recorded trace (CSV)</label>
			<p className="pg-hint" id={`${id}-hint`}>
				First line <code>timestamp</code> (then seconds or ISO dates, one arrival a line) or{' '}
				<code>requests_per_minute</code> (one minute a line). It replaces the traffic shape and is
				not saved in the link.
			</p>
			<input
				id={id}
				type="file"
				accept=".csv,text/csv,text/plain"
				aria-invalid={error ? true : undefined}
				aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
				onChange={(e) => {
					const file = e.target.files?.[0];
					if (file) void file.text().then((text) => onLoad(file.name, text));
				}}
			/>
			{trace && (
				<p className="pg-note">
					Replaying {trace.name}: {count}.{' '}
					<button type="button" className="button secondary" onClick={onClear}>
						Use the traffic shape instead
					</button>
				</p>
			)}
			<ErrorText id={id} error={error} />
		</div>
	);
}
