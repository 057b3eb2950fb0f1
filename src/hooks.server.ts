import type { Handle, HandleServerError } from '@sveltejs/kit';
import { isCachedPage, lookupPage, storePage, type CachedPage } from '$lib/server/pageCache';

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

/**
 * No modulepreload of the app's JavaScript: the page is whole without it, so its requests should not
 * compete with the HTML and the font before the first paint (SvelteKit's start script imports it).
 */
const options = { preload: ({ type }: { type: string }) => type !== 'js' };

const send = (page: CachedPage) =>
	new Response(page.body as BodyInit | null, { status: page.status, headers: page.headers });

export const handle: Handle = async ({ event, resolve }) => {
	const { url, request } = event;
	// Data requests (client navigation) carry the page's URL too: they are not the page.
	if (request.method !== 'GET' || event.isDataRequest || !isCachedPage(url.pathname)) {
		return secure(await resolve(event, options), url);
	}
	const encoding = request.headers.get('accept-encoding');
	const hit = lookupPage(url, encoding, request.headers.get('if-none-match'));
	if (hit) return send(hit);
	const response = secure(await resolve(event, options), url);
	if (response.status !== 200) return response;
	const html = Buffer.from(await response.arrayBuffer());
	return send(storePage(url, encoding, Object.fromEntries(response.headers), html));
};

/** 4xx answers (an unknown path, a malformed URL) are the client's; only log what is ours to fix. */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message };
};
