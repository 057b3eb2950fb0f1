import { json } from '@sveltejs/kit';
import { chartRows } from '$lib/server/chartData';
import { datasetHash } from '$lib/server/site';
import { chartOf } from '$lib/server/exports';
import { parseQuery } from '$lib/server/params';
import type { RequestHandler } from './$types';

/** The rows a chart draws, with each row's evidence, as JSON. */
export const GET: RequestHandler = ({ params, url }) => {
	const id = chartOf(params.id);
	const q = parseQuery(url, {});
	if (q instanceof Response) return q;
	return json(chartRows(id, {}), {
		headers: {
			etag: `"${datasetHash}-${id}"`,
			'cache-control': 'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800'
		}
	});
};
