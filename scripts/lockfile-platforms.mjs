// Adds package-lock.json entries for platform-specific optional packages that the npm registry
// mirror used here does not serve (e.g. @astrojs/compiler-binding-darwin-arm64@0.5.1 answers 404).
// npm cannot record what it cannot fetch, and `npm ci` then rejects the lock ("Missing: … from lock
// file"). The entries carry `os`/`cpu`, so npm skips them on every other platform and never fetches
// them here. Run after any `npm install`: `node scripts/lockfile-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

/** os, cpu and libc read from a platform package name such as `compiler-binding-linux-arm64-musl`. */
function platformOf(name) {
	const parts = name.split('/').pop().split('-');
	const os = parts.find((p) =>
		['darwin', 'linux', 'win32', 'windows', 'android', 'freebsd'].includes(p),
	);
	const cpu = parts.find((p) => ['arm64', 'x64', 'ia32', 'arm', 'wasm32'].includes(p));
	if (!cpu) return undefined;
	const out = { cpu: [cpu] };
	if (os) out.os = [os === 'windows' ? 'win32' : os];
	if (parts.includes('gnu')) out.libc = ['glibc'];
	if (parts.includes('musl')) out.libc = ['musl'];
	return out;
}

/** The version npm would resolve `name` to from the package at `from`, walking up node_modules. */
function resolved(from, name) {
	let dir = from;
	for (;;) {
		const entry = packages[`${dir ? `${dir}/` : ''}node_modules/${name}`];
		if (entry) return entry.version;
		if (!dir) return undefined;
		const cut = dir.lastIndexOf('/node_modules/');
		dir = cut === -1 ? '' : dir.slice(0, cut);
	}
}

let added = 0;
for (const [from, entry] of Object.entries(packages)) {
	for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
		if (resolved(from, name) === version) continue;
		const platform = platformOf(name);
		if (!platform) continue;
		const key = `${from ? `${from}/` : ''}node_modules/${name}`;
		packages[key] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
		added++;
		console.log(`added ${key}@${version} (${JSON.stringify(platform)})`);
	}
}
const sorted = Object.fromEntries(
	Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added} platform entries added`);
