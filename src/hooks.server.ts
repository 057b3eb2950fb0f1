import type { Handle, HandleServerError } from '@sveltejs/kit';

/**
 * Pages are prerendered; what reaches SvelteKit at run time is the exports, the data and the redirects.
 * Security headers and caching are the server's (scripts/serve.js), for static and dynamic responses
 * alike.
 */
export const handle: Handle = ({ event, resolve }) => resolve(event);

/** 4xx answers (an unknown path, a malformed URL) are the client's; only log what is ours to fix. */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message };
};
