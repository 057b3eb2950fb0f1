/**
 * The map's filters in the URL, so that a filtered view can be linked: `?filters=1` says filters are
 * set, then each relation kind and source that is shown. A URL without `filters` hides nothing.
 */
export interface Hidden {
	kinds: string[];
	sources: string[];
}

export const SOURCES = ['article', 'background'] as const;

export const nothingHidden: Hidden = { kinds: [], sources: [] };

/** What a URL's query hides, of the kinds the map has. Values that name no kind or source are ignored. */
export function hiddenBy(params: URLSearchParams, kinds: readonly string[]): Hidden {
	if (!params.has('filters')) return nothingHidden;
	const shown = (key: string) => params.getAll(key);
	return {
		kinds: kinds.filter((k) => !shown('kind').includes(k)),
		sources: SOURCES.filter((s) => !shown('source').includes(s))
	};
}

/**
 * The query that says what is hidden, keeping the URL's other parameters; empty when nothing is. The
 * inverse of `hiddenBy`.
 */
export function filterQuery(
	params: URLSearchParams,
	hidden: Hidden,
	kinds: readonly string[]
): string {
	const out = new URLSearchParams(params);
	for (const key of ['filters', 'kind', 'source']) out.delete(key);
	if (hidden.kinds.length || hidden.sources.length) {
		out.set('filters', '1');
		for (const k of kinds) if (!hidden.kinds.includes(k)) out.append('kind', k);
		for (const s of SOURCES) if (!hidden.sources.includes(s)) out.append('source', s);
	}
	const s = out.toString();
	return s ? `?${s}` : '';
}
