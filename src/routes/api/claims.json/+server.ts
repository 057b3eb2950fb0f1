import { dataset, datasetHash } from '$lib/server/site';
import { claimsJson } from '$lib/words/claimsJson';
import type { RequestHandler } from './$types';

const body = JSON.stringify({ hash: datasetHash, ...claimsJson(dataset) });
const etag = `"claims-${datasetHash}"`;

/** The page's sentences and every chart row, with records, basis and quotes; the dataset's hash is the ETag. */
export const GET: RequestHandler = ({ request }) => {
	const headers = {
		'content-type': 'application/json; charset=utf-8',
		etag,
		'cache-control': 'public, max-age=300'
	};
	if (request.headers.get('if-none-match') === etag)
		return new Response(null, { status: 304, headers });
	return new Response(body, { headers });
};
