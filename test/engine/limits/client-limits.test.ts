// The browser's copy of the limits (src/engine/limits/client-limits.ts) is derived from
// content/limits at build time; these tests prove it keeps every field client code reads.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientLimitsPlugin } from '../../../scripts/client-limits-plugin';
import { clientLimitsFile } from '../../../src/engine/limits/client-limits';
import { formatFact } from '../../../src/engine/limits/format';
import { createLimitsModel, lookupFact } from '../../../src/engine/limits/model';
import { limits, shippedLimitFiles } from '../../../src/engine/shipped-limits';
import type { LimitsFile, LimitsModel } from '../../../src/schemas/limits';

const root = path.join(import.meta.dirname, '../../..');
const client: LimitsModel = createLimitsModel(
	shippedLimitFiles.map((f) => ({ ...(clientLimitsFile(f) as LimitsFile), slug: f.slug })),
);
const ids = Object.keys(limits.byId);

describe('clientLimitsFile', () => {
	it('keeps what islands read and drops the prose only pages show', () => {
		const fact = lookupFact(client, 'serverless.maxPayloadMB');
		const full = lookupFact(limits, 'serverless.maxPayloadMB');
		expect(fact).toEqual({
			id: full.id,
			label: full.label,
			value: full.value,
			unit: full.unit,
			status: full.status,
			source: { url: full.source.url },
		});
		expect(full.guides).toBeDefined();
		expect(JSON.stringify(client.groups)).not.toMatch(/"(detail|guides|checked|summary)"/);
	});

	it('keeps the date of every price', () => {
		const prices = ids.filter((id) => lookupFact(limits, id).unit.startsWith('USD'));
		expect(prices.length).toBeGreaterThan(0);
		for (const id of prices) expect(lookupFact(client, id).asOf).toBe(lookupFact(limits, id).asOf);
	});

	it('gives every fact the same value, unit, label, status and link as the full model', () => {
		fc.assert(
			fc.property(fc.constantFrom(...ids), (id) => {
				const [a, b] = [lookupFact(client, id), lookupFact(limits, id)];
				expect(formatFact(a)).toBe(formatFact(b));
				expect([a.label, a.status, a.source.url]).toEqual([b.label, b.status, b.source.url]);
			}),
		);
	});

	it('still refuses an unknown fact id', () => {
		expect(() => lookupFact(client, 'realtime.nope')).toThrow(/realtime\.nope/);
	});
});

describe('clientLimitsPlugin', () => {
	const plugin = clientLimitsPlugin();
	const transform = (env: 'client' | 'server', id: string, code: string) =>
		(plugin.transform as (this: unknown, c: string, i: string) => { code: string } | null).call(
			{ environment: { config: { consumer: env } } },
			code,
			id,
		);
	const file = path.join(root, 'content/limits/serverless.json');
	const text = readFileSync(file, 'utf8');

	it('trims every content/limits file for the browser and nothing else', () => {
		for (const name of readdirSync(path.join(root, 'content/limits'))) {
			const full = path.join(root, 'content/limits', name);
			const raw = readFileSync(full, 'utf8');
			const out = transform('client', full, raw);
			expect(JSON.parse(out?.code ?? 'null')).toEqual(clientLimitsFile(JSON.parse(raw)));
		}
		expect(transform('client', path.join(root, 'content/glossary/x.json'), '{}')).toBeNull();
	});

	it('leaves the full file to server-side builds', () => {
		expect(transform('server', file, text)).toBeNull();
	});
});

describe('client code', () => {
	it('reads no fact field that the client copy drops', () => {
		const dropped = /\.(detail|guides|checked|concerns)\b|source\.title/;
		const offenders: string[] = [];
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				const full = path.join(dir, entry.name);
				if (entry.isDirectory()) walk(full);
				else if (/\.tsx?$/.test(entry.name) && entry.name !== 'client-limits.ts') {
					const lines = readFileSync(full, 'utf8').split('\n');
					lines.forEach((line, i) => {
						if (dropped.test(line.replace(/e\.target\.checked/g, '')))
							offenders.push(`${path.relative(root, full)}:${i + 1}: ${line.trim()}`);
					});
				}
			}
		};
		for (const dir of ['src/engine', 'src/islands', 'src/stores']) walk(path.join(root, dir));
		expect(offenders).toEqual([]);
	});
});
