// @ts-check
// One request, in order: the `?actor=` redirect of a prerendered page, a file of the build, or
// SvelteKit's handler (dynamic endpoints and 404s). Nothing here reads Host: absolute URLs come from
// ORIGIN, which adapter-node reads at start.
import { cacheControl } from './cachePolicy.js';
import { securityHeaders } from './headers.js';
import { actorRedirect } from './redirects.js';
import { sendError, sendFile } from './static.js';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {(req: Request, res: Response, next: () => void) => unknown} Handler */

/**
 * The request's path decoded as a file name is (decodeURI: `%2e` is `.`, but `%2F` stays an escape, so
 * `/actors%2Fkenya` names no file), or undefined for a path that is not one (`*`, `http://…`, bad
 * escapes).
 * @param {string} raw
 */
function decodePath(raw) {
	if (!raw.startsWith('/')) return undefined;
	try {
		return decodeURI(raw);
	} catch {
		return undefined;
	}
}

/**
 * Other spellings under which adapter-node's static server (sirv) would still find a build file: one
 * trailing slash (`/robots.txt/`), and a precompressed sibling's own name (`/robots.txt.br`). The first
 * is redirected to the file's one name, as adapter-node does for pages; the second names a
 * representation, not a resource.
 * @param {string} pathname
 * @param {Map<string, unknown>} files
 * @returns {undefined | 'redirect' | 'not found'}
 */
function aliasOf(pathname, files) {
	if (pathname.length > 1 && pathname.endsWith('/') && files.has(pathname.slice(0, -1)))
		return 'redirect';
	const sibling = /\.(br|gz)$/.exec(pathname);
	if (sibling && files.has(pathname.slice(0, sibling.index))) return 'not found';
	return undefined;
}

/**
 * A permanent redirect that keeps the method, to a path on this server (never built from Host).
 * @param {Response} res
 * @param {string} pathname
 * @param {string} location
 */
function redirect(res, pathname, location) {
	res.writeHead(308, {
		...securityHeaders(pathname, null),
		location,
		'content-length': '0',
		'cache-control': cacheControl(pathname, 308)
	});
	res.end();
}

/**
 * @param {{ files: Map<string, import('./static.js').StaticFile>, handler: Handler }} app
 * @returns {(req: Request, res: Response) => void}
 */
export function createApp({ files, handler }) {
	/**
	 * A file of the build, by its one name. The `?actor=` redirect applies only to a page served as a
	 * file (prerendered), which cannot read its query; any other query (`?utm_source=x`) is not the
	 * file's business: the file is the same for everyone.
	 * @param {Request} req
	 * @param {Response} res
	 * @param {string} pathname
	 * @param {string} query
	 * @param {import('./static.js').StaticFile} file
	 */
	function fromFile(req, res, pathname, query, file) {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			const message = 'Method not allowed: this is a file, for GET or HEAD';
			return sendError(res, pathname, 405, message, { allow: 'GET, HEAD' });
		}
		const actor = query === '' ? undefined : actorRedirect(pathname, query);
		if (actor && 'location' in actor) return redirect(res, pathname, actor.location);
		if (actor) return sendError(res, pathname, 400, actor);
		sendFile(req, res, pathname, file);
	}

	/**
	 * Everything else: dynamic endpoints, pages the build did not prerender, 404s.
	 * @param {Request} req
	 * @param {Response} res
	 * @param {string} pathname
	 */
	function fromApp(req, res, pathname) {
		// Dynamic responses do no ranges, and adapter-node's static server (sirv) must never see a hostile
		// one (`bytes=5-1` throws inside it and takes the process down).
		delete req.headers.range;
		// Defaults for whatever the app does not set itself: src/hooks.server.ts gives pages the page
		// policy, and endpoints set their own Cache-Control; anything left unmarked is not for caches.
		for (const [name, value] of Object.entries(securityHeaders(pathname, null))) {
			res.setHeader(name, value);
		}
		res.setHeader('cache-control', 'no-store');
		const notFound = () => sendError(res, pathname, 404, 'Not found');
		Promise.resolve(handler(req, res, notFound)).catch((/** @type {unknown} */ error) => {
			console.error(error);
			if (!res.headersSent) sendError(res, pathname, 500, 'Internal error');
			else res.destroy();
		});
	}

	return (req, res) => {
		const url = req.url ?? '/';
		const mark = url.indexOf('?');
		const query = mark === -1 ? '' : url.slice(mark + 1);
		const pathname = decodePath(mark === -1 ? url : url.slice(0, mark));
		if (pathname === undefined) return fromApp(req, res, '/');
		const file = files.get(pathname);
		if (file) return fromFile(req, res, pathname, query, file);
		const alias = aliasOf(pathname, files);
		if (alias === 'redirect') {
			return redirect(res, pathname, encodeURI(pathname.slice(0, -1)) + (query && `?${query}`));
		}
		if (alias === 'not found') return sendError(res, pathname, 404, 'Not found');
		fromApp(req, res, pathname);
	};
}
