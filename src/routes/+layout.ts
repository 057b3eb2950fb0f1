import { renderer } from '$lib/server/site';
import type { LayoutLoad } from './$types';

/**
 * Every page is prerendered and whole without JavaScript: no SvelteKit client at all (`csr = false`).
 * What JavaScript adds is one small module (see `virtual:enhance` in vite.config.ts). Without a client,
 * the loads of every page run only on the server; they are universal loads (`+page.ts`) rather than
 * server loads only so that prerendering writes no `__data.json` for a client that never asks for it.
 */
export const prerender = true;
export const csr = false;

/** What every source marker needs to name its evidence. */
export const load = (() => renderer.markers) satisfies LayoutLoad;
