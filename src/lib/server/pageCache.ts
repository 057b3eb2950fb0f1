import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { today } from '$lib/charts/cards.server';
import { ByteCache } from './exports';

/**
 * Rendered pages, by day, encoding and URL: a page depends only on the dataset (fixed for the life
 * of the process), its query and the date on its credit lines, so each distinct page is rendered and
 * compressed once. Bounded by bytes, so that many distinct queries cannot grow it without end.
 */
const pages = new ByteCache(64 * 1024 * 1024);

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
	const cached = pages.get(keyOf(encodingFor(acceptEncoding), url));
	if (!cached) return undefined;
	const split = cached.indexOf(10);
	const headers = JSON.parse(cached.subarray(0, split).toString()) as Record<string, string>;
	if (headers.etag && ifNoneMatch === headers.etag) return { status: 304, headers, body: null };
	return { status: 200, headers, body: cached.subarray(split + 1) };
}

/** Keeps a rendered page, compressed for the encoding asked; returns what to send. */
export function storePage(
	url: URL,
	acceptEncoding: string | null | undefined,
	headers: Record<string, string>,
	html: Buffer
): CachedPage {
	const encoding = encodingFor(acceptEncoding);
	const h: Record<string, string> = { ...headers, vary: 'accept-encoding' };
	delete h['content-length'];
	let body = html;
	if (encoding !== 'identity') {
		h['content-encoding'] = encoding;
		if (h.etag) h.etag = h.etag.replace(/"$/, `-${encoding}"`);
		body =
			encoding === 'br'
				? brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
				: gzipSync(html);
	}
	// One buffer per page and encoding: its headers as a JSON line, then the body.
	pages.set(keyOf(encoding, url), Buffer.concat([Buffer.from(`${JSON.stringify(h)}\n`), body]));
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
