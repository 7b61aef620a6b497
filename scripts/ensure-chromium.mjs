// Makes sure the Debian chromium that the browser tests drive is installed (see test/browser/browser.ts).
// We never download Playwright's own browsers: the project pins the system package instead.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');

if (!isRoot || !hasApt) {
	console.error(
		`${CHROMIUM} is missing. The browser tests need Debian's chromium package.\n` +
			'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
			'(On other systems, install Chromium and link it to /usr/bin/chromium.)',
	);
	process.exit(1);
}

/** Runs one command, echoing it first so the log shows what changed on the machine. */
function run(command, args) {
	console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
	execFileSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}

console.log(`ensure-chromium: ${CHROMIUM} not found; installing the Debian package.`);
run('apt-get', ['update']);
run('apt-get', ['install', '-y', 'chromium']);

if (!existsSync(CHROMIUM)) {
	console.error(`ensure-chromium: apt-get finished but ${CHROMIUM} still does not exist.`);
	process.exit(1);
}
console.log(`ensure-chromium: installed ${CHROMIUM}.`);
