import type { Handle, HandleServerError } from '@sveltejs/kit';

/**
 * Pages are prerendered and never hydrated, so Svelte's hydration markers (`<!--[-->`, two thousand
 * comment nodes on the dashboard) are dead weight in the HTML and the DOM: they are taken out.
 * Security headers and caching are the server's (scripts/serve.js), for every response alike.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace(/<!--[\s\S]*?-->/g, '') });

/** 4xx answers (an unknown path, a malformed URL) are the client's; only log what is ours to fix. */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message };
};
