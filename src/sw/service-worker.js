// Endpoint Lab's offline service worker. scripts/build-sw.mjs prepends `self.__SW_MANIFEST`
// ({ version, offline, urls }) and writes the result to dist/sw.js; the browser runs it as is.
//
// Strategy: cache-first from one versioned precache. Every page, script, style, diagram and the
// question bank of one build live in one cache, so a page is never paired with another build's
// assets or bank. Freshness comes from the worker itself: the browser re-checks /sw.js on every
// navigation (served no-cache), a changed build installs a new worker with a new cache, and the
// page offers "Reload" to switch (see src/components/site/UpdateNotice.astro). Network-first pages
// were rejected: on a slow train connection they wait for a timeout, and a fresh page from the
// network would run against the old build's cached bank.json.

const { version, offline, urls } = self.__SW_MANIFEST;
const PREFIX = 'endpoint-lab-';
const CACHE = `${PREFIX}${version}`;
const PRECACHED = new Set(urls);

/**
 * Fetches every URL into the cache, two at a time: the page that registered the worker shares
 * the browser's handful of connections per host, and its own requests (the question bank) must
 * not queue behind a thousand kilobytes of precache. Any failure fails the install, so a worker
 * never activates with half a build.
 */
async function precache(cache) {
	const queue = [...urls];
	const fetchNext = async () => {
		for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
			// `no-cache` revalidates with the server, so no stale HTTP-cache copy is precached.
			const response = await fetch(new Request(url, { cache: 'no-cache' }));
			if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
			await cache.put(url, response);
		}
	};
	await Promise.all([fetchNext(), fetchNext()]);
}

self.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then(precache));
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys
						.filter((key) => key.startsWith(PREFIX) && key !== CACHE)
						.map((key) => caches.delete(key)),
				),
			)
			.then(() => self.clients.claim()),
	);
});

// The page asks for this only when the reader pressed Reload on the update notice.
self.addEventListener('message', (event) => {
	if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

/** The precached URL that serves `url`, ignoring the query (`?lesson=`, `?payload=`) and `index.html`. */
function precacheKey(url) {
	let pathname = url.pathname;
	if (pathname.endsWith('/index.html')) pathname = pathname.slice(0, -'index.html'.length);
	if (PRECACHED.has(pathname)) return pathname;
	if (PRECACHED.has(`${pathname}/`)) return `${pathname}/`;
	return null;
}

/**
 * The precached copy when there is one (`key`), else the network; a navigation the network cannot
 * answer gets the precached offline page instead of the browser's error.
 */
async function respond(request, key) {
	const cached = key && (await caches.match(key, { cacheName: CACHE }));
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		const page = request.mode === 'navigate' && (await caches.match(offline, { cacheName: CACHE }));
		if (page) return page;
		throw error;
	}
}

self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) return;
	const key = precacheKey(url);
	// Other requests (Pagefind's index, files no saved page uses) go to the network untouched.
	if (key || request.mode === 'navigate') event.respondWith(respond(request, key));
});
