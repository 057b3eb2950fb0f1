import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { today } from '$lib/charts/cards.server';
import { SizedCache } from './exports';

/**
 * Rendered pages, by day, encoding and URL: a page depends only on the dataset (fixed for the life
 * of the process), its query and the date on its credit lines, so each distinct page is rendered and
 * compressed once. Bounded by bytes, so that many distinct queries cannot grow it without end.
 */
const pages = new SizedCache<{ headers: Record<string, string>; body: Buffer }>(
	64 * 1024 * 1024,
	(page) => page.body.length + 2048
);

export type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client takes; the page is large (every chart at three widths) and compresses 10:1. */
export function encodingFor(acceptEncoding: string | null | undefined): Encoding {
	const accepted = acceptEncoding ?? '';
	return /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
}

/** Only GET pages are kept: the dashboard and its embeds. */
export const isCachedPage = (pathname: string) =>
	pathname === '/' || pathname.startsWith('/embed/');

const keyOf = (encoding: Encoding, url: URL) =>
	`${today()} ${encoding} ${url.pathname}${url.search}`;

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
	const page = pages.get(keyOf(encodingFor(acceptEncoding), url));
	if (!page) return undefined;
	if (page.headers.etag && ifNoneMatch === page.headers.etag)
		return { ...page, status: 304, body: null };
	return { ...page, status: 200 };
}

/**
 * Pages worth keeping: the dashboard and each embed as such, or with a known actor selected. Any
 * other query (network filters, unknown parameters, an unknown actor) is rendered per request and
 * not kept, so that random query strings can neither fill the cache nor buy expensive compression.
 */
export function isCanonical(url: URL, actors: ReadonlySet<string>): boolean {
	const keys = [...url.searchParams.keys()];
	if (keys.length === 0) return true;
	const actor = url.searchParams.getAll('actor');
	return keys.length === 1 && actor.length === 1 && actors.has(actor[0]!);
}

/**
 * Compresses a rendered page for the encoding asked and, if `keep`, keeps it; returns what to send.
 * A kept page gets Brotli's best quality (56 kB instead of 64 kB at quality 9, about 0.8 s, paid
 * once); one rendered per request gets a fast quality.
 */
export function storePage(
	url: URL,
	acceptEncoding: string | null | undefined,
	headers: Record<string, string>,
	html: Buffer,
	keep: boolean
): CachedPage {
	const encoding = encodingFor(acceptEncoding);
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
	if (keep) pages.set(keyOf(encoding, url), { headers: h, body });
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
