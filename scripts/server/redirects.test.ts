import { describe, expect, test } from 'vitest';
import { actorRedirect } from './redirects.js';

describe('actorRedirect', () => {
	test.each([
		['/', 'actor=kenya', { location: '/actors/kenya' }],
		['/', 'actor=k%65nya', { location: '/actors/kenya' }],
		['/', 'actor=south-sudan', { location: '/actors/south-sudan' }],
		['/embed/network', 'actor=ruto', { location: '/embed/network/ruto' }],
		['/charts/network', 'actor=kenya', { location: '/charts/network/kenya' }],
		// Other parameters stay, as they were written; empty pairs go.
		['/', 'utm_source=x&actor=kenya&&b=c%20d', { location: '/actors/kenya?utm_source=x&b=c%20d' }],
		['/charts/network', 'theme=dark&actor=kenya', { location: '/charts/network/kenya?theme=dark' }],
		// Unknown but well-formed: redirected, and the actor's path answers 404.
		['/', 'actor=atlantis', { location: '/actors/atlantis' }],
		// Pages that take no actor, and queries without one.
		['/', '', undefined],
		['/', 'utm_source=x', undefined],
		['/', 'actors=kenya', undefined],
		['/embed/troops', 'actor=kenya', undefined],
		['/actors/kenya', 'actor=ruto', undefined]
	])('%s?%s → %o', (pathname, query, expected) => {
		expect(actorRedirect(pathname, query)).toEqual(expected);
	});

	test.each([
		['actor=Kenya'],
		['actor='],
		['actor'],
		['actor=kenya%2F..'],
		['actor=-kenya'],
		['actor=ken--ya'],
		['actor=%ff'],
		['actor=ke+nya'],
		['actor=%2e%2e'],
		['actor=kenya&actor=ruto']
	])('/?%s → 400 naming actor', (query) => {
		expect(actorRedirect('/', query)).toMatchObject({ parameter: 'actor' });
	});
});
