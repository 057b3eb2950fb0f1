import type { ActorKind, Dataset, RelationKind } from '$lib/data/schema';
import {
	markLink,
	provenanceOf,
	type LayoutOptions,
	type MarkLink,
	type Provenance
} from '../types';
import { highlight, noEmphasis } from './emphasis';
import { linkPath } from './paths';
import { positions, type Box } from './simulation';
import { provenanceWords } from '$lib/words/phrase';

type Actor = Dataset['actors'][number];
type Relation = Dataset['relations'][number];

/** What the network spec selects: the actors, their relations and quotes, and the selected actor if any. */
export interface NetworkData {
	actors: Actor[];
	relations: Relation[];
	quotes: Dataset['quotes'];
	/** Outlet of each source id, for naming evidence links. */
	outlets: Record<string, string>;
	/** Each relation in words (by id), as the phrasing writes it from its kind, status and basis. */
	sentences: Record<string, string>;
	selected: string | null;
}

export interface NetNode {
	id: string;
	name: string;
	/** The short name drawn under the shape. */
	label: string;
	kind: ActorKind;
	provenance: Provenance;
	x: number;
	y: number;
	/** Where the label's baseline sits. */
	labelY: number;
	/** Shape and label together: what must not overlap another node or link label. */
	box: Box;
	ariaLabel: string;
	selected: boolean;
	/** Linked to the active (selected or hovered) actor. */
	neighbour: boolean;
	/** Dimmed: another actor is active, and this one is neither it, nor selected, nor linked to it. */
	dim: boolean;
}

export interface NetLink {
	id: string;
	from: string;
	to: string;
	kind: RelationKind;
	/** The kind in a word or two, drawn on the link: kinds differ by these words, not by colour. */
	kindLabel: string;
	/** Point the curve passes through at its middle, where the kind label is drawn. */
	lx: number;
	ly: number;
	labelBox: Box;
	path: string;
	link: MarkLink;
	/** Touches the active actor. */
	active: boolean;
	/** Filtered out: drawn, but not shown (so that the browser can show it again). */
	hidden: boolean;
}

export interface NetworkGeometry {
	width: number;
	height: number;
	/** Whether links carry their kind in words: not on a narrow map, where the words would crowd it. */
	linkLabels: boolean;
	nodes: NetNode[];
	links: NetLink[];
	/** The actor whose neighbourhood is highlighted (selected, or hovered with JavaScript). */
	active: string | null;
}

export const kindLabels: Record<RelationKind, string> = {
	urges: 'urges',
	leads: 'leads',
	'deploys-to': 'deploys to',
	'works-with': 'works with',
	extends: 'extends',
	authorises: 'authorised',
	commends: 'commends',
	'discusses-with': 'talks with',
	'holds-hostage': 'holds hostage',
	brokered: 'brokered',
	replaces: 'replaced',
	becomes: 'became',
	supports: 'supports',
	'pledges-to': 'pledged to',
	'part-of': 'part of',
	criticises: 'criticised',
	announces: 'announced'
};

/**
 * The kind as drawn on a link, where no sentence stands beside it: a relation only announced reads as a
 * plan (“set to deploy to”), not as done; money committed reads as committed, not pledged.
 */
export function linkLabel(r: Pick<Relation, 'kind' | 'status'>): string {
	if (r.kind === 'pledges-to' && r.status === 'committed') return 'committed to';
	if (r.status !== 'announced') return kindLabels[r.kind];
	return r.kind === 'deploys-to' ? 'set to deploy to' : `${kindLabels[r.kind]} (announced)`;
}

export const actorKindLabels: Record<ActorKind, string> = {
	person: 'Person',
	country: 'Country',
	organisation: 'Organisation',
	force: 'Force',
	group: 'Group'
};

/** The relation in words, as the phrasing wrote it: “Kenya is set to send an additional 600 officers to Haiti”. */
export const relationSentence = (r: Relation, data: Pick<NetworkData, 'sentences'>) =>
	data.sentences[r.id] ?? r.id;

const actorLabel = (a: Actor) => a.short ?? a.name;

/** What the force layout needs of the actors and relations: their ids, ends and drawn words. */
export const simulationInput = (actors: Actor[], relations: Relation[]) =>
	[
		actors.map((a) => ({ id: a.id, label: actorLabel(a) })),
		relations.map((r) => ({ id: r.id, from: r.from, to: r.to, label: linkLabel(r) }))
	] as const;

/** Positions of the network, with the selected actor and its neighbourhood marked. */
export function layout(data: NetworkData, { width }: LayoutOptions): NetworkGeometry {
	const pos = positions(...simulationInput(data.actors, data.relations), width);
	const degree = (id: string) => data.relations.filter((r) => r.from === id || r.to === id).length;
	const nodes: NetNode[] = data.actors.map((a) => {
		const p = pos.nodes.get(a.id)!;
		const n = degree(a.id);
		return {
			id: a.id,
			name: a.name,
			label: actorLabel(a),
			kind: a.kind,
			provenance: provenanceOf(a.evidence),
			...p,
			ariaLabel: `${a.name}: ${actorKindLabels[a.kind].toLowerCase()}, ${n} relation${n === 1 ? '' : 's'}. Show details`,
			selected: false,
			neighbour: false,
			dim: false
		};
	});
	// Tab order follows reading order: top to bottom in bands, left to right within a band.
	const band = (y: number) => Math.round(y / 60);
	nodes.sort((p, q) => band(p.y) - band(q.y) || p.x - q.x);
	const links: NetLink[] = data.relations.map((r) => {
		const p = pos.links.get(r.id)!;
		const a = pos.nodes.get(r.from)!;
		const b = pos.nodes.get(r.to)!;
		const words = relationSentence(r, data);
		const source = provenanceWords(r.evidence);
		return {
			id: r.id,
			from: r.from,
			to: r.to,
			kind: r.kind,
			kindLabel: linkLabel(r),
			...p,
			path: linkPath(a, b, { x: p.lx, y: p.ly }),
			link: markLink(`${words} (${source})`, r.evidence),
			active: false,
			hidden: false
		};
	});
	const g = {
		width: pos.width,
		height: pos.height,
		linkLabels: pos.linkLabels,
		nodes,
		links,
		active: null
	};
	return highlight(g, { ...noEmphasis, active: data.selected, selected: data.selected });
}
