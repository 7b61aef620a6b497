// Numbers as the results table shows them.
const seconds = (s: number) =>
	s >= 100 ? `${Math.round(s)} s` : s >= 1 ? `${s.toFixed(2)} s` : `${Math.round(s * 1000)} ms`;

export const fmt = {
	seconds: (s: number) => (Number.isFinite(s) ? seconds(s) : '–'),
	count: (n: number) => Math.round(n).toLocaleString('en-US'),
	usd: (n: number) =>
		n === 0
			? '$0'
			: n >= 100
				? `$${n.toFixed(0)}`
				: n >= 1
					? `$${n.toFixed(2)}`
					: `$${n.toPrecision(2)}`,
	percent: (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`,
	duration: (s: number) =>
		s >= 3600 ? `${(s / 3600).toFixed(2)} h` : `${(s / 60).toFixed(1)} min`,
	decimal: (n: number) => n.toFixed(1),
};
