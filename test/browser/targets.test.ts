// WCAG 2.5.8 Target Size (Minimum): every visible interactive element on each page type is at
// least 24×24 CSS px, at desktop and at 390 px phone width, unless one of the criterion's
// exceptions applies: a link inside a sentence (inline), or an undersized target with enough
// space around it (a 24 px circle on its centre meets no other target or circle).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { answerExam, answerPractice, expectNoProblems, openPage } from './browser';

/** The first page under /teach/ once it is built (another session adds it); none before that. */
function teachPages(): string[] {
	try {
		const dir = path.join(inject('distDir'), 'teach');
		const sub = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory());
		return ['/teach/', ...(sub ? [`/teach/${sub.name}/`] : [])];
	} catch {
		return [];
	}
}

const pages = [
	'/',
	'/learn/',
	'/learn/choosing/',
	'/glossary/',
	'/cheat-sheet/',
	'/exam-guide/',
	'/limits/',
	'/search/?q=provisioned%20concurrency',
	'/practice/',
	'/exam/',
	'/playground/',
	'/advisor/',
	'/advisor/?payload=50&payloadUnit=MB&time=45&timeUnit=s&caller=notified&traffic=intermittent&models=3&sameFramework=0',
	'/progress/',
	'/review/',
	'/no-such-page/',
	...teachPages(),
];

/** Targets smaller than 24×24 px that no exception covers, described for the failure message. */
export function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const MIN = 24;
		const selector =
			'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';
		const visible = (el: Element) => {
			if (el.closest('[inert], [aria-hidden="true"]')) return false;
			const r = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			// 1 px clipped skip links and closed menus are not on screen, so not targets yet.
			return r.width > 1 && r.height > 1 && style.visibility !== 'hidden' && el.checkVisibility();
		};
		const targets = [...document.querySelectorAll(selector)].filter(visible);
		// A control's label is part of its target: clicking either activates it.
		const areaOf = (el: Element): DOMRect => {
			const r = el.getBoundingClientRect();
			const label = el instanceof HTMLInputElement ? el.labels?.[0] : null;
			if (!label) return r;
			const l = label.getBoundingClientRect();
			const left = Math.min(r.left, l.left);
			const top = Math.min(r.top, l.top);
			return new DOMRect(
				left,
				top,
				Math.max(r.right, l.right) - left,
				Math.max(r.bottom, l.bottom) - top,
			);
		};
		// A link that flows inside a sentence: inline, in a block with other text.
		const inSentence = (el: Element) => {
			if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
			let block = el.parentElement;
			while (block && getComputedStyle(block).display.startsWith('inline'))
				block = block.parentElement;
			const own = el.textContent?.trim().length ?? 0;
			return (block?.textContent?.trim().length ?? 0) > own + 1;
		};
		const areas = new Map(targets.map((t) => [t, areaOf(t)]));
		const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
		const circleHits = (c: { x: number; y: number }, r: DOMRect) => {
			const dx = Math.max(r.left - c.x, 0, c.x - r.right);
			const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
			return dx * dx + dy * dy < (MIN / 2) ** 2;
		};
		const small = targets.filter((t) => {
			const a = areas.get(t) as DOMRect;
			return (a.width < MIN - 0.5 || a.height < MIN - 0.5) && !inSentence(t);
		});
		return small
			.filter((t) => {
				const c = centre(areas.get(t) as DOMRect);
				return targets.some((other) => {
					if (other === t || other.contains(t) || t.contains(other)) return false;
					const o = areas.get(other) as DOMRect;
					// Another target inside the circle, or two undersized targets' circles overlapping.
					if (circleHits(c, o)) return true;
					if (!small.includes(other)) return false;
					const oc = centre(o);
					return Math.hypot(oc.x - c.x, oc.y - c.y) < MIN;
				});
			})
			.map((t) => {
				const a = areas.get(t) as DOMRect;
				const name = (t.getAttribute('aria-label') ?? t.textContent ?? '').trim().slice(0, 40);
				return `<${t.tagName.toLowerCase()} class="${t.className}"> "${name}" ${a.width.toFixed(1)}×${a.height.toFixed(1)}`;
			});
	});
}

test.each(pages)(
	'%s: targets are 24×24 px or spaced, at 1280 and 390 px',
	{
		timeout: 60_000,
	},
	async (pathname) => {
		for (const width of [1280, 390]) {
			const { page, problems } = await openPage(pathname, { width, height: 800 });
			// Open every disclosure (menus, checkpoint answers) so the targets inside are measured too.
			await page
				.locator('details')
				.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
			expect((await smallTargets(page)).map((t) => `${width}px ${t}`)).toEqual([]);
			if (pathname !== '/no-such-page/') expectNoProblems(problems);
			await page.context().close();
		}
	},
);

test('the check itself: it flags crowded small targets and allows the exceptions', async () => {
	const { page } = await openPage('/no-such-page/');
	await page.evaluate(() => {
		const add = (parent: Element, tag: string, text: string, css = '', href = '') => {
			const el = document.createElement(tag);
			el.textContent = text;
			// Styles set through the DOM from a test script are allowed by the page's CSP.
			el.style.cssText = css;
			if (href) el.setAttribute('href', href);
			parent.append(el);
			return el;
		};
		const fixture = document.createElement('div');
		document.body.prepend(fixture);
		const sentence = add(fixture, 'p', 'A sentence with ');
		add(sentence, 'a', 'an inline link', '', '#a');
		sentence.append(' in it.');
		const small = 'width:16px;height:16px;padding:0;margin:0;font-size:8px;min-height:0';
		const row = add(fixture, 'div', '');
		add(row, 'button', '1', small);
		add(row, 'button', '2', small);
		add(add(fixture, 'div', '', 'padding:40px'), 'button', '3', small);
		const stacked = 'display:block;height:14px;line-height:14px;font-size:10px';
		add(fixture, 'a', 'b', stacked, '#b');
		add(fixture, 'a', 'c', stacked, '#c');
	});
	const found = (await smallTargets(page)).join('\n');
	expect(found).toContain('"1"');
	expect(found).toContain('"2"');
	expect(found).toContain('"b"');
	expect(found).toContain('"c"');
	expect(found).not.toContain('"3"');
	expect(found).not.toContain('an inline link');
});

/** Interactive states that only exist after some clicks, each measured where it stands. */
const states: Record<
	string,
	(page: Page, measure: (state: string) => Promise<void>) => Promise<void>
> = {
	'/practice/': async (page, measure) => {
		await page.getByRole('button', { name: 'Start practice' }).click();
		await page.locator('#question-heading').waitFor();
		await measure('question');
		await answerPractice(page);
		await page.getByRole('button', { name: 'Check answer' }).click();
		await page.locator('.verdict p').waitFor();
		await measure('feedback');
	},
	'/exam/': async (page, measure) => {
		await page.getByRole('button', { name: 'Start exam' }).click();
		await page.locator('.exam-question h2').waitFor();
		await answerExam(page);
		await measure('question and navigator');
		await page.getByRole('button', { name: 'Review answers' }).click();
		await page.locator('#review-heading').waitFor();
		await measure('review');
		await page.getByRole('button', { name: 'Submit exam' }).click();
		await page.getByRole('button', { name: 'Yes, submit' }).click();
		await page.locator('#report-heading').waitFor();
		await measure('report');
	},
	'/playground/': async (page, measure) => {
		await page.getByRole('button', { name: 'A recommender used a few times a day' }).click();
		await page.getByRole('button', { name: 'Run the simulation' }).click();
		await page.getByRole('heading', { name: 'Results', exact: true }).waitFor({ timeout: 60_000 });
		await measure('results');
	},
};

test.each(Object.keys(states))(
	'%s after interaction: targets are 24×24 px or spaced',
	{
		timeout: 120_000,
	},
	async (pathname) => {
		for (const width of [1280, 390]) {
			const { page, problems } = await openPage(pathname, { width, height: 800 });
			const found: string[] = [];
			await states[pathname]?.(page, async (state) => {
				found.push(...(await smallTargets(page)).map((t) => `${width}px ${state}: ${t}`));
			});
			expect(found).toEqual([]);
			expectNoProblems(problems);
			await page.context().close();
		}
	},
);
