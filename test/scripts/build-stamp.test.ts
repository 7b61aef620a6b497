// The build is skipped only when dist/ is the build of exactly the current sources.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildIsCurrent, inputsHash, writeBuildStamp } from '../../scripts/build-stamp.mjs';

let root: string;
const write = (file: string, text: string) => {
	mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
	writeFileSync(path.join(root, file), text);
};

beforeEach(() => {
	root = mkdtempSync(path.join(tmpdir(), 'build-stamp-'));
	write('src/pages/index.astro', '<h1>Home</h1>');
	write('content/limits/a.json', '{}');
	write('package-lock.json', '{}');
	write('dist/index.html', '<h1>Home</h1>');
	write('dist/sw.js', 'const VERSION = "1";');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build stamp', () => {
	test('a build never stamped is not current', () => {
		expect(buildIsCurrent(root)).toBe(false);
	});

	test('a stamped build of unchanged sources is current', () => {
		writeBuildStamp(root);
		expect(buildIsCurrent(root)).toBe(true);
	});

	test.each([
		['an edited source', 'src/pages/index.astro', '<h1>Start</h1>'],
		['a new content file', 'content/lessons/13-new.mdx', '# New'],
		['a changed lock file', 'package-lock.json', '{"v":2}'],
	])('%s makes it stale', (_what, file, text) => {
		writeBuildStamp(root);
		write(file, text);
		expect(buildIsCurrent(root)).toBe(false);
	});

	test('a dist/ rebuilt or edited since the stamp is not current', () => {
		writeBuildStamp(root);
		write('dist/sw.js', 'const VERSION = "2";');
		expect(buildIsCurrent(root)).toBe(false);
	});

	test('a dist/ without its service worker is not current', () => {
		writeBuildStamp(root);
		rmSync(path.join(root, 'dist/sw.js'));
		expect(buildIsCurrent(root)).toBe(false);
	});

	test('the hash depends on file names as well as contents', () => {
		const before = inputsHash(root);
		rmSync(path.join(root, 'content/limits/a.json'));
		write('content/limits/b.json', '{}');
		expect(inputsHash(root)).not.toBe(before);
	});
});
