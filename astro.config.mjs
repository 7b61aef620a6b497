// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';
import { clientLimitsPlugin } from './scripts/client-limits-plugin.ts';

export default defineConfig({
	// Any static host works; `site` only feeds canonical URLs and the sitemap-free build.
	site: 'https://endpoint-lab.example',
	integrations: [react(), mdx()],
	// Hashes every script and style Astro emits into a per-page CSP <meta>; no unsafe-inline.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	// Shiki writes inline styles, which the CSP forbids; Prism emits classes only.
	markdown: { syntaxHighlight: 'prism' },
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	// The browser bundle gets the limits without their prose (src/engine/limits/client-limits.ts).
	vite: { plugins: [clientLimitsPlugin()] },
});
