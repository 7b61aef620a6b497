import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const engine = join(root, 'src/engine');

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
	});
}

const importRe = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm;

describe('src/engine is pure', () => {
	it('imports only engine files, types from src/schemas, and the limits data', () => {
		const problems: string[] = [];
		for (const file of walk(engine)) {
			const text = readFileSync(file, 'utf8');
			for (const m of text.matchAll(importRe)) {
				const typeOnly = Boolean(m[2]);
				const spec = m[3] ?? '';
				const where = relative(root, file);
				if (!spec.startsWith('.')) {
					problems.push(`${where}: imports package ${spec}`);
					continue;
				}
				const target = relative(root, resolve(dirname(file), spec));
				const ok =
					target.startsWith('src/engine') ||
					(typeOnly && target.startsWith('src/schemas')) ||
					(target.startsWith('content/limits/') && target.endsWith('.json'));
				if (!ok) problems.push(`${where}: imports ${target}${typeOnly ? ' (type)' : ''}`);
			}
			const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
			if (/\bMath\.random\b|\bDate\.now\b|\bnew Date\(\)/.test(code))
				problems.push(`${relative(root, file)}: reads the clock or Math.random`);
		}
		expect(problems).toEqual([]);
	});
});
