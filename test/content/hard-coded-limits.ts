// Finds SageMaker limits typed into prose ("6 MB", "1 hour", "15 containers") instead of being
// rendered from the limits model. A quantity is flagged only when it equals a fact's value, so
// scenario numbers such as "50 MB images" or "45 seconds" stay allowed.
import type { Fact, LimitsModel } from '../../src/schemas/limits';

type Dimension = 'size' | 'time' | 'count';

const unitScale: Record<string, { dimension: Dimension; factor: number }> = {
	kb: { dimension: 'size', factor: 1 / 1024 },
	mb: { dimension: 'size', factor: 1 },
	mib: { dimension: 'size', factor: 1 },
	gb: { dimension: 'size', factor: 1024 },
	gib: { dimension: 'size', factor: 1024 },
	s: { dimension: 'time', factor: 1 },
	sec: { dimension: 'time', factor: 1 },
	second: { dimension: 'time', factor: 1 },
	seconds: { dimension: 'time', factor: 1 },
	min: { dimension: 'time', factor: 60 },
	minute: { dimension: 'time', factor: 60 },
	minutes: { dimension: 'time', factor: 60 },
	h: { dimension: 'time', factor: 3600 },
	hour: { dimension: 'time', factor: 3600 },
	hours: { dimension: 'time', factor: 3600 },
	days: { dimension: 'time', factor: 86400 },
};
// Nouns that turn a bare count into a SageMaker limit ("15 containers", "720 points").
const countNouns = [
	'containers',
	'variants',
	'questions',
	'points',
	'concurrent',
	'alarms',
	'subnets',
];
const factDimension: Partial<Record<Fact['unit'], { dimension: Dimension; factor: number }>> = {
	MB: { dimension: 'size', factor: 1 },
	GB: { dimension: 'size', factor: 1024 },
	seconds: { dimension: 'time', factor: 1 },
	minutes: { dimension: 'time', factor: 60 },
	hours: { dimension: 'time', factor: 3600 },
	days: { dimension: 'time', factor: 86400 },
	count: { dimension: 'count', factor: 1 },
	points: { dimension: 'count', factor: 1 },
};
// Times below this are too common in ordinary prose ("2 seconds") to flag without noise.
const minFlaggedSeconds = 30;

/** Canonical quantities (MB, seconds, counts) of every numeric fact, with the facts that hold them. */
export function factQuantities(model: LimitsModel): Map<string, string[]> {
	const found = new Map<string, string[]>();
	for (const fact of Object.values(model.byId)) {
		const scale = factDimension[fact.unit];
		if (!scale || typeof fact.value !== 'number' || fact.id.startsWith('price.')) continue;
		const amount = fact.value * scale.factor;
		if (scale.dimension === 'time' && amount < minFlaggedSeconds) continue;
		const key = `${scale.dimension}:${amount}`;
		found.set(key, [...(found.get(key) ?? []), fact.id]);
	}
	return found;
}

/** Each typed quantity in `prose` that equals a fact value, as "6 MB (realtime.maxPayloadMB)". */
export function findHardCodedLimits(prose: string, model: LimitsModel): string[] {
	const quantities = factQuantities(model);
	const hits: string[] = [];
	const pattern = new RegExp(
		`(?<![\\w.,$])(\\d[\\d,]*(?:\\.\\d+)?)[\\s\\u00a0-]*(${[...Object.keys(unitScale), ...countNouns].join('|')})\\b`,
		'gi',
	);
	for (const match of prose.matchAll(pattern)) {
		const amount = Number((match[1] ?? '').replace(/,/g, ''));
		const unit = (match[2] ?? '').toLowerCase();
		const scale = unitScale[unit] ?? { dimension: 'count' as const, factor: 1 };
		const facts = quantities.get(`${scale.dimension}:${amount * scale.factor}`);
		if (facts) hits.push(`"${match[0]}" (${facts.join(', ')})`);
	}
	return hits;
}
