import type { Dataset, RelationKind } from '$lib/data/schema';
import { serverDrawn } from '$lib/server/markup';
import { cardWidths, drawnTable, today } from '../cards.server';
import { prepareChart } from '../prepare';
import { cardMarkup } from '../render.server';
import type { Provenance } from '../types';
import { network } from './index';
import RelationList from './RelationList.svelte';
import { highlight, type NetworkData, type NetworkGeometry } from './layout';

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
	const date = today();
	const laid = cardWidths.map((width) => {
		const chart = prepareChart(network, dataset, selected ? { actor: selected } : {}, {
			width,
			standalone: false,
			date
		});
		const geometry = highlight(chart.geometry as NetworkGeometry, {
			active: selected,
			selected,
			hiddenKinds: hidden.kinds,
			hiddenSources: hidden.sources
		});
		return { ...chart, geometry };
	});
	const { id, title, subtitle, description, source, table, data } = laid[0]!;
	return {
		card: {
			id,
			title,
			subtitle,
			description,
			source,
			table: drawnTable({ title, table }),
			relations: serverDrawn(RelationList, { data: data as NetworkData }),
			data: data as NetworkData,
			variants: laid.map((chart) => ({ width: chart.frame.width, svg: cardMarkup(chart) }))
		},
		actor: selected,
		unknownActor: !known && actor ? actor.slice(0, 80) : null,
		hidden
	};
}

export type NetworkCardData = ReturnType<typeof prepareNetwork>['card'];
