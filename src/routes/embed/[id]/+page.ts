import { error } from '@sveltejs/kit';
import { isChartId } from '$lib/charts/registry';
import { cardOf } from '$lib/server/pages';
import type { PageLoad } from './$types';

/**
 * Every known id is prerendered (the crawler finds them from `/`); any other reaches the server, whose
 * load answers a 404 that names it.
 */
export const prerender = 'auto';

export const load = (({ params }) => {
	if (!isChartId(params.id)) error(404, `No chart "${params.id.slice(0, 40)}"`);
	return cardOf(params.id);
}) satisfies PageLoad;
