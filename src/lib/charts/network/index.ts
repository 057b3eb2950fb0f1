import type { Dataset } from '$lib/data/schema';
import { provenanceOf, type ChartSpec } from '../types';
import {
	kindLabels,
	layout,
	relationSentence,
	type NetworkData,
	type NetworkGeometry
} from './layout';
import Network from './Network.svelte';

/** The actors and relations, with the selected actor when the URL names a known one. */
function select(ds: Dataset, state: { actor?: string }): NetworkData {
	const known = state.actor !== undefined && ds.actors.some((a) => a.id === state.actor);
	return {
		actors: ds.actors,
		relations: ds.relations,
		quotes: ds.quotes,
		outlets: Object.fromEntries(ds.sources.map((s) => [s.id, s.outlet])),
		selected: known ? state.actor! : null
	};
}

/** How many relations each actor takes part in, most first. */
export function degrees(data: Pick<NetworkData, 'actors' | 'relations'>) {
	return data.actors
		.map((a, i) => ({
			actor: a,
			i,
			n: data.relations.filter((r) => r.from === a.id || r.to === a.id).length
		}))
		.sort((p, q) => q.n - p.n || p.i - q.i);
}

function describe(data: NetworkData): string {
	const top = degrees(data)[0];
	const article = data.relations.filter((r) => provenanceOf(r.evidence) === 'article').length;
	const background = data.relations.length - article;
	if (!top) return 'The network has no actors.';
	return `${top.actor.short ?? top.actor.name} is the hub of the network, in ${top.n} of its ${data.relations.length} relations; ${article} relations come from the article and ${background} from background sources only.`;
}

function table(data: NetworkData) {
	const name = (id: string) => data.actors.find((a) => a.id === id)?.name ?? id;
	return {
		columns: [
			{ key: 'from', label: 'From' },
			{ key: 'relation', label: 'Relation' },
			{ key: 'to', label: 'To' },
			{ key: 'kind', label: 'Kind' },
			{ key: 'source', label: 'Source' }
		],
		rows: data.relations.map((r) => ({
			cells: {
				from: name(r.from),
				relation: r.label,
				to: name(r.to),
				kind: kindLabels[r.kind],
				source: provenanceOf(r.evidence) === 'article' ? 'article' : 'background only'
			},
			evidence: r.evidence
		}))
	};
}

export { relationSentence };

export const network: ChartSpec<NetworkData, NetworkGeometry> = {
	id: 'network',
	title: 'Who does what: the actors around the MSS mission',
	subtitle: (data) =>
		`${data.actors.length} actors and ${data.relations.length} directed relations (leads, deploys to, urges, pledges to…). Select an actor for its role, relations and evidence.`,
	legend: [
		{ label: 'Person', swatch: 'neutral', shape: 'circle' },
		{ label: 'Country', swatch: 'neutral', shape: 'rect' },
		{ label: 'Organisation', swatch: 'neutral', shape: 'diamond' },
		{ label: 'Force', swatch: 'neutral', shape: 'triangle' },
		{ label: 'Group', swatch: 'neutral', shape: 'rounded' },
		{ label: 'In the article (solid)', swatch: 'article', shape: 'line' },
		{
			label: 'Background sources only (dashed, hatched)',
			swatch: 'background-solid',
			shape: 'dashed'
		}
	],
	select,
	layout,
	describe,
	table,
	component: Network
};
