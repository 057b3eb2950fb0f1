import {
	ByteCache,
	chartOf,
	chartSvg,
	fileName,
	imageRequest,
	sendCached
} from '$lib/server/exports';
import { svgToPng } from '$lib/server/png';
import type { RequestHandler } from './$types';

const cache = new ByteCache(64 * 1024 * 1024);

/** The chart's SVG rasterised with resvg and the page's font as TrueType; once per distinct request. */
export const GET: RequestHandler = ({ params, url, request }) => {
	const r = imageRequest(chartOf(params.id), url);
	if (r instanceof Response) return r;
	return sendCached(
		request,
		cache,
		r.etag,
		'image/png',
		() => svgToPng(chartSvg(r), r.scale),
		fileName(r.id, `-${r.scale}x.png`)
	);
};
