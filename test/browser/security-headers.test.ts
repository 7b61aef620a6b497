// The security headers real hosting should send: the local server sends them on every response,
// public/_headers lists the same set for static hosts, and they do not break what the site needs
// (the presenter's same-origin audience window and its BroadcastChannel under COOP same-origin).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/serve.mjs';
import { getBrowser, siteURL } from './browser';

const base = inject('baseURL');

/** The headers `public/_headers` gives the `/*` rule, as name -> value. */
function headersFileRules(): Record<string, string> {
	const text = readFileSync(path.join(import.meta.dirname, '../../public/_headers'), 'utf8');
	const rules: Record<string, string> = {};
	let inAll = false;
	for (const line of text.split('\n')) {
		if (line.startsWith('#') || line.trim() === '') continue;
		if (!/^\s/.test(line)) inAll = line.trim() === '/*';
		else if (inAll) {
			const colon = line.indexOf(':');
			rules[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
		}
	}
	return rules;
}

test('the server sends the security headers on pages, assets, 404s and refused methods', async () => {
	const responses = [
		await fetch(new URL('/', base)),
		await fetch(new URL('/favicon.svg', base)),
		await fetch(new URL('/no-such-page/', base)),
		await fetch(new URL('/', base), { method: 'POST' }),
	];
	expect(responses.map((r) => r.status)).toEqual([200, 200, 404, 405]);
	for (const response of responses) {
		for (const [name, value] of Object.entries(SECURITY_HEADERS))
			expect(response.headers.get(name), `${response.url} ${name}`).toBe(value);
	}
});

test('the headers deny framing, sniffing, powerful features and cross-origin openers', () => {
	expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
	expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
	expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
	expect(SECURITY_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
	for (const feature of ['camera', 'microphone', 'geolocation'])
		expect(SECURITY_HEADERS['Permissions-Policy']).toContain(`${feature}=()`);
});

test('public/_headers gives static hosts exactly the same set', () => {
	expect(headersFileRules()).toEqual(SECURITY_HEADERS);
});

test('a same-origin window opened by a page keeps its opener and BroadcastChannel under COOP', async () => {
	const context = await (await getBrowser()).newContext();
	const page = await context.newPage();
	await page.goto(siteURL('/'));
	const [popup] = await Promise.all([
		context.waitForEvent('page'),
		page.evaluate(() => {
			window.open('/limits/', 'audience');
		}),
	]);
	await popup.waitForLoadState();
	expect(await popup.evaluate(() => window.opener !== null)).toBe(true);
	const received = popup.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const channel = new BroadcastChannel('coop-check');
				channel.onmessage = (event) => resolve(String(event.data));
			}),
	);
	// Post until the popup's listener is attached (it starts asynchronously).
	await expect
		.poll(async () => {
			await page.evaluate(() => new BroadcastChannel('coop-check').postMessage('next slide'));
			return Promise.race([received, new Promise((r) => setTimeout(() => r(''), 200))]);
		})
		.toBe('next slide');
	await context.close();
});
