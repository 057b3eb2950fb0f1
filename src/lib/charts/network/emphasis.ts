import type { NetworkGeometry } from './layout';

/**
 * The map's emphasis: what the server draws for a selection and what the browser switches on the drawn
 * map as the reader hovers, selects and filters, by one rule.
 */

/** What the map emphasises: the active actor (hovered, or else selected), the selected one, and filters. */
export interface MapState {
	active: string | null;
	selected: string | null;
	hiddenKinds: readonly string[];
	hiddenSources: readonly string[];
}

export const noEmphasis: MapState = {
	active: null,
	selected: null,
	hiddenKinds: [],
	hiddenSources: []
};

type LinkEnds = { from: string; to: string; kind: string; provenance: string };

/** Whether the filters hide a link: its kind or its provenance is unticked. */
export const filteredOut = (
	l: Pick<LinkEnds, 'kind' | 'provenance'>,
	s: Pick<MapState, 'hiddenKinds' | 'hiddenSources'>
) => s.hiddenKinds.includes(l.kind) || s.hiddenSources.includes(l.provenance);

/**
 * The one rule for the map's emphasis, used by the server's drawing (`highlight`) and by the browser's
 * (NetworkCard, on the drawn DOM): filtered links are off; the links of the active actor are on; the
 * active actor, its neighbours through links that are not off, and the selected actor stay bright,
 * everything else dims while an actor is active.
 */
export function emphasis(links: LinkEnds[], s: MapState) {
	const off = links.map((l) => filteredOut(l, s));
	const on = links.map(
		(l, i) => !off[i] && s.active !== null && (l.from === s.active || l.to === s.active)
	);
	const near = new Set(
		links.flatMap((l, i) => (on[i] ? [l.from === s.active ? l.to : l.from] : []))
	);
	return {
		off,
		on,
		/** Linked to the active actor by a link that is shown. */
		neighbour: (id: string) => near.has(id),
		/** Dimmed while another actor is active: neither it, nor selected, nor its neighbour. */
		dims: (id: string) => s.active !== null && id !== s.active && id !== s.selected && !near.has(id)
	};
}

/** The geometry with `emphasis` applied: the server draws the map (selected actor, filters) from it. */
export function highlight(g: NetworkGeometry, s: MapState): NetworkGeometry {
	const e = emphasis(
		g.links.map((l) => ({ ...l, provenance: l.link.provenance })),
		s
	);
	return {
		...g,
		active: s.active,
		nodes: g.nodes.map((n) => ({
			...n,
			selected: n.id === s.selected,
			neighbour: e.neighbour(n.id),
			dim: e.dims(n.id)
		})),
		links: g.links.map((l, i) => ({ ...l, active: e.on[i]!, hidden: e.off[i]! }))
	};
}
