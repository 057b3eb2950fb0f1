import type { Dataset } from '$lib/data/schema';
import { today } from '../cards.server';
import { prepareChart } from '../prepare';
import { network } from './index';

/** The one width the network card is laid out at: below it the map scales down and zooms (see the report). */
export const NETWORK_WIDTH = 720;

/**
 * The network card for a request: `actor` is the raw `?actor=` value. A known id selects that actor; an
 * unknown one is echoed back (shortened) for a notice, and the map is drawn unselected.
 */
export function prepareNetwork(dataset: Dataset, actor: string | null) {
	const known = actor !== null && dataset.actors.some((a) => a.id === actor);
	const chart = prepareChart(network, dataset, known ? { actor: actor! } : {}, {
		width: NETWORK_WIDTH,
		standalone: false,
		date: today()
	});
	return {
		chart,
		actor: known ? actor : null,
		unknownActor: !known && actor ? actor.slice(0, 80) : null
	};
}

export type PreparedNetwork = ReturnType<typeof prepareNetwork>;
