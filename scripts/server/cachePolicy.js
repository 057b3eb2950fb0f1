// @ts-check
// How long a browser and a CDN may keep what the static layer answers. The cache key is the URL (plus
// Accept-Encoding, which every static response names in Vary): nothing served depends on anything else.

const year = 31_536_000;

/**
 * @param {string} pathname the file's path, as the static layer indexed it
 * @param {number} status
 */
export function cacheControl(pathname, status) {
	// An error is about this request (a bad Range, a refused encoding): never worth keeping.
	if (status >= 400) return 'no-store';
	// Named by their content hash: a new build gives new names, so the old ones never change.
	if (pathname.startsWith('/_app/immutable/')) return `public, max-age=${year}, immutable`;
	// Fonts keep their names across builds, but change almost never: a month, then revalidated quietly.
	if (pathname.startsWith('/fonts/'))
		return `public, max-age=2592000, stale-while-revalidate=${year}`;
	// Pages, other prerendered files and the redirects to them: browsers recheck after a minute; a CDN
	// keeps them an hour (purge it on deploy) and may answer from a stale copy for a day while it refetches.
	return 'public, max-age=60, s-maxage=3600, stale-while-revalidate=86400';
}
