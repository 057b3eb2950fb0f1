import { dataset } from '$lib/server/dataset';
import type { LayoutServerLoad } from './$types';

/** What every source marker needs to name its evidence, on the page and in embeds. */
const markers = {
	outlets: Object.fromEntries(dataset.sources.map((s) => [s.id, s.outlet])),
	numbers: Object.fromEntries(dataset.highlights.map((h, i) => [h.id, i + 1]))
};

export const load = (() => markers) satisfies LayoutServerLoad;
