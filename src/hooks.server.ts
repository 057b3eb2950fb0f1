import type { Handle, HandleServerError } from '@sveltejs/kit';
import { frameAncestors, securityHeaders } from '../scripts/server/headers.js';

/**
 * The security headers of scripts/server/headers.js on every response the app makes, by its type:
 * pages get the page policy, everything else one that allows nothing but inline styles. The built
 * server sets them too (for files and for answers that never reach the app); here they also reach
 * `vite dev`.
 */
function secure(response: Response, url: URL): Response {
	const h = response.headers;
	// While SvelteKit writes a CSP of its own (kit.csp: hashes of its inline start script), that one
	// stands, with the framing rule added.
	const kitPolicy = h.get('content-security-policy');
	for (const [name, value] of Object.entries(
		securityHeaders(url.pathname, h.get('content-type'))
	)) {
		h.set(name, value);
	}
	if (kitPolicy) h.set('content-security-policy', `${kitPolicy}; ${frameAncestors(url.pathname)}`);
	return response;
}

/**
 * No modulepreload of the app's JavaScript: the page is whole without it, so its requests should not
 * compete with the HTML and the font before the first paint (SvelteKit's start script imports it).
 */
const options = { preload: ({ type }: { type: string }) => type !== 'js' };

export const handle: Handle = async ({ event, resolve }) =>
	secure(await resolve(event, options), event.url);

/** 4xx answers (an unknown path, a malformed URL) are the client's; only log what is ours to fix. */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message };
};
