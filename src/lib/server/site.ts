import { defaultOrigin } from '$lib/origin';
import { dataset } from './dataset';
import { createRenderer } from './render/renderer';

/**
 * Where the dashboard lives, for the absolute URLs it writes (embed code, share links, social previews,
 * the permalink on exported images): the `ORIGIN` setting, adapter-node's convention, read when pages
 * are prerendered and when the server starts. Never the request's `Host`, which anyone can forge.
 * Unset, it is the local server's address, so that a wrong deployment shows as obviously local.
 */
export const origin = parseOrigin(process.env.ORIGIN);

function parseOrigin(value: string | undefined): string {
	const url = new URL(value || defaultOrigin);
	if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
		throw new Error(
			`ORIGIN must be a bare http(s) origin such as https://example.org, not "${value}"`
		);
	return url.origin;
}

/** An absolute URL on the dashboard, for what leaves the page (an embed, a preview, a file). */
export const absolute = (path: string) => `${origin}${path}`;

/** The production dataset's renderer: every page, embed and export draws through it. */
export const renderer = createRenderer(dataset);
