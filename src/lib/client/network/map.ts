import { emphasis, type MapState } from '$lib/charts/network/emphasis';
import { followLink, labelPoint } from '$lib/charts/network/paths';

/**
 * The browser's side of the network map: it works on the SVG the server drew, through the data-*
 * attributes and classes that Network.svelte draws, with the same rules as the server.
 */

const nodeIn = (svg: Element, id: string) =>
	svg.querySelector<SVGAElement>(`a[data-node="${CSS.escape(id)}"]`);
const labelIn = (svg: Element, link: string) =>
	svg.querySelector<SVGTextElement>(`text[data-label="${CSS.escape(link)}"]`);
const linksIn = (svg: Element) => [...svg.querySelectorAll<SVGAElement>('a[data-link]')];

/**
 * Where the actor was drawn (its translation, noted before it first moves), and where it is now
 * (dragged or not), in plot units.
 */
function placeOf(node: SVGAElement) {
	if (node.dataset.x === undefined) {
		const place = node.querySelector<SVGGElement>('g.net-place')!;
		const { e, f } = place.transform.baseVal.consolidate()?.matrix ?? { e: 0, f: 0 };
		Object.assign(node.dataset, { x: String(e), y: String(f) });
	}
	const { x, y, cx, cy } = node.dataset;
	const home = { x: Number(x), y: Number(y) };
	return { home, now: cx === undefined ? home : { x: Number(cx), y: Number(cy) } };
}

export const positionOf = (svg: Element, id: string) => {
	const node = nodeIn(svg, id);
	return node ? placeOf(node).now : undefined;
};

/** Sets the map's emphasis (see `emphasis`): classes on links, their labels and actors. */
export function paint(svg: Element, state: MapState) {
	const links = linksIn(svg);
	const e = emphasis(
		links.map((el) => ({
			from: el.dataset.from!,
			to: el.dataset.to!,
			kind: el.dataset.kind!,
			provenance: el.dataset.provenance!
		})),
		state
	);
	links.forEach((el, i) => {
		const label = labelIn(svg, el.dataset.link!);
		for (const target of label ? [el, label] : [el]) {
			target.classList.toggle('off', e.off[i]!);
			target.classList.toggle('dim', state.active !== null && !e.on[i]);
		}
		el.classList.toggle('on', e.on[i]!);
	});
	for (const el of svg.querySelectorAll<SVGAElement>('a[data-node]')) {
		const id = el.dataset.node!;
		el.classList.toggle('selected', id === state.selected);
		el.classList.toggle('dim', e.dims(id));
		if (id === state.selected) el.setAttribute('aria-current', 'true');
		else el.removeAttribute('aria-current');
	}
}

/** Moves a dragged actor to (x, y): its links follow (`followLink`), with their labels. */
export function moveNode(svg: Element, id: string, x: number, y: number) {
	const node = nodeIn(svg, id);
	if (!node) return;
	placeOf(node); // notes where it was drawn, before it moves
	node.dataset.cx = String(x);
	node.dataset.cy = String(y);
	node.querySelector('g.net-place')!.setAttribute('transform', `translate(${x},${y})`);
	for (const link of linksIn(svg)) {
		const { from, to } = link.dataset;
		if (from !== id && to !== id) continue;
		const a = placeOf(nodeIn(svg, from!)!);
		const b = placeOf(nodeIn(svg, to!)!);
		// The label point the link was drawn through, read once from its path before it moves.
		if (link.dataset.lx === undefined) {
			const l = labelPoint(link.querySelector('path')!.getAttribute('d')!, a.home, b.home);
			Object.assign(link.dataset, { lx: String(l.x), ly: String(l.y) });
		}
		const { lx, ly } = link.dataset;
		const moved = followLink({ x: Number(lx), y: Number(ly) }, a.home, a.now, b.home, b.now);
		for (const path of link.querySelectorAll('path')) path.setAttribute('d', moved.path);
		const label = labelIn(svg, link.dataset.link!);
		label?.setAttribute('x', String(moved.x));
		label?.setAttribute('y', String(moved.y));
	}
}

/**
 * The neighbour of `id`, through a link that is shown, that lies best in the arrow's direction (or the
 * nearest in angle if none does).
 */
export function neighbourTowards(svg: Element, id: string, dx: number, dy: number) {
	const from = positionOf(svg, id)!;
	const near = new Set(
		linksIn(svg)
			.filter((l) => !l.classList.contains('off'))
			.flatMap(({ dataset: d }) => (d.from === id ? [d.to!] : d.to === id ? [d.from!] : []))
	);
	let best: { id: string; score: number } | undefined;
	for (const other of near) {
		const n = positionOf(svg, other)!;
		const d = Math.hypot(n.x - from.x, n.y - from.y) || 1;
		const cos = ((n.x - from.x) * dx + (n.y - from.y) * dy) / d;
		const score = cos > 0.3 ? d * (2 - cos) : 1e6 - cos * 1000 + d;
		if (!best || score < best.score) best = { id: other, score };
	}
	return best && nodeIn(svg, best.id);
}
