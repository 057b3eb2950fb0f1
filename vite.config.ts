import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The network map uses d3-zoom for jumps, never for animated transitions; d3-zoom's imports of
 * d3-transition and d3-interpolate (with d3-color) serve only those. In d3-zoom, and only there, they
 * are replaced by small stand-ins, which keeps about 9 kB of gzip off the page.
 */
function d3ZoomWithoutTransitions(): Plugin {
	const shims: Record<string, string> = {
		'd3-transition': 'noTransition.ts',
		'd3-interpolate': 'noInterpolate.ts'
	};
	return {
		name: 'd3-zoom-without-transitions',
		enforce: 'pre',
		resolveId(source, importer) {
			const shim = shims[source];
			if (!shim || !importer?.includes('/node_modules/d3-zoom/')) return null;
			return fileURLToPath(new URL(`./src/lib/charts/network/${shim}`, import.meta.url));
		}
	};
}

export default defineConfig({
	plugins: [d3ZoomWithoutTransitions(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' }
	}
});
