import { dataset, datasetHash } from '$lib/server/site';
import type { RequestHandler } from './$types';

/**
 * Written once at build into build/prerendered; the built server answers it as a file, with a strong
 * ETag (its content hash), ranges and precompressed encodings (scripts/server/static.js).
 */
export const prerender = true;

/** The whole validated dataset, with article offsets and its hash. */
export const GET: RequestHandler = () =>
	new Response(JSON.stringify({ hash: datasetHash, ...dataset }), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
