import type { Handle } from '@sveltejs/kit';

/**
 * Security headers on every response. Pages get SvelteKit's CSP (hashes, no inline scripts); other
 * responses (SVG, PNG, CSV, JSON) get one that allows nothing but their own inline styles. Only
 * /embed/ may be framed, by anyone; everything else forbids framing.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const embed = event.url.pathname.startsWith('/embed/');
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
	h.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	return response;
};
