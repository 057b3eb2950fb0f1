import { describe, expect, test } from 'vitest';
import { dataset } from '$lib/server/site';
import { highlight, noEmphasis } from './emphasis';
import { layout, simulationInput } from './layout';
import { followLink, labelPoint, linkPath } from './paths';
import { hash, lcg, simulate, type Box } from './simulation';
import { networkFixture } from './fixture';

const dataOf = (ds: typeof dataset, selected: string | null = null) => ({
	actors: ds.actors,
	relations: ds.relations,
	quotes: ds.quotes,
	outlets: {},
	sentences: {},
	selected
});

const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.w - 0.2 && b.x < a.x + a.w - 0.2 && a.y < b.y + b.h - 0.2 && b.y < a.y + a.h - 0.2;

const cases = [
	{ name: 'the dataset at 696', ds: dataset, width: 696 },
	{ name: 'the dataset at 436', ds: dataset, width: 436 },
	{ name: 'the dataset at 276', ds: dataset, width: 276 },
	{ name: 'the fixture at 696', ds: networkFixture, width: 696 },
	{ name: 'the fixture at 276', ds: networkFixture, width: 276 }
];

describe('layout', () => {
	test.each(cases)('is deterministic: $name', ({ ds, width }) => {
		const first = layout(dataOf(ds), { width });
		// A fresh simulation, not the cached one, must land on the same positions.
		const fresh = simulate(...simulationInput(ds.actors, ds.relations), width);
		expect(layout(dataOf(ds), { width })).toEqual(first);
		for (const n of first.nodes) expect(fresh.nodes.get(n.id)).toMatchObject({ x: n.x, y: n.y });
		expect(fresh.height).toBe(first.height);
	});

	test('places actors where the committed expectation says (same on every machine)', () => {
		const g = layout(dataOf(dataset), { width: 696 });
		const at = (id: string) => {
			const n = g.nodes.find((n) => n.id === id)!;
			return [n.x, n.y];
		};
		expect({
			height: g.height,
			kenya: at('kenya'),
			haiti: at('haiti'),
			mss: at('mss'),
			guterres: at('guterres')
		}).toEqual(EXPECTED);
	});

	test.each(cases)('leaves no two node or link-label boxes overlapping: $name', ({ ds, width }) => {
		const g = layout(dataOf(ds), { width });
		const boxes = [
			...g.nodes.map((n) => ({ id: n.id, b: n.box })),
			...g.links.map((l) => ({ id: l.id, b: l.labelBox }))
		];
		const clashes = [];
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++)
				if (overlap(boxes[i]!.b, boxes[j]!.b)) clashes.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
		expect(clashes).toEqual([]);
	});

	test.each(cases)('keeps everything inside the plot: $name', ({ ds, width }) => {
		const g = layout(dataOf(ds), { width });
		expect(g.width).toBe(width);
		for (const b of [...g.nodes.map((n) => n.box), ...g.links.map((l) => l.labelBox)]) {
			expect(b.x).toBeGreaterThanOrEqual(-0.1);
			expect(b.y).toBeGreaterThanOrEqual(-0.1);
			expect(b.x + b.w).toBeLessThanOrEqual(width + 0.2);
			expect(b.y + b.h).toBeLessThanOrEqual(g.height + 0.2);
		}
		// The curves themselves (not their control points) stay inside, give or take a stroke.
		for (const l of g.links) {
			const [x0, y0, cx, cy, x1, y1] = l.path.match(/-?[\d.]+/g)!.map(Number) as [
				number,
				number,
				number,
				number,
				number,
				number
			];
			for (let t = 0; t <= 1; t += 0.125) {
				const x = (1 - t) ** 2 * x0 + 2 * t * (1 - t) * cx + t ** 2 * x1;
				const y = (1 - t) ** 2 * y0 + 2 * t * (1 - t) * cy + t ** 2 * y1;
				expect(x).toBeGreaterThanOrEqual(-2);
				expect(x).toBeLessThanOrEqual(width + 2);
				expect(y).toBeGreaterThanOrEqual(-2);
				expect(y).toBeLessThanOrEqual(g.height + 2);
			}
		}
	});

	test.each(cases)(
		'draws every relation exactly once and every actor once: $name',
		({ ds, width }) => {
			const g = layout(dataOf(ds), { width });
			expect(g.links.map((l) => l.id).sort()).toEqual(ds.relations.map((r) => r.id).sort());
			expect(g.nodes.map((n) => n.id).sort()).toEqual(ds.actors.map((a) => a.id).sort());
		}
	);

	test.each([
		{ width: 276, linkLabels: false },
		{ width: 436, linkLabels: true },
		{ width: 696, linkLabels: true }
	])('labels links by kind at $width: $linkLabels', ({ width, linkLabels }) => {
		expect(layout(dataOf(dataset), { width }).linkLabels).toBe(linkLabels);
	});

	test('grows a narrow map tall rather than shrinking its text', () => {
		const g = layout(dataOf(dataset), { width: 276 });
		expect(g.height).toBeGreaterThan(2 * g.width);
	});

	test('rounds coordinates to 0.1', () => {
		const g = layout(dataOf(dataset), { width: 696 });
		for (const v of g.nodes.flatMap((n) => [n.x, n.y, n.labelY, n.box.x, n.box.y]))
			expect(Math.round(v * 10)).toBeCloseTo(v * 10, 6);
		for (const l of g.links) expect(l.path).not.toMatch(/\.\d\d/);
	});

	test('bends links that join the same pair, so both stay visible', () => {
		const g = layout(dataOf(networkFixture), { width: 696 });
		const [a, b] = g.links.filter((l) => l.from === 'country' && l.to === 'island');
		expect(a!.path).not.toBe(b!.path);
		expect(Math.hypot(a!.lx - b!.lx, a!.ly - b!.ly)).toBeGreaterThan(15);
	});

	test('marks the selected actor and its neighbourhood', () => {
		const g = layout(dataOf(networkFixture, 'country'), { width: 696 });
		expect(g.active).toBe('country');
		expect(g.nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['country']);
		expect(
			g.nodes
				.filter((n) => n.neighbour)
				.map((n) => n.id)
				.sort()
		).toEqual(['island', 'mission', 'president']);
		expect(g.links.filter((l) => l.active)).toHaveLength(4);
		expect(highlight(g, noEmphasis).nodes.some((n) => n.selected || n.neighbour || n.dim)).toBe(
			false
		);
		expect(
			g.nodes
				.filter((n) => n.dim)
				.map((n) => n.id)
				.sort()
		).toEqual(['council', 'fund', 'gangs']);
	});

	test('hovering another actor keeps the selected one bright and dims the rest', () => {
		const g = layout(dataOf(networkFixture, 'country'), { width: 696 });
		const hovered = highlight(g, { ...noEmphasis, active: 'gangs', selected: 'country' });
		expect(hovered.links.filter((l) => l.active).map((l) => l.id)).toEqual([
			'gangs-hold-hostage-island'
		]);
		expect(
			hovered.nodes
				.filter((n) => !n.dim)
				.map((n) => n.id)
				.sort()
		).toEqual(['country', 'gangs', 'island']);
	});

	test('filters hide links, and a hidden link makes no neighbour', () => {
		const g = layout(dataOf(networkFixture, 'country'), { width: 696 });
		const kinds = [...new Set(g.links.map((l) => l.kind))];
		const filtered = highlight(g, {
			active: 'country',
			selected: 'country',
			hiddenKinds: kinds,
			hiddenSources: []
		});
		expect(filtered.links.every((l) => l.hidden && !l.active)).toBe(true);
		expect(filtered.nodes.some((n) => n.neighbour)).toBe(false);
		const background = highlight(g, { ...noEmphasis, hiddenSources: ['background'] });
		expect(background.links.filter((l) => l.hidden).map((l) => l.link.provenance)).toEqual(
			background.links.filter((l) => l.link.provenance === 'background').map(() => 'background')
		);
	});

	test('followLink: a dragged actor drags its link, whose label moves half as far', () => {
		const a = { x: 0, y: 0 };
		const b = { x: 100, y: 0 };
		const label = { x: 50, y: 10 };
		const still = followLink(label, a, a, b, b);
		expect(still).toEqual({ x: 50, y: 10, path: linkPath(a, b, label) });
		const moved = followLink(label, a, { x: 10, y: -20 }, b, b);
		expect(moved).toMatchObject({ x: 55, y: 0 });
		expect(moved.path).toBe(linkPath({ x: 10, y: -20 }, b, { x: 55, y: 0 }));
	});

	test.each([
		{ input: '', out: '811c9dc5' },
		{ input: 'a', out: 'e40c292c' }
	])('hash($input) is FNV-1a: $out', ({ input, out }) => expect(hash(input)).toBe(out));

	test('lcg repeats its sequence for a seed', () => {
		const a = lcg(1);
		const b = lcg(1);
		expect([a(), a(), a()]).toEqual([b(), b(), b()]);
	});
});

const EXPECTED = {
	height: 548,
	kenya: [424.8, 518.9],
	haiti: [528.7, 339],
	mss: [352.3, 304],
	guterres: [28.4, 408]
};

describe('labelPoint', () => {
	test.each([
		[
			{ x: 10, y: 20 },
			{ x: 200, y: 80 },
			{ x: 120, y: 30 }
		],
		[
			{ x: 150, y: 300 },
			{ x: 20, y: 40 },
			{ x: 70, y: 190 }
		],
		[
			{ x: 0, y: 0 },
			{ x: 100, y: 0 },
			{ x: 50, y: 0 }
		]
	])('reads back the label point of the curve from %o to %o', (a, b, l) => {
		const back = labelPoint(linkPath(a, b, l), a, b);
		expect(Math.abs(back.x - l.x)).toBeLessThanOrEqual(0.1);
		expect(Math.abs(back.y - l.y)).toBeLessThanOrEqual(0.1);
	});
});
