// The static server the browser tests and `npm start` use: odd URLs, traversal, 404s, types, gzip.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { expect, inject, test } from 'vitest';
import { resolveRequestPath } from '../../scripts/serve.mjs';

const base = inject('baseURL');

/** A raw GET (fetch would normalise `..` and `//` away before sending). */
function get(path: string, headers: Record<string, string> = {}) {
	const { hostname, port } = new URL(base);
	return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
		(resolve, reject) => {
			const req = request({ hostname, port, path, headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks),
					}),
				);
			});
			req.on('error', reject);
			req.end();
		},
	);
}

test('a directory URL serves its index.html as HTML', async () => {
	const res = await get('/limits/');
	expect(res.status).toBe(200);
	expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
	expect(res.body.toString()).toContain('<h1');
});

test('odd URLs such as // and %ff never crash the server', async () => {
	expect((await get('//')).status).toBe(200);
	expect((await get('/%ff')).status).toBe(404);
	expect((await get('/a%00b')).status).toBe(404);
	expect((await get('/')).status).toBe(200);
});

test('path traversal never leaves the served folder', async () => {
	for (const path of [
		'/../../etc/passwd',
		'/%2e%2e/%2e%2e/etc/passwd',
		'/..%2f..%2fetc%2fpasswd',
	]) {
		const res = await get(path);
		expect(res.status).toBe(404);
		expect(res.body.toString()).not.toContain('root:');
	}
	expect(resolveRequestPath('/srv/site', '/../../etc/passwd')?.file).toBe('/srv/site/etc/passwd');
	expect(resolveRequestPath('/srv/site', '/a\\..\\b')).toBeNull();
});

test('a missing page gets the site 404 page with status 404', async () => {
	const res = await get('/no-such-page/');
	expect(res.status).toBe(404);
	expect(res.body.toString()).toContain('Page not found');
});

test('static files get their MIME type, and text is gzipped when the client accepts it', async () => {
	const svg = await get('/favicon.svg');
	expect(svg.headers['content-type']).toBe('image/svg+xml');
	const js = await get('/theme-init.js', { 'accept-encoding': 'gzip, br' });
	expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
	expect(js.headers['content-encoding']).toBe('gzip');
	const plain = await get('/theme-init.js');
	expect(plain.headers['content-encoding']).toBeUndefined();
	expect(gunzipSync(js.body).equals(plain.body)).toBe(true);
});

test('the theme script stays under 1 KB', async () => {
	const plain = await get('/theme-init.js');
	expect(plain.body.length).toBeLessThan(1024);
});
