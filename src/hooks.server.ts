import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { startPool } from '$lib/server/render/pool';
import { securityHeaders } from '../scripts/server/headers.js';

/**
 * Pages are prerendered and never hydrated, so Svelte's hydration markers (`<!--[-->`, two thousand
 * comment nodes on the dashboard) are dead weight in the HTML and the DOM: they are taken out. Every
 * response the app makes gets the security headers of scripts/server/headers.js, by its type; the
 * built server sets them too, for files and for answers that never reach the app, and here they also
 * reach `vite dev`.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace(/<!--[\s\S]*?-->/g, '')
	});
	const headers = securityHeaders(event.url.pathname, response.headers.get('content-type'));
	for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
	return response;
};

/** When the server starts: the export pool's threads start too. */
export const init: ServerInit = () => startPool();

/** 4xx answers (an unknown path, a malformed URL) are the client's; only log what is ours to fix. */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message };
};
