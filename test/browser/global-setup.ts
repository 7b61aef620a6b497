// Serves the built site and starts one chromium for every browser test file (vitest `globalSetup`).
// Test files run in parallel workers and connect to that one browser over its WebSocket endpoint,
// so each file pays for a connection and its own contexts, not for a browser launch.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';
import { LAUNCH_ARGS } from './launch-args';

// DIST_DIR lets a run test a private build (`astro build --outDir /tmp/x`) while others rebuild dist/.
const dist = path.resolve(process.env['DIST_DIR'] ?? path.join(import.meta.dirname, '../../dist'));

/** Starts the static server on a free port and chromium; provides their addresses to the files. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	if (!existsSync(path.join(dist, 'index.html')))
		throw new Error(`${dist}/index.html is missing: run npm run build first.`);
	const server = await startServer({ dir: dist, port: 0 });
	const browser = await chromium.launchServer({
		executablePath: '/usr/bin/chromium',
		args: LAUNCH_ARGS,
	});
	project.provide('baseURL', server.url);
	project.provide('distDir', dist);
	project.provide('browserWSEndpoint', browser.wsEndpoint());
	return async () => {
		await browser.close();
		await server.close();
	};
}
