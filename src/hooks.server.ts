import type { Handle } from '@sveltejs/kit';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { today } from '$lib/charts/cards.server';
import { ByteCache } from '$lib/server/exports';

/**
 * Rendered pages, by URL and day: a page depends only on the dataset (fixed for the life of the
 * process), its query and the date on the credit lines, so each distinct page is rendered once.
 * Bounded by bytes, so that many distinct queries cannot grow it without end.
 */
const pages = new ByteCache(64 * 1024 * 1024);

/**
 * Security headers on every response. Pages get SvelteKit's CSP (hashes, no inline scripts); other
 * responses (SVG, PNG, CSV, JSON) get one that allows nothing but their own inline styles. Only
 * /embed/ may be framed, by anyone; everything else forbids framing.
 */
function secure(response: Response, url: URL): Response {
	const embed = url.pathname.startsWith('/embed/');
	const h = response.headers;
	const ancestors = embed ? 'frame-ancestors *' : "frame-ancestors 'none'";
	const csp = h.get('content-security-policy');
	h.set(
		'content-security-policy',
		csp ? `${csp}; ${ancestors}` : `default-src 'none'; style-src 'unsafe-inline'; ${ancestors}`
	);
	if (!embed) h.set('x-frame-options', 'DENY');
	h.set('x-content-type-options', 'nosniff');
	h.set('referrer-policy', 'strict-origin-when-cross-origin');
	h.set('cross-origin-opener-policy', 'same-origin');
	h.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
	return response;
}

type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client takes; the page is large (every chart at three widths) and compresses 7:1. */
function encodingFor(request: Request): Encoding {
	const accepted = request.headers.get('accept-encoding') ?? '';
	return /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
}

function encode(body: Buffer, encoding: Encoding): Buffer {
	if (encoding === 'br')
		return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
	return encoding === 'gzip' ? gzipSync(body) : body;
}

export const handle: Handle = async ({ event, resolve }) => {
	const { url, request } = event;
	// Data requests (client navigation) carry the page's URL too: they are not the page.
	const page =
		request.method === 'GET' &&
		!event.isDataRequest &&
		(url.pathname === '/' || url.pathname.startsWith('/embed/'));
	// A data request (`/__data.json`, e.g. a link preloaded on hover) has the page's url here: caching
	// it under the page's key would serve JSON for the page.
	if (!page || event.isDataRequest) return secure(await resolve(event), url);

	const encoding = encodingFor(request);
	const key = `${today()} ${encoding} ${url.pathname}${url.search}`;
	let cached = pages.get(key);
	if (!cached) {
		const response = secure(await resolve(event), url);
		if (response.status !== 200) return response;
		const headers = Object.fromEntries(response.headers);
		headers.vary = 'accept-encoding';
		delete headers['content-length'];
		if (encoding !== 'identity') {
			headers['content-encoding'] = encoding;
			if (headers.etag) headers.etag = headers.etag.replace(/"$/, `-${encoding}"`);
		}
		const body = encode(Buffer.from(await response.arrayBuffer()), encoding);
		// One buffer per page and encoding: its headers as a JSON line, then the body.
		cached = Buffer.concat([Buffer.from(`${JSON.stringify(headers)}\n`), body]);
		pages.set(key, cached);
	}
	const split = cached.indexOf(10);
	const headers = JSON.parse(cached.subarray(0, split).toString()) as Record<string, string>;
	if (headers.etag && request.headers.get('if-none-match') === headers.etag) {
		return new Response(null, { status: 304, headers });
	}
	return new Response(new Uint8Array(cached.subarray(split + 1)), { headers });
};
