import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dataset } from './dataset';
import { SizedCache } from './sizedCache';

/**
 * Rendered pages, by encoding and canonical URL: a page depends only on the dataset (fixed for the
 * life of the process) and its query (a page card draws no date), so each page is rendered and
 * compressed once. Bounded by bytes.
 */
const pages = new SizedCache<{ headers: Record<string, string>; body: Buffer }>(
	64 * 1024 * 1024,
	(page) => page.body.length + 2048
);

type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client takes; the page is large (every chart at three widths) and compresses 10:1. */
function encodingFor(acceptEncoding: string | null | undefined): Encoding {
	const accepted = acceptEncoding ?? '';
	return /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
}

/** Only GET pages are kept: the dashboard and its embeds. */
export const isCachedPage = (pathname: string) =>
	pathname === '/' || pathname.startsWith('/embed/');

const actors = new Set(dataset.actors.map((a) => a.id));

/**
 * The one spelling of a page worth keeping, or null. Kept: the dashboard and each embed as such, or
 * with one known actor selected; `/?&` and `?actor=k%65nya` are the pages of `/` and `?actor=kenya`.
 * Any other query (network filters, unknown parameters, an unknown actor) is rendered per request and
 * not kept, so that random query strings can neither fill the cache nor buy expensive compression.
 */
export function canonicalPath(url: URL): string | null {
	const keys = [...url.searchParams.keys()];
	if (keys.length === 0) return url.pathname;
	const actor = url.searchParams.getAll('actor');
	return keys.length === 1 && actor.length === 1 && actors.has(actor[0]!)
		? `${url.pathname}?actor=${actor[0]}`
		: null;
}

export interface CachedPage {
	status: 200 | 304;
	headers: Record<string, string>;
	body: Uint8Array | null;
}

export function lookupPage(
	url: URL,
	acceptEncoding: string | null | undefined,
	ifNoneMatch: string | null | undefined
): CachedPage | undefined {
	const path = canonicalPath(url);
	const page = path === null ? undefined : pages.get(`${encodingFor(acceptEncoding)} ${path}`);
	if (!page) return undefined;
	if (page.headers.etag && ifNoneMatch === page.headers.etag)
		return { ...page, status: 304, body: null };
	return { ...page, status: 200 };
}

/**
 * Compresses a rendered page for the encoding asked and keeps it if it is canonical; returns what to
 * send. A kept page gets Brotli's best quality (about 10% smaller than quality 9, about 0.7 s, paid
 * once); one rendered per request gets a fast quality.
 */
export function storePage(
	url: URL,
	acceptEncoding: string | null | undefined,
	headers: Record<string, string>,
	html: Buffer
): CachedPage {
	const encoding = encodingFor(acceptEncoding);
	const path = canonicalPath(url);
	const keep = path !== null;
	const h: Record<string, string> = { ...headers, vary: 'accept-encoding' };
	delete h['content-length'];
	let body = html;
	if (encoding !== 'identity') {
		h['content-encoding'] = encoding;
		if (h.etag) h.etag = h.etag.replace(/"$/, `-${encoding}"`);
		const quality = keep ? 11 : 4;
		body =
			encoding === 'br'
				? brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } })
				: gzipSync(html, { level: keep ? 9 : 4 });
	}
	if (keep) pages.set(`${encoding} ${path}`, { headers: h, body });
	return { status: 200, headers: h, body };
}

/**
 * The server in scripts/serve.js answers cached pages before SvelteKit's handler runs, so a page
 * already rendered costs what a static file costs. It finds the lookup here (same process).
 */
(globalThis as Record<symbol, unknown>)[Symbol.for('mss-haiti.pages')] = (
	path: string,
	acceptEncoding?: string,
	ifNoneMatch?: string
) => {
	const url = new URL(path, 'http://localhost');
	return isCachedPage(url.pathname) ? lookupPage(url, acceptEncoding, ifNoneMatch) : undefined;
};
