import { getContext, setContext } from 'svelte';

/** What a SourceMarker needs to name its evidence: outlet by source id, reading-order number by highlight id. */
export interface MarkerContext {
	outlets: Record<string, string>;
	numbers: Record<string, number>;
}

const key = Symbol('markers');

export const markerContext = {
	set: (value: MarkerContext) => setContext(key, value),
	get: () => getContext<MarkerContext>(key),
	/** The context as an entry of `render()`'s context map, for components drawn outside a page. */
	entry: (value: MarkerContext) => [key, value] as [symbol, MarkerContext]
};
