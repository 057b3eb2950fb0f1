import type { Dataset } from '$lib/data/schema';

/** The background quotes cited from each source, listed under its entry: the background's "highlights". */
export function citationsBySource(ds: Dataset): Record<string, string[]> {
	const out: Record<string, Set<string>> = {};
	const records = [ds.actors, ds.relations, ds.quantities, ds.events, ds.quotes].flat();
	for (const e of [ds.meeting.evidence, ...records.map((r) => r.evidence)].flat()) {
		if (e.kind === 'background') (out[e.source] ??= new Set()).add(e.quote);
	}
	return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]]));
}
