import type { Dataset } from '$lib/data/schema';
import { cardWidths, today } from '../cards.server';
import { prepareChart } from '../prepare';
import { network } from './index';
import type { NetworkData, NetworkGeometry } from './layout';

/**
 * The network card for a request: `actor` is the raw `?actor=` value. A known id selects that actor; an
 * unknown one is echoed back (shortened) for a notice, and the map is drawn unselected. Like the other
 * cards, the map is laid out at each card width (so that its text stays readable on a phone), and its
 * words, data and table go to the browser once.
 */
export function prepareNetwork(dataset: Dataset, actor: string | null) {
	const known = actor !== null && dataset.actors.some((a) => a.id === actor);
	const date = today();
	const laid = cardWidths.map((width) =>
		prepareChart(network, dataset, known ? { actor: actor! } : {}, {
			width,
			standalone: false,
			date
		})
	);
	const { id, title, subtitle, description, source, table, data } = laid[0]!;
	return {
		card: {
			id,
			title,
			subtitle,
			description,
			source,
			table,
			data: data as NetworkData,
			variants: laid.map(({ frame, geometry }) => ({
				frame,
				geometry: geometry as NetworkGeometry
			}))
		},
		actor: known ? actor : null,
		unknownActor: !known && actor ? actor.slice(0, 80) : null
	};
}

export type NetworkCardData = ReturnType<typeof prepareNetwork>['card'];
