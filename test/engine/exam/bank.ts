import type { Question } from '../../../src/schemas/question';
import { examFormat } from '../../../src/engine/exam';
import { limits } from '../../../src/engine/shipped-limits';
import * as fx from '../quiz/fixtures';

// A bank of every kind spread over tasks of three exam domains, large enough for a full mock.
const tasks = ['2.3', '3.1', '3.2', '3.3', '4.2', '4.3'] as const;
const topics = [['serverless'], ['asynchronous'], ['monitoring'], ['real-time']] as const;

export const bank: Question[] = Array.from({ length: 12 }, (_, i) =>
	[fx.single, fx.multiple, fx.ordering, fx.matching, fx.caseStudy, fx.scenario, fx.hosting].map(
		(q) =>
			({
				...q,
				id: `${q.id}-${i}`,
				task: tasks[i % tasks.length],
				topics: [...(topics[i % topics.length] ?? ['serverless'])],
			}) as Question,
	),
).flat();

export const format = examFormat(limits);
export const t0 = Date.UTC(2026, 10, 23, 10, 0, 0);

import type { Answer } from '../../../src/engine/quiz';
import { scenarioModel } from '../../../src/engine/quiz';

/** The right answer to a gradeable question, computed from the question itself. */
export function keyOf(q: Question): Answer {
	switch (q.kind) {
		case 'single':
			return q.options.find((o) => o.correct)?.id ?? '';
		case 'multiple':
			return q.options.filter((o) => o.correct).map((o) => o.id);
		case 'ordering':
			return q.steps.map((s) => s.id);
		case 'matching':
			return Object.fromEntries(q.prompts.map((p) => [p.id, p.match]));
		case 'scenario':
			return scenarioModel(q, limits).key;
		case 'case-study':
			throw new Error('case studies are split into parts before grading');
	}
}

/** A wrong answer of the right shape. */
export function wrongOf(q: Question): Answer {
	switch (q.kind) {
		case 'single':
			return q.options.find((o) => !o.correct)?.id ?? '';
		case 'multiple':
			return q.options
				.filter((o) => !o.correct)
				.map((o) => o.id)
				.slice(0, q.choose);
		case 'ordering':
			return q.steps.map((s) => s.id).reverse();
		case 'matching':
			return {};
		case 'scenario': {
			const m = scenarioModel(q, limits);
			return m.options.find((o) => o.id !== m.key)?.id ?? '';
		}
		case 'case-study':
			throw new Error('case studies are split into parts before grading');
	}
}
