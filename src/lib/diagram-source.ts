// Pure helpers shared by scripts/render-diagrams.ts and the diagram tests, so the test
// recomputes exactly what the renderer hashed.
import { createHash } from 'node:crypto';
import type { LimitsModel } from '../schemas/limits';
import { shownFact } from '../engine/limits/format';
import { placeholderFactIds, renderFacts } from '../engine/limits/placeholders';

/** What the manifest records for one rendered diagram. */
export interface DiagramEntry {
	/** sha256 (hex) of the source after fact substitution. */
	sourceHash: string;
	/** The fact ids the source uses, with the formatted value that was rendered. */
	facts: Record<string, string>;
	/** The diagram's accessible title (mermaid `accTitle`). */
	accTitle: string;
	/** The diagram's accessible description (mermaid `accDescr`). */
	accDescr: string;
	/** Size of the rendered SVG in CSS pixels, for the <img> width and height attributes. */
	width: number;
	height: number;
	/** sha256 (hex) of each written SVG, so a hand-edited or stale file is caught. */
	svgHash: { light: string; dark: string };
}

/** The whole manifest: one entry per diagram id. */
export type DiagramManifest = Record<string, DiagramEntry>;

/** Reads `accTitle:` and `accDescr:` lines; a missing one is reported by name. */
export function readAccessibility(source: string): { accTitle: string; accDescr: string } {
	const title = /^\s*accTitle:\s*(.+?)\s*$/m.exec(source)?.[1];
	const descr = /^\s*accDescr:\s*(.+?)\s*$/m.exec(source)?.[1];
	const missing = [title ? '' : 'accTitle', descr ? '' : 'accDescr'].filter(Boolean);
	if (missing.length > 0) throw new Error(`missing ${missing.join(' and ')}`);
	return { accTitle: title ?? '', accDescr: descr ?? '' };
}

/** The source as it is rendered: placeholders replaced, with its hash and the facts it used. */
export function prepareDiagram(source: string, model: LimitsModel) {
	const substituted = renderFacts(source, model);
	const facts = Object.fromEntries(
		placeholderFactIds(source).map((id) => [id, shownFact(model, id)]),
	);
	return { substituted, facts, sourceHash: sha256(substituted), ...readAccessibility(source) };
}

/** Hex sha256 of a string or bytes. */
export function sha256(data: string | Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}
