import { describe, expect, test } from 'vitest';
import { cacheControl } from './cachePolicy.js';

describe('cacheControl', () => {
	test.each([
		['/_app/immutable/assets/0.BP9OKUNU.css', 200, 'public, max-age=31536000, immutable'],
		['/_app/immutable/nodes/2.Bv8peKv6.js', 206, 'public, max-age=31536000, immutable'],
		['/_app/immutable/chunks/DUa_0R0P.js', 304, 'public, max-age=31536000, immutable'],
		[
			'/fonts/source-sans-3-latin-wght-normal.woff2',
			200,
			'public, max-age=2592000, stale-while-revalidate=31536000'
		],
		['/', 200, 'public, max-age=60, s-maxage=3600, stale-while-revalidate=86400'],
		['/actors/kenya', 200, 'public, max-age=60, s-maxage=3600, stale-while-revalidate=86400'],
		['/embed/network/ruto', 200, 'public, max-age=60, s-maxage=3600, stale-while-revalidate=86400'],
		['/api/dataset.json', 200, 'public, max-age=60, s-maxage=3600, stale-while-revalidate=86400'],
		['/robots.txt', 200, 'public, max-age=60, s-maxage=3600, stale-while-revalidate=86400'],
		// The version file sits under /_app/ but keeps its name across builds: not immutable.
		['/_app/version.json', 200, 'public, max-age=60, s-maxage=3600, stale-while-revalidate=86400'],
		['/', 308, 'public, max-age=60, s-maxage=3600, stale-while-revalidate=86400'],
		['/_app/immutable/assets/0.BP9OKUNU.css', 416, 'no-store'],
		['/fonts/source-sans-3-latin-wght-normal.woff2', 406, 'no-store'],
		['/', 400, 'no-store'],
		['/robots.txt', 404, 'no-store'],
		['/robots.txt', 500, 'no-store']
	])('%s, status %i → %s', (pathname, status, expected) => {
		expect(cacheControl(pathname, status)).toBe(expected);
	});
});
