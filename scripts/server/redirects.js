// @ts-check
// The selected actor is part of a page's path (`/actors/kenya`), not of its query: a prerendered page is
// one file, the same whatever the query says. The old query form redirects to the path form.

/** The pages that took `?actor=`, and the path under which each actor's version now lies. */
const actorPages = new Map([
	['/', '/actors/'],
	['/embed/network', '/embed/network/'],
	['/charts/network', '/charts/network/']
]);

/** Ids are lower-case slugs (see src/lib/data/schema.ts): nothing else can be an actor's path. */
const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The pair's key and value, decoded as a query is (`+` is a space; a bad escape stays as it is).
 * @param {string} pair
 */
const decodePair = (pair) => [...new URLSearchParams(pair)][0] ?? ['', ''];

/**
 * Where a request for `pathname?query` goes if it selects an actor with `?actor=`: a 308 to the actor's
 * path, keeping the other parameters as they were written, or a 400 naming the parameter. Undefined
 * when the page takes no actor or none is given. A well-formed actor nobody knows still redirects; its
 * path then answers 404.
 * @param {string} pathname the decoded path
 * @param {string} query the raw query, without `?`
 * @returns {undefined | { location: string } | { parameter: string, error: string, allowed: string }}
 */
export function actorRedirect(pathname, query) {
	const base = actorPages.get(pathname);
	if (base === undefined || query === '') return undefined;
	const pairs = query.split('&');
	const isActor = (/** @type {string} */ pair) => decodePair(pair)[0] === 'actor';
	const actors = pairs.filter(isActor).map((pair) => decodePair(pair)[1]);
	const [actor, ...more] = actors;
	if (actor === undefined) return undefined;
	const allowed = 'one actor id, a lower-case slug such as kenya';
	if (more.length > 0)
		return { parameter: 'actor', error: 'actor is given more than once', allowed };
	if (!slug.test(actor)) return { parameter: 'actor', error: 'actor is not an actor id', allowed };
	const rest = pairs.filter((pair) => pair !== '' && !isActor(pair)).join('&');
	return { location: `${base}${actor}${rest ? `?${rest}` : ''}` };
}
