import { createHash } from 'node:crypto';
import { raw } from '$lib/data/dataset';
import facts from '$lib/data/facts.md?raw';
import { validate } from '$lib/data/validate';
import { defaultOrigin } from '$lib/origin';
import { createRenderer } from './render/renderer';

/**
 * The dashboard as served: the validated dataset, where it lives, and the renderer every page, embed
 * and export draws through.
 *
 * The dataset is validated once, when the server starts and when pages are prerendered (`vite build`
 * loads this module: an invalid dataset fails the build with the message of the DatasetError).
 */
export const dataset = validate(raw, facts);

/** Content hash of the validated dataset: the ETag of every response derived from it. */
export const datasetHash = createHash('sha256')
	.update(JSON.stringify(dataset))
	.digest('hex')
	.slice(0, 16);

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

/** The dataset's renderer: every page, embed and export draws through it. */
export const renderer = createRenderer(dataset);
