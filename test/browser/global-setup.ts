// Serves the built site once for every browser test file (vitest `globalSetup`).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

// DIST_DIR lets a run test a private build (`astro build --outDir /tmp/x`) while others rebuild dist/.
const dist = path.resolve(process.env['DIST_DIR'] ?? path.join(import.meta.dirname, '../../dist'));

/** Starts the static server on a free port and provides its URL as `baseURL`, its folder as `distDir`. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	if (!existsSync(path.join(dist, 'index.html')))
		throw new Error(`${dist}/index.html is missing: run npm run build first.`);
	const server = await startServer({ dir: dist, port: 0 });
	project.provide('baseURL', server.url);
	project.provide('distDir', dist);
	return async () => {
		await server.close();
	};
}
