import type { Dataset } from '$lib/data/schema';
import { basisColumn, claim, ofActor, ofRelation, tableRow } from '$lib/words/claim';
import { marked, outletsOf, relationIn } from '$lib/words/phrase';
import { largest } from '$lib/words/rules';
import { provenanceOf, type ChartSpec, type ChartWords } from '../types';
import {
	layout,
	linkLabel,
	relationSentence,
	type NetworkData,
	type NetworkGeometry
} from './layout';
import Network from './Network.svelte';

const TITLE = 'Who does what: the actors around the MSS mission';

/** The actors and relations, each relation in words, with the selected actor when the URL names a known one. */
function select(ds: Dataset, state: { actor?: string }): NetworkData {
	const known = state.actor !== undefined && ds.actors.some((a) => a.id === state.actor);
	return {
		actors: ds.actors,
		relations: ds.relations,
		quotes: ds.quotes,
		outlets: outletsOf(ds),
		sentences: Object.fromEntries(ds.relations.map((r) => [r.id, relationIn(ds, r)])),
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

function words(data: NetworkData): ChartWords {
	const relations = data.relations.map(ofRelation);
	const describes = { describes: true };
	const title = claim('network-title', TITLE, relations, [], describes);
	const subtitle = claim(
		'network-subtitle',
		`${data.actors.length} actors and ${data.relations.length} directed relations (leads, deploys or is set to deploy, urges, pledges…). Select an actor for its role, relations and evidence.`,
		relations,
		[],
		describes
	);
	const article = data.relations.filter((r) => provenanceOf(r.evidence) === 'article').length;
	const background = data.relations.length - article;
	const all = degrees(data);
	const top = all[0];
	if (!top)
		return {
			title,
			subtitle,
			description: claim('network-description', 'The network has no actors.', [])
		};
	// Taking part in the most relations is a count of this map's records: ours, with its rule.
	const most = largest(
		all
			.filter((d) => d.n === top.n || d === all[1])
			.map((d) => ({
				ref: { type: 'actor' as const, id: d.actor.id },
				name: d.actor.short ?? d.actor.name,
				figure: { value: d.n, unit: 'personnel' as const },
				evidence: []
			})),
		'the counts of relations per actor in this map (the runner-up shown)'
	);
	const description = claim(
		'network-description',
		`Of the ${data.relations.length} relations, ${article} rest on the article and ${background} on background sources only; ${top.actor.short ?? top.actor.name} takes part in the most, ${marked(String(top.n))}.`,
		[
			ofActor(top.actor),
			...data.relations
				.filter((r) => r.from === top.actor.id || r.to === top.actor.id)
				.map(ofRelation)
		],
		[most.rule],
		describes
	);
	return { title, subtitle, description };
}

function table(data: NetworkData) {
	const name = (id: string) => data.actors.find((a) => a.id === id)?.name ?? id;
	return {
		columns: [
			{ key: 'from', label: 'From' },
			{ key: 'relation', label: 'Relation' },
			{ key: 'to', label: 'To' },
			{ key: 'kind', label: 'Kind' },
			basisColumn
		],
		rows: data.relations.map((r) =>
			tableRow(
				{
					from: name(r.from),
					relation: relationSentence(r, data),
					to: name(r.to),
					kind: linkLabel(r)
				},
				[ofRelation(r)]
			)
		)
	};
}

export { relationSentence };

export const network: ChartSpec<NetworkData, NetworkGeometry> = {
	id: 'network',
	title: TITLE,
	subtitle: (data) => words(data).subtitle.text,
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
	describe: (data) => words(data).description.text,
	table,
	words,
	component: Network
};
