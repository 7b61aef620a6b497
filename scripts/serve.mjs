// A dependency-free static server for the built site (`dist/`), used by `npm start` and the
// browser tests. It never trusts the URL: odd paths (`//`, `%2e%2e`, NUL) get a 404 or 400,
// never a crash, because Lighthouse and scanners send them.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

/** Content types by file extension; anything else is served as bytes. */
const MIME_TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	// Pagefind's index files: compressed fragments, filters, metadata and the WASM build.
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/**
 * Sent with every response; public/_headers repeats them for static hosts (a test keeps the two
 * equal). Framing is refused here because a CSP <meta> cannot carry `frame-ancestors`.
 */
export const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// The presenter's audience window is same-origin, so it keeps its opener and channel.
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'X-Frame-Options': 'DENY',
	'Content-Security-Policy': "frame-ancestors 'none'",
};

/** Types worth compressing; images, fonts and pagefind's pre-compressed files are not. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg\+xml)/;

/** The file a URL path names inside `root`, or null when the path is malformed or escapes it. */
export function resolveRequestPath(root, rawUrl) {
	const pathPart = (rawUrl ?? '/').split(/[?#]/, 1)[0] ?? '/';
	let decoded;
	try {
		decoded = decodeURIComponent(pathPart);
	} catch {
		return null;
	}
	if (decoded.includes('\0') || decoded.includes('\\')) return null;
	// Collapse `//` and resolve `..` against a virtual root, then check it stayed inside.
	const normalised = path.posix.normalize(`/${decoded}`);
	const file = path.join(root, normalised);
	if (file !== root && !file.startsWith(root + path.sep)) return null;
	return { file, isDirectory: normalised.endsWith('/') };
}

/** The path and size of the file to send for a request, following `dir/` to `dir/index.html`. */
async function findFile(root, rawUrl) {
	const target = resolveRequestPath(root, rawUrl);
	if (!target) return null;
	const candidates = target.isDirectory
		? [path.join(target.file, 'index.html')]
		: [target.file, path.join(target.file, 'index.html')];
	for (const candidate of candidates) {
		const info = await stat(candidate).catch(() => null);
		if (info?.isFile()) return { file: candidate, size: info.size };
	}
	return null;
}

/** Sends one file, gzipped when the client accepts it and the type benefits. */
function sendFile(req, res, status, file, size) {
	const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
	const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
	res.statusCode = status;
	res.setHeader('Content-Type', type);
	res.setHeader('Vary', 'Accept-Encoding');
	// Hashed build assets never change; pages must be revalidated.
	res.setHeader(
		'Cache-Control',
		file.includes(`${path.sep}_astro${path.sep}`)
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
	);
	if (gzip) res.setHeader('Content-Encoding', 'gzip');
	else res.setHeader('Content-Length', size);
	if (req.method === 'HEAD') return res.end();
	const stream = createReadStream(file);
	stream.on('error', () => res.destroy());
	(gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}

/** Answers one request: the file, else the site's 404 page with status 404. */
async function handle(root, req, res) {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { Allow: 'GET, HEAD' }).end();
		return;
	}
	const found = await findFile(root, req.url);
	if (found) return sendFile(req, res, 200, found.file, found.size);
	const notFound = path.join(root, '404.html');
	const info = await stat(notFound).catch(() => null);
	if (info?.isFile()) return sendFile(req, res, 404, notFound, info.size);
	res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
}

/**
 * Serves `dir` on 127.0.0.1; port 0 picks a free port.
 * @example const { url, close } = await startServer({ dir: 'dist', port: 0 });
 */
export async function startServer({ dir = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
	const root = path.resolve(dir);
	const server = createServer((req, res) => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
		handle(root, req, res).catch(() => {
			if (!res.headersSent) res.writeHead(500).end('Internal error');
			else res.destroy();
		});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://${host}:${actualPort}/`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve(undefined));
			}),
	};
}

/** Reads `--port N` / `--dir D` (or `--port=N`) from the command line. */
function parseArgs(argv) {
	const options = {};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		const value = inline ?? argv[++i];
		if (flag === '--port') options.port = Number(value);
		else if (flag === '--dir') options.dir = value;
		else throw new Error(`unknown argument ${argv[i]} (expected --port N or --dir PATH)`);
	}
	return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const args = parseArgs(process.argv.slice(2));
	const port = args.port ?? Number(process.env.PORT ?? 4321);
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		console.error(`serve: invalid port ${port}`);
		process.exit(1);
	}
	const dir = args.dir ?? 'dist';
	const info = await stat(path.resolve(dir)).catch(() => null);
	if (!info?.isDirectory()) {
		console.error(`serve: ${dir}/ does not exist; run \`npm run build\` first.`);
		process.exit(1);
	}
	const { url } = await startServer({ dir, port });
	console.log(`Endpoint Lab is being served at ${url}`);
}
