import { markers } from '$lib/server/markup';
import type { LayoutServerLoad } from './$types';

/** What every source marker needs to name its evidence, on the page and in embeds. */
export const load = (() => markers) satisfies LayoutServerLoad;
