import { error } from '@sveltejs/kit';
import { actorOf, chartPage } from '$lib/server/pages';
import type { PageLoad } from './$types';

export const load = (({ params }) => {
	if (!actorOf(params.actor)) error(404, `No actor "${params.actor.slice(0, 60)}" in the network`);
	return chartPage('network', params.actor);
}) satisfies PageLoad;
