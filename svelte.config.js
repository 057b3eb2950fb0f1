import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// The page's CSS is small: inlined, it costs no round trip before the first paint.
		inlineStyleThreshold: 40_000,
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
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
