import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					environment: 'node',
					include: ['test/**/*.test.ts'],
					exclude: ['test/browser/**'],
				},
			},
			{
				test: {
					name: 'browser',
					environment: 'node',
					include: ['test/browser/**/*.test.ts'],
					// One chromium and one static server for every browser test file.
					globalSetup: ['test/browser/global-setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000,
					fileParallelism: false,
				},
			},
		],
	},
});
