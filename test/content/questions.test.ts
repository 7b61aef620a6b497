// The key check: every authored question runs through the schema and the advisor, and every
// problem in the whole bank is reported at once, by file and reason.
import { describe, expect, it } from 'vitest';
import { lessonSlugs } from '../../src/schemas/lesson';
import {
	checkQuestions,
	countBank,
	loadQuestionFiles,
	type RawQuestion,
} from '../../scripts/check-content';

const allLessons = new Set<string>(lessonSlugs);
const file = (name: string) => `content/questions/serverless/${name}.yaml`;
const base = {
	topics: ['serverless'],
	task: '3.1',
	difficulty: 2,
	lessons: ['serverless'],
	facts: [],
};
const option = (id: string, correct: boolean, why = `Because ${id} is how it works.`) => ({
	id,
	text: `Option ${id}`,
	correct,
	why,
	...(correct ? {} : { misconception: 'other' }),
});
const reasonsFor = (raw: RawQuestion[]) =>
	checkQuestions(raw, { lessons: allLessons }).problems.map((p) => `${p.file}: ${p.reason}`);

describe('the authored question bank', () => {
	const loaded = loadQuestionFiles();
	const checked = checkQuestions(loaded.raw);
	const problems = [...loaded.problems, ...checked.problems];

	it('passes the schema, the fact and lesson links, and the advisor, in every file', () => {
		expect(problems.map((p) => `${p.file}: ${p.reason}`).join('\n')).toBe('');
	});

	it('holds at least one question of every kind', () => {
		const { byKind } = countBank(checked.questions);
		for (const kind of ['single', 'multiple', 'ordering', 'matching', 'case-study', 'scenario'])
			expect(byKind[kind] ?? 0, kind).toBeGreaterThan(0);
	});
});

describe('checkQuestions catches', () => {
	it('a scenario whose authored answer disagrees with the advisor', () => {
		const story = 'A lab uploads 50 MB scans and is told by email when the result is ready.';
		const workload = {
			payloadMB: 50,
			processingSeconds: 45,
			caller: 'notified',
			traffic: 'intermittent',
		};
		const raw = [
			{
				file: file('s'),
				data: { ...base, kind: 'scenario', story, workload, expected: 'serverless' },
			},
		];
		expect(reasonsFor(raw)).toEqual([
			`${file('s')}: expected "serverless" but the advisor computes "asynchronous"`,
		]);
	});

	it('a single-answer question with zero or two correct options', () => {
		const two = {
			...base,
			kind: 'single',
			stem: 'Pick one option please.',
			options: [option('a', true), option('b', true), option('c', false)],
		};
		const none = { ...two, options: [option('a', false), option('b', false), option('c', false)] };
		const reasons = reasonsFor([
			{ file: file('two'), data: two },
			{ file: file('none'), data: none },
		]);
		expect(reasons).toHaveLength(2);
		expect(reasons[0]).toMatch(/two\.yaml: options: .*exactly 1 correct option\(s\), found 2/);
		expect(reasons[1]).toMatch(/none\.yaml: options: .*found 0/);
	});

	it('a "choose N" with the wrong count of correct options', () => {
		const data = {
			...base,
			kind: 'multiple',
			choose: 2,
			stem: 'Pick two options please.',
			options: ['a', 'b', 'c', 'd'].map((id) => option(id, id !== 'd')),
		};
		expect(reasonsFor([{ file: file('m'), data }])).toEqual([
			`${file('m')}: options: "choose 2" needs exactly 2 correct option(s), found 3`,
		]);
	});

	it('a fact id that does not exist, in the list or in a placeholder', () => {
		const data = {
			...base,
			facts: ['serverless.maxPayloadGB'],
			kind: 'single',
			stem: 'Pick one option please.',
			options: [
				option('a', true, 'It is {{fact:serverless.nope}} exactly.'),
				option('b', false),
				option('c', false),
			],
		};
		expect(reasonsFor([{ file: file('f'), data }])).toEqual([
			`${file('f')}: unknown fact id "serverless.maxPayloadGB"`,
			`${file('f')}: unknown fact id "serverless.nope"`,
		]);
	});

	it('a lesson link that does not exist', () => {
		const data = {
			...base,
			lessons: ['serverless'],
			kind: 'single',
			stem: 'Pick one option please.',
			options: [option('a', true), option('b', false), option('c', false)],
		};
		const problems = checkQuestions([{ file: file('l'), data }], {
			lessons: new Set(['anatomy']),
		}).problems;
		expect(problems).toEqual([
			{ file: file('l'), reason: 'lesson "serverless" has no file in content/lessons' },
		]);
		const unknown = reasonsFor([{ file: file('u'), data: { ...data, lessons: ['serverles'] } }]);
		expect(unknown[0]).toMatch(/u\.yaml: lessons\.0: /);
	});

	it('a missing explanation', () => {
		const steps = [1, 2, 3].map((n) => ({ id: `s${n}`, text: `Step ${n}` }));
		const noWhy = {
			...base,
			kind: 'single',
			stem: 'Pick one option please.',
			options: [
				option('a', true),
				{ id: 'b', text: 'B', correct: false, misconception: 'other' },
				option('c', false),
			],
		};
		const reasons = reasonsFor([
			{
				file: file('o'),
				data: { ...base, kind: 'ordering', stem: 'Order these three steps.', steps },
			},
			{ file: file('w'), data: noWhy },
		]);
		expect(reasons).toEqual([
			expect.stringMatching(/o\.yaml: explanation: /),
			expect.stringMatching(/w\.yaml: options\.1\.why: /),
		]);
	});

	it('ordering and matching sizes outside the exam bounds read from the facts', () => {
		const steps = [1, 2].map((n) => ({ id: `s${n}`, text: `Step ${n}` }));
		const data = {
			...base,
			kind: 'ordering',
			stem: 'Order these two steps.',
			steps,
			explanation: 'Because one comes first.',
		};
		expect(reasonsFor([{ file: file('short'), data }])[0]).toMatch(
			/ordering needs 3-5 steps .*found 2/,
		);
	});

	it('a duplicated id and a folder that is not a lesson, and reports every file at once', () => {
		const data = {
			...base,
			kind: 'single',
			stem: 'Pick one option please.',
			options: [option('a', true), option('b', false), option('c', false)],
		};
		const reasons = reasonsFor([
			{ file: 'content/questions/serverless/x.yaml', data },
			{ file: 'content/questions/misc/x.yaml', data },
		]);
		expect(reasons).toEqual([
			'content/questions/misc/x.yaml: id "x" is also used by content/questions/serverless/x.yaml',
			'content/questions/misc/x.yaml: folder "misc" is not a lesson slug',
		]);
	});
});
