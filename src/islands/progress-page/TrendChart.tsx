import type { Attempt } from '../../schemas/progress';

const W = 640;
const H = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };

/**
 * Estimated scaled scores over attempts as an SVG line with the pass line. Drawn with SVG
 * attributes only (no inline styles, so the CSP holds); the table below it carries the same data.
 */
export function TrendChart({
	attempts,
	min,
	max,
	pass,
}: {
	attempts: Attempt[];
	min: number;
	max: number;
	pass: number;
}) {
	if (attempts.length === 0) return null;
	const x = (i: number) =>
		PAD.left +
		(attempts.length === 1 ? 0.5 : i / (attempts.length - 1)) * (W - PAD.left - PAD.right);
	const y = (v: number) => PAD.top + (1 - (v - min) / (max - min)) * (H - PAD.top - PAD.bottom);
	const points = attempts.map((a, i) => `${x(i).toFixed(1)},${y(a.scaled).toFixed(1)}`).join(' ');
	const last = attempts[attempts.length - 1];
	const summary = `Estimated scaled score over ${attempts.length} exam${attempts.length === 1 ? '' : 's'}: latest ${last?.scaled}, best ${Math.max(...attempts.map((a) => a.scaled))}, pass line ${pass}.`;
	return (
		<figure className="trend">
			<svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="trend-svg">
				{[min, pass, max].map((v) => (
					<g key={v}>
						<line
							x1={PAD.left}
							x2={W - PAD.right}
							y1={y(v)}
							y2={y(v)}
							className={v === pass ? 'pass-line' : 'grid-line'}
						/>
						<text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="axis-text">
							{v}
						</text>
					</g>
				))}
				<polyline points={points} className="trend-line" fill="none" />
				{attempts.map((a, i) => (
					<circle
						key={a.id}
						cx={x(i)}
						cy={y(a.scaled)}
						r={4}
						className={a.passed ? 'dot pass' : 'dot'}
					/>
				))}
			</svg>
			<figcaption>{summary} The dashed line is the pass mark.</figcaption>
		</figure>
	);
}
