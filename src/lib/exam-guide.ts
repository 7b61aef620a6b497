// The exam-guide map: each MLA-C01 item with the lesson sections that teach it (their headings
// read from the rendered lessons) and the questions that examine it.
import { getCollection, render } from 'astro:content';
import { examTasks } from '../schemas/lesson';
import { type ExamGuideItem, taskTitles } from '../schemas/exam-guide';
import { getLessons } from './lessons';

/** A lesson section as a link: where it is and what its heading says. */
export interface SectionLink {
	href: string;
	lesson: string;
	heading: string;
}

/** One item of the guide, ready to show. */
export interface GuideItem {
	id: string;
	kind: ExamGuideItem['kind'];
	item: string;
	sections: SectionLink[];
	questions: string[];
}

/** One task statement and its items. */
export interface GuideTask {
	task: string;
	title: string;
	items: GuideItem[];
}

/** Every task that has items, in the guide's order; items by kind (knowledge first), then id. */
export async function getExamGuide(): Promise<GuideTask[]> {
	const entries = await getCollection('examGuide');
	const lessons = await getLessons();
	const headings = new Map(
		await Promise.all(
			lessons.map(async (lesson) => {
				const { headings: list } = await render(lesson);
				return [lesson.id, new Map(list.map((h) => [h.slug, h.text]))] as const;
			}),
		),
	);
	const titles = new Map(lessons.map((lesson) => [lesson.id, lesson.data.title]));
	const item = ({ id, data }: (typeof entries)[number]): GuideItem => ({
		id,
		kind: data.kind,
		item: data.item,
		questions: data.questions,
		sections: data.taught.map(({ lesson, section }) => ({
			href: `/learn/${lesson}/#${section}`,
			lesson: titles.get(lesson) ?? lesson,
			// check:content has resolved every section; the id is only a fallback for `astro dev`.
			heading: headings.get(lesson)?.get(section) ?? section,
		})),
	});
	return examTasks
		.map((task) => ({
			task,
			title: taskTitles[task],
			items: entries
				.filter((e) => e.data.task === task)
				.sort((a, b) => a.data.kind.localeCompare(b.data.kind) || a.id.localeCompare(b.id))
				.map(item),
		}))
		.filter((t) => t.items.length > 0);
}
