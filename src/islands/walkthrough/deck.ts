// The walkthrough as the island receives it: plain, serialisable data built at build time by
// src/lib/walkthroughs.ts (facts already rendered, diagram URLs resolved).
import type { HostingNeeds, Workload } from '../../engine/advisor/types';
import type { WhatIfKey } from '../../engine/walkthrough/what-if';

interface StepBase {
	title: string;
	/** Speaker notes, shown only in the presenter window. */
	notes?: string;
}

/** A pre-rendered diagram image in both themes. */
export interface DiagramImage {
	light: string;
	dark: string;
	width: number;
	height: number;
	/** The diagram's title and description, as alt text. */
	alt: string;
	title: string;
}

export type StepView =
	| (StepBase & { kind: 'lesson'; points: string[]; lessonTitle: string; href: string })
	| (StepBase & { kind: 'diagram'; points: string[]; image: DiagramImage; highlighted: boolean })
	| (StepBase & { kind: 'scenario'; story: string; workload: Workload; whatIf: WhatIfKey[] })
	| (StepBase & { kind: 'hosting'; story: string; needs: HostingNeeds })
	| (StepBase & { kind: 'playground'; preset: string; label: string; points: string[] });

/** One walkthrough, ready to present. */
export interface DeckView {
	slug: string;
	title: string;
	summary: string;
	minutes: number;
	/** Lessons to read afterwards. */
	lessons: { href: string; title: string }[];
	steps: StepView[];
}

/** Which window renders the deck. */
export type WindowRole = 'presenter' | 'audience';
