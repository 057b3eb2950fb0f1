import { error } from '@sveltejs/kit';
import { isChartId } from '$lib/charts/registry';
import { cardOf } from '$lib/server/pages';
import type { PageLoad } from './$types';

export const load = (({ params }) => {
	if (!isChartId(params.id)) error(404, `No chart "${params.id.slice(0, 40)}"`);
	return cardOf(params.id);
}) satisfies PageLoad;
