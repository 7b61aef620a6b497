// Whether dist/ was built from exactly the current sources, so `npm test` can skip the build.
// The stamp holds a hash of every build input (file paths and contents) and of the dist/sw.js the
// build wrote (its cache version hashes every precached file), so a dist/ rebuilt or edited since,
// or built from other sources, never counts as current. FORCE_BUILD=1 always rebuilds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '..');
const stampPath = (root) => path.join(root, 'node_modules/.cache/endpoint-lab/build-stamp.json');
const inputDirs = ['src', 'content', 'public', 'scripts'];
const inputFiles = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Every file under `dir` (relative to the project), sorted. */
function filesUnder(root, dir) {
	const full = path.join(root, dir);
	if (!existsSync(full)) return [];
	return readdirSync(full, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.map((e) => path.relative(root, path.join(e.parentPath, e.name)))
		.sort();
}

const sha = (data) => createHash('sha256').update(data).digest('hex');

/** A hash of every input's path and contents. */
export function inputsHash(root = projectRoot) {
	const hash = createHash('sha256');
	for (const file of [...inputDirs.flatMap((dir) => filesUnder(root, dir)), ...inputFiles].sort()) {
		hash.update(`${file}\0`);
		if (existsSync(path.join(root, file))) hash.update(readFileSync(path.join(root, file)));
		hash.update('\0');
	}
	return hash.digest('hex');
}

/** The hash of the built dist/sw.js, or null when there is no complete build. */
function distHash(root) {
	const sw = path.join(root, 'dist/sw.js');
	if (!existsSync(sw) || !existsSync(path.join(root, 'dist/index.html'))) return null;
	return sha(readFileSync(sw));
}

/** True when dist/ is the build of the current inputs. */
export function buildIsCurrent(root = projectRoot) {
	if (process.env.FORCE_BUILD === '1' || !existsSync(stampPath(root))) return false;
	try {
		const stamp = JSON.parse(readFileSync(stampPath(root), 'utf8'));
		return (
			stamp.inputs === inputsHash(root) && stamp.dist !== null && stamp.dist === distHash(root)
		);
	} catch {
		return false;
	}
}

/** Records that dist/ is the build of the current inputs (call right after a successful build). */
export function writeBuildStamp(root = projectRoot) {
	mkdirSync(path.dirname(stampPath(root)), { recursive: true });
	writeFileSync(
		stampPath(root),
		JSON.stringify({ inputs: inputsHash(root), dist: distHash(root) }),
	);
}
