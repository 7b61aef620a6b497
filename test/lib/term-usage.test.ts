import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termUsage } from '../../src/lib/term-usage';

describe('termUsage', () => {
	it('lists each linking lesson once, in path order', () => {
		const usage = termUsage([
			{
				id: 'serverless',
				body: '<Term id="cold-start">a</Term> and <Term id="cold-start">b</Term>',
			},
			{
				id: 'choosing',
				body: 'see <Term  id="cold-start">cold</Term>, <Term id="backlog">x</Term>',
			},
		]);
		expect(usage.get('cold-start')).toEqual(['serverless', 'choosing']);
		expect(usage.get('backlog')).toEqual(['choosing']);
	});

	it('finds nothing in text without Term links', () => {
		expect(termUsage([{ id: 'a', body: 'plain <Fact id="x.y" />' }, { id: 'b' }]).size).toBe(0);
	});

	it('every listed lesson really contains the link', () => {
		const id = fc.stringMatching(/^[a-z]{1,6}$/);
		fc.assert(
			fc.property(
				fc.array(fc.record({ id, terms: fc.array(id, { maxLength: 4 }) }), { maxLength: 6 }),
				(lessons) => {
					const texts = lessons.map((l) => ({
						id: l.id,
						body: l.terms.map((t) => `<Term id="${t}">${t}</Term>`).join(' '),
					}));
					for (const [term, ids] of termUsage(texts))
						for (const lessonId of ids)
							expect(
								texts.some((t) => t.id === lessonId && t.body.includes(`<Term id="${term}">`)),
							).toBe(true);
				},
			),
		);
	});
});
