// The one place walkthroughs are read from the content collection. Pages get a DeckView: facts
// rendered, lesson titles and diagram image URLs resolved, playground presets checked.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { HostingNeeds, Workload } from '../engine/advisor/types';
import { renderFacts } from '../engine/limits/placeholders';
import { limits } from '../engine/shipped-limits';
import { presets } from '../islands/playground/form';
import type { DeckView, DiagramImage, StepView } from '../islands/walkthrough/deck';
import type { WalkthroughStep } from '../schemas/walkthrough';
import rendered from '../generated/diagrams/manifest.json' with { type: 'json' };
import type { DiagramManifest } from './diagram-source';
import { getLessonTitles } from './lessons';

/** The object without its undefined keys: zod's optional output meets exactOptionalPropertyTypes. */
function defined<T extends object>(o: { [K in keyof T]: T[K] | undefined }): T {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** A walkthrough entry; `id` is its slug (`choosing-an-endpoint`). */
export type WalkthroughEntry = CollectionEntry<'walkthroughs'>;

/** Every walkthrough, in list order. */
export async function getWalkthroughs(): Promise<WalkthroughEntry[]> {
	const all = await getCollection('walkthroughs');
	return all.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

const manifest: DiagramManifest = rendered;
const svgUrls = import.meta.glob<string>('../generated/diagrams/*.svg', {
	query: '?url',
	import: 'default',
	eager: true,
});

/** The highlighted drawing when one was rendered, else the plain diagram (said in the build log). */
function diagramImage(diagram: string, highlight: string | undefined): [DiagramImage, boolean] {
	const key = highlight ? `${diagram}--${highlight}` : diagram;
	const id = manifest[key] ? key : diagram;
	const entry = manifest[id];
	if (!entry)
		throw new Error(`Walkthrough: unknown diagram ${diagram} (run npm run render:diagrams)`);
	if (id !== key) console.warn(`Walkthrough: no highlighted drawing ${key}; showing ${diagram}.`);
	const url = (variant: 'light' | 'dark') => {
		const found = svgUrls[`../generated/diagrams/${id}.${variant}.svg`];
		if (!found) throw new Error(`Walkthrough: ${id}.${variant}.svg is missing`);
		return found;
	};
	const image = {
		light: url('light'),
		dark: url('dark'),
		width: entry.width,
		height: entry.height,
		alt: `${entry.accTitle}: ${entry.accDescr}`,
		title: entry.accTitle,
	};
	return [image, id === key && highlight !== undefined];
}

/** One authored step as the island shows it. */
function toView(step: WalkthroughStep, lessonTitles: Map<string, string>, where: string): StepView {
	const facts = (text: string) => renderFacts(text, limits);
	const base = { title: facts(step.title), ...(step.notes ? { notes: facts(step.notes) } : {}) };
	switch (step.kind) {
		case 'lesson':
			return {
				...base,
				kind: 'lesson',
				points: step.points.map(facts),
				lessonTitle: lessonTitles.get(step.lesson) ?? step.lesson,
				href: `/learn/${step.lesson}/#${step.section}`,
			};
		case 'diagram': {
			const [image, highlighted] = diagramImage(step.diagram, step.highlight);
			return {
				...base,
				kind: 'diagram',
				points: (step.points ?? []).map(facts),
				image,
				highlighted,
			};
		}
		case 'scenario':
			return {
				...base,
				kind: 'scenario',
				story: facts(step.story),
				workload: defined<Workload>(step.workload),
				whatIf: step.whatIf,
			};
		case 'hosting':
			return {
				...base,
				kind: 'hosting',
				story: facts(step.story),
				needs: defined<HostingNeeds>(step.needs),
			};
		case 'playground': {
			const preset = presets.find((p) => p.id === step.preset);
			if (!preset) throw new Error(`${where}: unknown playground preset "${step.preset}"`);
			return {
				...base,
				kind: 'playground',
				preset: preset.id,
				label: preset.label,
				points: (step.points ?? []).map(facts),
			};
		}
	}
}

/** A walkthrough as plain props for the presenter and audience island. */
export async function toDeck(entry: WalkthroughEntry): Promise<DeckView> {
	const titles = await getLessonTitles();
	const { data } = entry;
	return {
		slug: entry.id,
		title: data.title,
		summary: data.summary,
		minutes: data.minutes,
		lessons: data.lessons.map((slug) => ({
			href: `/learn/${slug}/`,
			title: titles.get(slug) ?? slug,
		})),
		steps: data.steps.map((step, i) => toView(step, titles, `${entry.id} step ${i + 1}`)),
	};
}

/** One static page per walkthrough, with its deck as props: the presenter and audience routes. */
export async function walkthroughPaths(): Promise<
	{ params: { slug: string }; props: { deck: DeckView } }[]
> {
	return Promise.all(
		(await getWalkthroughs()).map(async (entry) => ({
			params: { slug: entry.id },
			props: { deck: await toDeck(entry) },
		})),
	);
}
