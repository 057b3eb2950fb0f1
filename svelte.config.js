import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defaultOrigin } from './src/lib/origin.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Prerendered pages and static files get .br and .gz siblings, which the server sends as they are.
		adapter: adapter({ precompress: true }),
		// The page's CSS is small: inlined, it costs no round trip before the first paint.
		inlineStyleThreshold: 40_000,
		prerender: {
			// Pages write absolute URLs (link previews, embed code) with the configured origin: the
			// crawler follows those too, from `/` to every page, selection and preview image.
			origin: process.env.ORIGIN || defaultOrigin,
			// A link to a page or an anchor that does not exist fails the build.
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		typescript: {
			// The built server (plain JavaScript with JSDoc types) is type-checked with the app.
			config: (config) => {
				config.include.push(
					'../scripts/serve.js',
					'../scripts/processes.js',
					'../scripts/server/**/*.js',
					'../scripts/server/**/*.ts'
				);
			}
		}
	}
};

export default config;
