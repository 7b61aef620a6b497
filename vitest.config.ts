import { defineConfig } from 'vitest/config';

// Browser files share one chromium and one static server (test/browser/global-setup.ts) and run
// in parallel workers; most of their time is spent waiting for pages, so three workers keep two
// cores busy. `npm test` runs the unit and browser projects; `npm run test:quick` runs unit and
// smoke (one page per type).
const browserProject: {
	environment: 'node';
	globalSetup: string[];
	testTimeout: number;
	hookTimeout: number;
	expect: { poll: { timeout: number } };
	maxConcurrency: number;
} = {
	environment: 'node',
	globalSetup: ['test/browser/global-setup.ts'],
	// Under CI load (three files at once on two cores) a page with two windows and axe has taken
	// more than 30 s; a timeout is a hang detector here, not a performance check.
	testTimeout: 60_000,
	hookTimeout: 60_000,
	// expect.poll waits for what React renders after a click; with files in parallel on two cores
	// that can take seconds, so polls wait up to 10 s (vitest's default is 1 s).
	expect: { poll: { timeout: 10_000 } },
	// Files with `test.concurrent` (page weights, smoke) open at most this many pages at once.
	maxConcurrency: 3,
};

export default defineConfig({
	test: {
		maxWorkers: 3,
		projects: [
			{
				test: {
					name: 'unit',
					environment: 'node',
					include: ['test/**/*.test.ts'],
					exclude: ['test/browser/**', 'test/smoke/**'],
					// Property tests run for seconds, longer while browser files share the cores.
					testTimeout: 30_000,
				},
			},
			{ test: { name: 'browser', include: ['test/browser/**/*.test.ts'], ...browserProject } },
			{ test: { name: 'smoke', include: ['test/smoke/**/*.test.ts'], ...browserProject } },
		],
	},
});
