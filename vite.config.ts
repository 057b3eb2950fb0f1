import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { build, type Plugin, type Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';

const ENHANCE_ENTRY = 'src/lib/client/main.ts';

/**
 * The pages ship no SvelteKit client (`csr = false`): they are whole without JavaScript. What
 * JavaScript adds (tooltips, the map's moves, exports that follow the theme) is one small module,
 * `src/lib/client/main.ts`, with chunks it loads when needed. This plugin gives the server its URL
 * (`import enhance from 'virtual:enhance'`): in development Vite serves the source; in a build it is
 * bundled for the browser in its own Vite build and emitted as hashed, immutable assets beside
 * SvelteKit's own (which the adapter copies to the client files, precompressed).
 */
function enhancements(): Plugin {
	const id = '\0virtual:enhance';
	let serving = false;
	return {
		name: 'page-enhancements',
		configResolved(config) {
			serving = config.command === 'serve';
		},
		resolveId: (source) => (source === 'virtual:enhance' ? id : undefined),
		async load(loaded) {
			if (loaded !== id) return;
			if (serving) return `export default ${JSON.stringify(`/${ENHANCE_ENTRY}`)};`;
			const result = await build({
				configFile: false,
				logLevel: 'warn',
				resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
				build: {
					write: false,
					target: 'es2022',
					modulePreload: false,
					rollupOptions: {
						input: ENHANCE_ENTRY,
						output: {
							entryFileNames: '_app/immutable/assets/enhance-[hash].js',
							chunkFileNames: '_app/immutable/assets/enhance-[name]-[hash].js'
						}
					}
				}
			});
			const chunks = (Array.isArray(result) ? result : [result]).flatMap(
				(r) => (r as Rolldown.RolldownOutput).output
			);
			let entry = '';
			for (const chunk of chunks) {
				if (chunk.type !== 'chunk') continue;
				this.emitFile({ type: 'asset', fileName: chunk.fileName, source: chunk.code });
				if (chunk.isEntry) entry = chunk.fileName;
			}
			return `export default ${JSON.stringify(`/${entry}`)};`;
		}
	};
}

export default defineConfig({
	plugins: [enhancements(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' }
	}
});
