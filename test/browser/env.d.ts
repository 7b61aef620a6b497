// Values the browser-test global setup hands to every test file through `inject()`.
import 'vitest';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the built site is served, with a trailing slash, e.g. `http://127.0.0.1:40123/`. */
		baseURL: string;
		/** The absolute path of the built site being served (dist/ unless DIST_DIR says otherwise). */
		distDir: string;
		/** The shared chromium's WebSocket endpoint; files connect to it instead of launching one. */
		browserWSEndpoint: string;
	}
}
