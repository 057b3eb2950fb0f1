import {
	ByteCache,
	chartOf,
	chartSvg,
	fileName,
	imageRequest,
	sendCached
} from '$lib/server/exports';
import type { RequestHandler } from './$types';

const cache = new ByteCache(16 * 1024 * 1024);

/** The chart as a standalone SVG document, drawn by the page's own component. */
export const GET: RequestHandler = ({ params, url, request }) => {
	const r = imageRequest(chartOf(params.id), url);
	if (r instanceof Response) return r;
	return sendCached(
		request,
		cache,
		r.etag,
		'image/svg+xml; charset=utf-8',
		() => Buffer.from(chartSvg(r)),
		fileName(r.id, '.svg')
	);
};
