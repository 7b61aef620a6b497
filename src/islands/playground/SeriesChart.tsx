// A uPlot line chart of one measure for every configuration, with a text summary and a data
// table for screen readers (the canvas itself is hidden from them).
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { SimulationResult, TimeSeries } from '../../engine/simulator/types';
import { configLetter } from './ConfigPanel';

/** Line colours that keep 3:1 contrast on both the light and the dark background. */
const COLOURS = ['#3b82f6', '#e67e22', '#22a06b'];

interface Props {
	id: string;
	title: string;
	unit: string;
	results: SimulationResult[];
	pick: (s: TimeSeries) => Float64Array;
	/** One sentence per configuration, e.g. "A: 1 to 6 instances, mean 3.2". */
	summary: string;
}

export function SeriesChart({ id, title, unit, results, pick, summary }: Props) {
	const box = useRef<HTMLDivElement>(null);
	useEffect(() => {
		const el = box.current;
		const first = results[0];
		if (!el || !first) return;
		const text = getComputedStyle(el).color;
		const axis = {
			stroke: text,
			grid: { stroke: 'rgba(128,128,128,0.25)' },
			ticks: { stroke: 'rgba(128,128,128,0.4)' },
		};
		const hours = Array.from(first.series.t, (t) => t / 3600);
		const data: uPlot.AlignedData = [
			hours,
			...results.map((r) => Array.from(pick(r.series), (v) => (Number.isNaN(v) ? null : v))),
		];
		const plot = new uPlot(
			{
				width: Math.max(280, el.clientWidth),
				height: 220,
				series: [
					{ label: 'hours' },
					...results.map((_, i) => ({
						label: configLetter(i),
						stroke: COLOURS[i % COLOURS.length] as string,
						width: 2,
						spanGaps: false,
					})),
				],
				axes: [
					{ ...axis, label: 'hours' },
					{ ...axis, label: unit },
				],
				scales: { x: { time: false } },
				legend: { show: true },
			},
			data,
			el,
		);
		const resize = new ResizeObserver(() =>
			plot.setSize({ width: Math.max(280, el.clientWidth), height: 220 }),
		);
		resize.observe(el);
		return () => {
			resize.disconnect();
			plot.destroy();
		};
	}, [results, pick, unit]);
	const first = results[0];
	return (
		<figure className="pg-chart" aria-labelledby={`${id}-title`}>
			<figcaption id={`${id}-title`}>
				<strong>{title}</strong> <span className="pg-summary">{summary}</span>
			</figcaption>
			<div ref={box} className="pg-canvas" aria-hidden="true" />
			{first && (
				<details>
					<summary>Data table: {title.toLowerCase()}</summary>
					<div className="pg-table-scroll" role="region" aria-label={`${title} data`}>
						<table>
							<thead>
								<tr>
									<th scope="col">Hour</th>
									{results.map((_, i) => (
										<th scope="col" key={i}>
											{configLetter(i)} ({unit})
										</th>
									))}
								</tr>
							</thead>
							<tbody>
								{Array.from(first.series.t, (t, row) => (
									<tr key={row}>
										<th scope="row">{(t / 3600).toFixed(2)}</th>
										{results.map((r, i) => {
											const v = pick(r.series)[row] ?? Number.NaN;
											return <td key={i}>{Number.isNaN(v) ? '–' : v.toFixed(2)}</td>;
										})}
									</tr>
								))}
							</tbody>
						</table>
					</div>
				</details>
			)}
		</figure>
	);
}
