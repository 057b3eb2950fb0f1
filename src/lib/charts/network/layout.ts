import {
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type SimulationLinkDatum,
	type SimulationNodeDatum
} from 'd3-force';
import type { ActorKind, Dataset, RelationKind } from '$lib/data/schema';
import { fontSizes, textWidth } from '../frame/text';
import {
	markLink,
	provenanceOf,
	type LayoutOptions,
	type MarkLink,
	type Provenance
} from '../types';
import { round } from '../frame/round';
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

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
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
	href: string;
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

export const actorKindLabels: Record<ActorKind, string> = {
	person: 'Person',
	country: 'Country',
	organisation: 'Organisation',
	force: 'Force',
	group: 'Group'
};

/** Half the size of a node's shape. */
export const NODE_R = 9;
const FONT = fontSizes.label;
const LABEL_GAP = 4;
const PAD = 3;
const TICKS = 300;
/**
 * Narrower than this, a map has no room for the kind words on its links: they are left off (each link
 * keeps its accessible name, and the relation list below the map says every relation in words), and the
 * plot grows tall instead of wide.
 */
export const LINK_LABEL_MIN_WIDTH = 400;

/** The relation in words, as the phrasing wrote it: “Kenya is set to send an additional 600 officers to Haiti”. */
export const relationSentence = (r: Relation, data: Pick<NetworkData, 'sentences'>) =>
	data.sentences[r.id] ?? r.id;

/** Deterministic pseudo-random numbers in [0, 1): the same sequence on every machine. */
export function lcg(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 4294967296;
	};
}

/** FNV-1a hash of a string, as 8 hex digits: the cache key of a layout. */
export function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return (h >>> 0).toString(16).padStart(8, '0');
}

interface SimNode extends SimulationNodeDatum {
	x: number;
	y: number;
	/** Half width and half height of the box, and where its centre sits below the point. */
	hw: number;
	hh: number;
	oy: number;
	/** Link label nodes are pulled towards a point between their two actors. */
	link?: { a: SimNode; b: SimNode; offset: number };
}

const actorLabel = (a: Actor) => a.short ?? a.name;

function actorBox(label: string) {
	const w = Math.max(2 * NODE_R, textWidth(label, FONT)) + 2 * PAD;
	const top = -NODE_R - PAD;
	const bottom = NODE_R + LABEL_GAP + FONT + PAD;
	return { hw: w / 2, hh: (bottom - top) / 2, oy: (bottom + top) / 2 };
}

function linkLabelBox(text: string | null) {
	// Without its words, a link's midpoint still keeps a little clear space, off the actors' labels.
	if (text === null) return { hw: PAD * 2, hh: PAD * 2, oy: 0 };
	return { hw: textWidth(text, FONT) / 2 + PAD, hh: FONT / 2 + PAD, oy: -FONT * 0.35 };
}

/** Pushes overlapping boxes apart along the axis where they overlap least. */
function separate(nodes: SimNode[], strength: number): boolean {
	let moved = false;
	for (let i = 0; i < nodes.length; i++) {
		const a = nodes[i]!;
		for (let j = i + 1; j < nodes.length; j++) {
			const b = nodes[j]!;
			const dx = b.x - a.x;
			const dy = b.y + b.oy - (a.y + a.oy);
			const ox = a.hw + b.hw - Math.abs(dx);
			const oy = a.hh + b.hh - Math.abs(dy);
			if (ox <= 0.05 || oy <= 0.05) continue;
			moved = true;
			if (ox < oy) {
				const s = ((dx > 0 || (dx === 0 && i % 2 === 0) ? 1 : -1) * (ox + 0.2) * strength) / 2;
				a.x -= s;
				b.x += s;
			} else {
				const s = ((dy > 0 || (dy === 0 && i % 2 === 0) ? 1 : -1) * (oy + 0.2) * strength) / 2;
				a.y -= s;
				b.y += s;
			}
		}
	}
	return moved;
}

function clamp(nodes: SimNode[], width: number, height: number) {
	for (const n of nodes) {
		n.x = Math.min(width - n.hw, Math.max(n.hw, n.x));
		n.y = Math.min(height - n.hh - n.oy, Math.max(n.hh - n.oy, n.y));
	}
}

/** Height of the plot for a width: enough area for every box with room for links, tall when narrow. */
function plotHeight(boxes: { hw: number; hh: number }[], width: number): number {
	const area = boxes.reduce((sum, b) => sum + (2 * b.hw + 8) * (2 * b.hh + 8), 0);
	const factor = width < 500 ? 3 : 2.7;
	const aspect = width < LINK_LABEL_MIN_WIDTH ? 2.5 : 0.6;
	return Math.round(Math.max(width * aspect, (area * factor) / width));
}

interface Positions {
	width: number;
	height: number;
	linkLabels: boolean;
	nodes: Map<string, { x: number; y: number; box: Box; labelY: number }>;
	links: Map<string, { lx: number; ly: number; labelBox: Box }>;
}

/** One force simulation, uncached: `positions` is what callers use. */
export function simulate(actors: Actor[], relations: Relation[], width: number): Positions {
	const random = lcg(42);
	const linkLabels = width >= LINK_LABEL_MIN_WIDTH;
	const actorNodes: SimNode[] = actors.map((a) => ({ x: 0, y: 0, ...actorBox(actorLabel(a)) }));
	const byId = new Map(actors.map((a, i) => [a.id, actorNodes[i]!]));
	// A link alone between two actors runs straight; links that join the same pair (either way) bend
	// apart, to offsets ±1, ±2… on either side of the straight line.
	const pairKey = (r: Relation) => [r.from, r.to].sort().join('|');
	const pairSize = new Map<string, number>();
	for (const r of relations) pairSize.set(pairKey(r), (pairSize.get(pairKey(r)) ?? 0) + 1);
	const pairSeen = new Map<string, number>();
	const labelNodes: SimNode[] = relations.map((r) => {
		const key = pairKey(r);
		const k = pairSeen.get(key) ?? 0;
		pairSeen.set(key, k + 1);
		const side = pairSize.get(key)! > 1 ? (k % 2 === 0 ? 1 : -1) * (Math.floor(k / 2) + 1) : 0;
		return {
			x: 0,
			y: 0,
			...linkLabelBox(linkLabels ? kindLabels[r.kind] : null),
			link: { a: byId.get(r.from)!, b: byId.get(r.to)!, offset: (r.from < r.to ? 1 : -1) * side }
		};
	});
	const nodes = [...actorNodes, ...labelNodes];
	let height = plotHeight(nodes, width);

	// Start on a jittered grid with the box's aspect ratio, the best-connected actors in the middle
	// cells: no trigonometry, so every engine agrees.
	const cols = Math.max(2, Math.round(Math.sqrt((actorNodes.length * width) / height)));
	const rows = Math.ceil(actorNodes.length / cols);
	const cells = Array.from({ length: cols * rows }, (_, i) => ({
		x: ((i % cols) + 0.5) * (width / cols),
		y: (Math.floor(i / cols) + 0.5) * (height / rows)
	}));
	const centre = (c: { x: number; y: number }) =>
		Math.abs(c.x - width / 2) / width + Math.abs(c.y - height / 2) / height;
	cells.sort((p, q) => centre(p) - centre(q) || p.y - q.y || p.x - q.x);
	const degreeOf = (id: string) => relations.filter((r) => r.from === id || r.to === id).length;
	const order = actors
		.map((a, i) => ({ i, d: degreeOf(a.id) }))
		.sort((p, q) => q.d - p.d || p.i - q.i);
	order.forEach(({ i }, k) => {
		const n = actorNodes[i]!;
		n.x = cells[k]!.x + (random() - 0.5) * 0.3 * (width / cols);
		n.y = cells[k]!.y + (random() - 0.5) * 0.3 * (height / rows);
	});
	for (const n of labelNodes) {
		n.x = (n.link!.a.x + n.link!.b.x) / 2 + random() - 0.5;
		n.y = (n.link!.a.y + n.link!.b.y) / 2 + random() - 0.5;
	}

	const halves: SimulationLinkDatum<SimNode>[] = labelNodes.flatMap((n) => [
		{ source: n.link!.a, target: n },
		{ source: n, target: n.link!.b }
	]);
	const spacing = Math.sqrt((width * height) / actorNodes.length);
	const degree = new Map<SimNode, number>();
	for (const n of labelNodes)
		for (const end of [n.link!.a, n.link!.b]) degree.set(end, (degree.get(end) ?? 0) + 1);
	// Spokes of a hub are longer, so that the labels of its many links find room around it.
	const reach = (n: SimNode) => spacing * (0.25 + 0.06 * Math.sqrt(degree.get(n) ?? 1) * 2);
	const sim = forceSimulation<SimNode>(nodes)
		.randomSource(lcg(7))
		.force(
			'link',
			forceLink<SimNode, SimulationLinkDatum<SimNode>>(halves)
				.distance((l) =>
					reach((l.source as SimNode).link ? (l.target as SimNode) : (l.source as SimNode))
				)
				.strength(0.5)
		)
		.force(
			'charge',
			forceManyBody<SimNode>()
				.strength((n) =>
					n.link
						? -spacing * (linkLabels ? 0.5 : 0.2)
						: -spacing * (width < 500 && linkLabels ? 1.5 : 3)
				)
				.distanceMax(spacing * 3)
		)
		.force('x', forceX<SimNode>(width / 2).strength(width < 500 ? 0.08 : 0.03))
		.force('y', forceY<SimNode>(height / 2).strength(width < 500 ? 0.03 : 0.04))
		.force('bend', (alpha: number) => {
			for (const n of labelNodes) {
				const { a, b, offset } = n.link!;
				const dx = b.x - a.x;
				const dy = b.y - a.y;
				const len = Math.hypot(dx, dy) || 1;
				const tx = (a.x + b.x) / 2 - (dy / len) * offset * 22;
				const ty = (a.y + b.y) / 2 + (dx / len) * offset * 22;
				n.vx! += (tx - n.x) * alpha * 0.6;
				n.vy! += (ty - n.y) * alpha * 0.6;
			}
		})
		.force('collide', () => {
			separate(nodes, 0.7);
			clamp(nodes, width, height);
		})
		.stop();
	sim.tick(TICKS);
	// Settle what overlaps still; where the walls leave no room, stretch the plot downwards and retry.
	for (let attempt = 0; attempt < 8; attempt++) {
		let clear = false;
		for (let i = 0; i < 300 && !clear; i++) {
			clear = !separate(nodes, 1);
			clamp(nodes, width, height);
		}
		if (clear) break;
		for (const n of nodes) n.y *= 1.1;
		height *= 1.1;
	}
	// Crop the empty bands the simulation left above and below.
	const top = Math.min(...nodes.map((n) => n.y + n.oy - n.hh));
	const bottom = Math.max(...nodes.map((n) => n.y + n.oy + n.hh));
	for (const n of nodes) n.y -= top;
	height = Math.ceil(bottom - top);

	const box = (n: SimNode): Box => ({
		x: round(n.x - n.hw),
		y: round(n.y + n.oy - n.hh),
		w: round(2 * n.hw),
		h: round(2 * n.hh)
	});
	return {
		width,
		height,
		linkLabels,
		nodes: new Map(
			actors.map((a, i) => {
				const n = actorNodes[i]!;
				return [
					a.id,
					{
						x: round(n.x),
						y: round(n.y),
						box: box(n),
						labelY: round(n.y + NODE_R + LABEL_GAP + FONT * 0.8)
					}
				];
			})
		),
		links: new Map(
			relations.map((r, i) => {
				const n = labelNodes[i]!;
				return [r.id, { lx: round(n.x), ly: round(n.y), labelBox: box(n) }];
			})
		)
	};
}

/**
 * A quadratic curve from actor `a` to actor `b` through the label point `l`, cut short at both shapes
 * so that the arrowhead touches the target's edge.
 */
export function linkPath(
	a: { x: number; y: number },
	b: { x: number; y: number },
	l: { x: number; y: number }
): string {
	const cx = 2 * l.x - (a.x + b.x) / 2;
	const cy = 2 * l.y - (a.y + b.y) / 2;
	const unit = (fx: number, fy: number, tx: number, ty: number) => {
		const d = Math.hypot(tx - fx, ty - fy) || 1;
		return [(tx - fx) / d, (ty - fy) / d] as const;
	};
	const [sx, sy] = unit(a.x, a.y, cx, cy);
	const [ex, ey] = unit(cx, cy, b.x, b.y);
	const start = [a.x + sx * (NODE_R + 2), a.y + sy * (NODE_R + 2)];
	const end = [b.x - ex * (NODE_R + 3), b.y - ey * (NODE_R + 3)];
	return `M${round(start[0]!)},${round(start[1]!)}Q${round(cx)},${round(cy)} ${round(end[0]!)},${round(end[1]!)}`;
}

const cache = new Map<string, Positions>();

/** The force layout of a set of actors and relations at a width: computed once, then served from memory. */
export function positions(actors: Actor[], relations: Relation[], width: number): Positions {
	const key = hash(
		JSON.stringify([
			width,
			actors.map((a) => [a.id, actorLabel(a)]),
			relations.map((r) => [r.id, r.from, r.to, r.kind])
		])
	);
	let found = cache.get(key);
	if (!found) {
		found = simulate(actors, relations, width);
		cache.set(key, found);
	}
	return found;
}

/** Positions of the network, with the selected actor and its neighbourhood marked. */
export function layout(data: NetworkData, { width }: LayoutOptions): NetworkGeometry {
	const pos = positions(data.actors, data.relations, width);
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
			href: `?actor=${a.id}#chart-network`,
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
			kindLabel: kindLabels[r.kind],
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

type Point = { x: number; y: number };

/**
 * A link once its actors have moved (dragged by the reader) from `a0` and `b0` to `a` and `b`: its label
 * point shifts by half their shifts, and the curve runs through it.
 */
export function followLink(label: Point, a0: Point, a: Point, b0: Point, b: Point) {
	const x = round(label.x + (a.x - a0.x + b.x - b0.x) / 2);
	const y = round(label.y + (a.y - a0.y + b.y - b0.y) / 2);
	return { x, y, path: linkPath(a, b, { x, y }) };
}
