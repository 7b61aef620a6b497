// WCAG 2.5.8 Target Size (Minimum), measured by smallTargets(): every visible interactive element
// is at least 24×24 CSS px unless one of the criterion's exceptions applies: a link inside a
// sentence (inline), or an undersized target with enough space around it (a 24 px circle on its
// centre meets no other target or circle). Every built page is measured where it is loaded for axe
// (site-pages.ts: all pages at 1280 px, one of each type at 375 px).
import type { Page } from 'playwright-core';

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
