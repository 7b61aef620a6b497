// Registers the offline service worker and shows the update notice rendered by UpdateNotice.astro.
// Production builds only: in `astro dev` there is no sw.js, and a worker left on the same origin
// by `npm start` would serve stale built pages, so it is removed.
const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
const box = document.getElementById('update-notice');
const text = document.getElementById('update-notice-text');
const button = document.getElementById('update-notice-reload');
/** What Reload does; set when the notice is shown. */
let onReload = () => location.reload();
let reloadRequested = false;

function show(message: string, action: () => void) {
	if (!box || !text) return;
	onReload = action;
	box.hidden = false;
	requestAnimationFrame(() => (text.textContent = message));
}

/** Offers a worker that replaces the current one (the very first install is not an update). */
function offer(worker: ServiceWorker | null) {
	if (!worker || !sw?.controller) return;
	show('A new version of Endpoint Lab is available.', () => {
		reloadRequested = true;
		worker.postMessage({ type: 'SKIP_WAITING' });
	});
}

button?.addEventListener('click', () => onReload());

if (sw && import.meta.env.PROD) {
	let controller = sw.controller;
	sw.addEventListener('controllerchange', () => {
		const previous = controller;
		controller = sw.controller;
		if (reloadRequested) {
			reloadRequested = false;
			location.reload();
		}
		// Reload pressed in another tab: this page's build is gone from the cache, so ask.
		else if (previous) show('Endpoint Lab was updated in another tab.', () => location.reload());
	});
	const register = () =>
		sw.register('/sw.js').then((registration?: ServiceWorkerRegistration) => {
			// Test harnesses that block workers (Playwright's serviceWorkers: 'block') resolve undefined.
			if (!registration) return;
			offer(registration.waiting);
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed') offer(worker);
				});
			});
		}, console.warn);
	// Idle after load: the first visit's own requests come before a megabyte of precache.
	const whenIdle = () =>
		'requestIdleCallback' in window
			? requestIdleCallback(register, { timeout: 5000 })
			: setTimeout(register, 2000);
	if (document.readyState === 'complete') whenIdle();
	else addEventListener('load', whenIdle);
} else if (sw) {
	sw.getRegistrations().then((all) => all.forEach((r) => r.unregister()));
}
