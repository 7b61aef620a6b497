// A Vite plugin that gives the browser bundle a trimmed copy of each content/limits/*.json file
// (see src/engine/limits/client-limits.ts). Server-side builds (pages, prerendering) keep the full
// files, so the limits page, the cheat sheet and the lesson notes still show every source and note.
import type { Plugin } from 'vite';
import type { LimitsFile } from '../src/schemas/limits';
import { clientLimitsFile } from '../src/engine/limits/client-limits';

const limitsJson = /[\\/]content[\\/]limits[\\/][^\\/]+\.json$/;

/** Trims limits JSON imported by client code; leaves every other file alone. */
export function clientLimitsPlugin(): Plugin {
	return {
		name: 'endpoint-lab:client-limits',
		enforce: 'pre',
		transform(code, id, options) {
			if (!limitsJson.test(id.split('?', 1)[0] ?? '')) return null;
			const consumer = this.environment?.config.consumer;
			const isClient = consumer ? consumer === 'client' : !options?.ssr;
			if (!isClient) return null;
			return { code: JSON.stringify(clientLimitsFile(JSON.parse(code) as LimitsFile)), map: null };
		},
	};
}
