import { error } from '@sveltejs/kit';
import { prepareNetwork } from '$lib/charts/network/card.server';
import { drawnCards } from '$lib/server/cards';
import { dataset } from '$lib/server/dataset';
import { chartOf, rulesFor } from '$lib/server/exports';
import { parseQuery } from '$lib/server/params';
import type { PageServerLoad } from './$types';

/** One chart card alone, for an iframe: the only route that may be framed (see hooks.server.ts). */
export const load = (async ({ params, url }) => {
	const id = chartOf(params.id);
	const q = parseQuery(url, rulesFor(id, 'data'));
	if (q instanceof Response) error(400, ((await q.json()) as { error: string }).error);
	if (id === 'network')
		return { id, network: prepareNetwork(dataset, (q.actor as string) ?? null), card: null };
	const card = drawnCards.find((c) => c.id === id)!;
	return { id, network: null, card };
}) satisfies PageServerLoad;
