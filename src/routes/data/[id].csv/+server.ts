import { chartCsv } from '$lib/server/chartData';
import { datasetHash } from '$lib/server/site';
import { chartOf } from '$lib/server/exports';
import { parseQuery } from '$lib/server/params';
import type { RequestHandler } from './$types';

/** The rows a chart draws, with source and quote columns, as CSV. */
export const GET: RequestHandler = ({ params, url }) => {
	const id = chartOf(params.id);
	const q = parseQuery(url, {});
	if (q instanceof Response) return q;
	return new Response(chartCsv(id, {}), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${`mss-haiti-${id}.csv`}"`,
			etag: `"${datasetHash}-${id}"`,
			'cache-control': 'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800'
		}
	});
};
