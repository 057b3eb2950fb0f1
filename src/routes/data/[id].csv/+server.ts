import { chartCsv } from '$lib/server/chartData';
import { datasetHash } from '$lib/server/dataset';
import { chartOf, fileName, rulesFor } from '$lib/server/exports';
import { parseQuery } from '$lib/server/params';
import type { RequestHandler } from './$types';

/** The rows a chart draws, with source and quote columns, as CSV. */
export const GET: RequestHandler = ({ params, url }) => {
	const id = chartOf(params.id);
	const q = parseQuery(url, rulesFor(id, 'data'));
	if (q instanceof Response) return q;
	return new Response(chartCsv(id, q.actor ? { actor: q.actor as string } : {}), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName(id, '.csv')}"`,
			etag: `"${datasetHash}-${id}-${q.actor ?? ''}"`,
			'cache-control': 'public, max-age=300'
		}
	});
};
