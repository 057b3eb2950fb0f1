import type { Dataset, RelationKind } from '$lib/data/schema';
import { serverDrawn } from '$lib/server/markup';
import { atCardWidths, drawnTable, drawnVariants } from '../cards.server';
import type { Provenance } from '../types';
import { network } from './index';
import RelationList from './RelationList.svelte';
import { highlight } from './layout';

/** What the filters hide: relation kinds and provenances. */
export interface Hidden {
	kinds: RelationKind[];
	sources: Provenance[];
}

export const nothingHidden: Hidden = { kinds: [], sources: [] };

/**
 * What the filters form hides, from its GET: `filters` says it was submitted, then each `kind` and
 * `source` ticked is kept. Values that name no kind or source are ignored.
 */
export function hiddenBy(params: URLSearchParams, relations: { kind: RelationKind }[]): Hidden {
	if (!params.has('filters')) return nothingHidden;
	const kept = (key: string) => params.getAll(key);
	return {
		kinds: [...new Set(relations.map((r) => r.kind))].filter((k) => !kept('kind').includes(k)),
		sources: (['article', 'background'] as const).filter((s) => !kept('source').includes(s))
	};
}

/**
 * The network card for a request: `actor` is the raw `?actor=` value. A known id selects that actor; an
 * unknown one is echoed back (shortened) for a notice, and the map is drawn unselected. Like the other
 * cards, the map is drawn on the server at each card width (so that its text stays readable on a phone),
 * with the filters applied. Its words, and the data that the selected actor's panel needs, go to the
 * browser once; its list of relations and its table go as HTML only.
 */
export function prepareNetwork(dataset: Dataset, actor: string | null, hidden = nothingHidden) {
	const known = actor !== null && dataset.actors.some((a) => a.id === actor);
	const selected = known ? actor : null;
	const laid = atCardWidths(network, dataset, selected ? { actor: selected } : {}).map((chart) => ({
		...chart,
		geometry: highlight(chart.geometry, {
			active: selected,
			selected,
			hiddenKinds: hidden.kinds,
			hiddenSources: hidden.sources
		})
	}));
	const { id, title, subtitle, description, source, data } = laid[0]!;
	return {
		card: {
			id,
			title,
			subtitle,
			description,
			source,
			...drawOnce(dataset),
			data,
			variants: drawnVariants(laid)
		},
		actor: selected,
		unknownActor: !known && actor ? actor.slice(0, 80) : null,
		hidden
	};
}

const drawn = new WeakMap<Dataset, ReturnType<typeof drawParts>>();

/** The card's parts that no actor or filter changes, drawn once per dataset: its table and list. */
function drawOnce(dataset: Dataset) {
	let parts = drawn.get(dataset);
	if (!parts) drawn.set(dataset, (parts = drawParts(dataset)));
	return parts;
}

function drawParts(dataset: Dataset) {
	const data = network.select(dataset, {});
	return {
		table: drawnTable(network.title, network.table(data)),
		relations: serverDrawn(RelationList, { data })
	};
}

export type NetworkCardData = ReturnType<typeof prepareNetwork>['card'];
