import { error } from '@sveltejs/kit';
import { actorOf, chartPage } from '$lib/server/pages';
import type { PageLoad } from './$types';

/**
 * Every known id is prerendered (the crawler finds them from `/`); any other reaches the server, whose
 * load answers a 404 that names it.
 */
export const prerender = 'auto';

export const load = (({ params }) => {
	if (!actorOf(params.actor)) error(404, `No actor "${params.actor.slice(0, 60)}" in the network`);
	return chartPage('network', params.actor);
}) satisfies PageLoad;
