import type { ChartId } from '$lib/charts/registry';

/**
 * The dashboard's URLs, in one place. A selected actor is part of the path (`/actors/kenya`), so that
 * every selection is a page of its own: prerendered, cacheable, and shareable with its own preview.
 */

/** The pages that show the network map, by where a selection leads from each. */
export type MapPage = '/' | '/charts/network' | '/embed/network';

/** A page showing the map, with `actor` selected or with none. */
export function selectionUrl(page: MapPage, actor: string | null): string {
	if (!actor) return page;
	return page === '/' ? `/actors/${actor}` : `${page}/${actor}`;
}

/** A chart's own page; the network's carries the selected actor. */
export const chartPageUrl = (id: ChartId, actor?: string | null) =>
	id === 'network' ? selectionUrl('/charts/network', actor ?? null) : `/charts/${id}`;

/** A chart alone, for an iframe. */
export const embedUrl = (id: ChartId, actor?: string | null) =>
	id === 'network' ? selectionUrl('/embed/network', actor ?? null) : `/embed/${id}`;

/** A card's drawing at a wider width, which the browser fetches when the card has room for it. */
export const drawingUrl = (id: ChartId, width: number) => `/drawings/${id}-${width}.svg`;

/** The network's panel for one actor, which the browser fetches when the reader selects it. */
export const panelUrl = (actor: string) => `/panels/${actor}.html`;

/** The social preview image of a page. */
export const previewUrl = (path: string) => `/previews${path === '/' ? '/index' : path}.png`;

type Query = Record<string, string | number | undefined>;

/** A query string from the parameters that are set, in their order: `?scale=2&theme=dark`. */
export function query(params: Query): string {
	const pairs = Object.entries(params).filter(([, v]) => v !== undefined && v !== '');
	const s = pairs.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
	return s ? `?${s}` : '';
}

/** An exported image of a chart: `/charts/troops.png?scale=2`. */
export const imageUrl = (id: ChartId, ext: 'svg' | 'png', params: Query = {}) =>
	`/charts/${id}.${ext}${query(params)}`;

/** A chart's data: `/data/troops.csv`. */
export const dataUrl = (id: ChartId, ext: 'csv' | 'json') => `/data/${id}.${ext}`;
