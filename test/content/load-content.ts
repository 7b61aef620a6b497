// Reads lessons, glossary terms and diagrams from disk with plain Node (no Astro), so the
// content tests can check every file and report every problem at once.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const root = path.resolve(import.meta.dirname, '../..');

/** One content file split into its YAML frontmatter (parsed) and its body. */
export interface ContentFile {
	file: string;
	data: unknown;
	body: string;
}

/** Splits `---\nyaml\n---\nbody`; a file without frontmatter gets `data: undefined`. */
export function splitFrontmatter(file: string, text: string): ContentFile {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) return { file, data: undefined, body: text };
	return { file, data: parse(match[1] ?? '') as unknown, body: match[2] ?? '' };
}

/** Every file in a content folder whose name matches, sorted; an absent folder gives []. */
export function readFolder(folder: string, pattern: RegExp): ContentFile[] {
	const dir = path.join(root, folder);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => pattern.test(name))
		.sort()
		.map((name) =>
			splitFrontmatter(`${folder}/${name}`, readFileSync(path.join(dir, name), 'utf8')),
		);
}

/** The prose a reader sees: body without code blocks, inline code, imports and MDX comments. */
export function proseOf(body: string): string {
	return body
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/`[^`\n]*`/g, ' ')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
}

/** The value of each `name="…"` attribute on each `<Tag …>` in the body. */
export function tagAttributes(body: string, tag: string, name: string): string[] {
	const pattern = new RegExp(`<${tag}\\b[^>]*?\\b${name}="([^"]*)"`, 'g');
	return [...body.matchAll(pattern)].map((m) => m[1] ?? '');
}
