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

/** Manifest key of a diagram rendered with one node highlighted. */
export const highlightKey = (diagram: string, node: string): string => `${diagram}--${node}`;

// One style that reads in both themes, not by colour alone: a border twice as thick as an
// outcome's and dashed, an orange stroke with at least 3:1 contrast on the white and on the
// dark page (#15171c), and a yellow fill with black text.
const highlightClass =
	'classDef highlighted fill:#ffe066,stroke:#e8590c,stroke-width:6px,stroke-dasharray:12 6,color:#000000,font-weight:bold';

// Node definitions: an id, then a shape's opening bracket (`[`, `(`, `{{`, `[(`, `[/`, …), the
// label (quoted or not) and the closing bracket: `id["text"]`, `id(text)`, `db[(S3)]`, `q[/"…"/]`.
const nodeDefinition =
	/\b([A-Za-z][A-Za-z0-9_]*)(?:\[\[|\[\(|\[\/|\[\\|\(\(|\(\[|\{\{|\[|\(|\{|>)(?:"([^"]*)"|([^"\])}]*?))(?:\]\]|\)\]|\/\]|\\\]|\)\)|\]\)|\}\}|\]|\)|\})/g;

/** Every node id a flowchart source defines, with its label text (placeholders left as written). */
export function diagramNodes(source: string): Map<string, string> {
	const nodes = new Map<string, string>();
	for (const line of source.split('\n')) {
		if (/^\s*(accTitle|accDescr|classDef|class|style|linkStyle)\b/.test(line)) continue;
		for (const m of line.matchAll(nodeDefinition)) {
			const [, id, ...labels] = m;
			if (id && !nodes.has(id)) nodes.set(id, labels.find((l) => l !== undefined) ?? id);
		}
	}
	return nodes;
}

/**
 * The source with one node highlighted: classDef and class lines appended, and the accessible
 * description extended to say which node is highlighted. An unknown node throws, naming it.
 */
export function highlightSource(source: string, node: string, model: LimitsModel): string {
	const label = diagramNodes(source).get(node);
	if (label === undefined) throw new Error(`node "${node}" is not defined in the diagram`);
	const shown = renderFacts(label, model);
	const described = source.replace(
		/^(\s*accDescr:\s*.+?)\s*$/m,
		(_, descr: string) => `${descr} Highlighted: the node "${shown}".`,
	);
	return `${described.trimEnd()}\n\t${highlightClass}\n\tclass ${node} highlighted\n`;
}

/** A (diagram, node) pair a walkthrough shows highlighted. */
export interface HighlightPair {
	diagram: string;
	node: string;
}

/**
 * Every distinct (diagram, highlight) pair in parsed walkthrough files, sorted by manifest key.
 * Reads only `steps[].diagram` and `steps[].highlight`, so a file the schema rejects still counts.
 */
export function highlightPairs(walkthroughs: readonly unknown[]): HighlightPair[] {
	const pairs = new Map<string, HighlightPair>();
	for (const doc of walkthroughs) {
		const steps = (doc as { steps?: unknown } | null)?.steps;
		if (!Array.isArray(steps)) continue;
		for (const step of steps as { kind?: unknown; diagram?: unknown; highlight?: unknown }[]) {
			if (step.kind !== 'diagram') continue;
			if (typeof step.diagram !== 'string' || typeof step.highlight !== 'string') continue;
			const pair = { diagram: step.diagram, node: step.highlight };
			pairs.set(highlightKey(pair.diagram, pair.node), pair);
		}
	}
	return [...pairs.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, pair]) => pair);
}
