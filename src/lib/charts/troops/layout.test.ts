import { describe, expect, it } from 'vitest';
import { validate } from '$lib/data/validate';
import { labelBox, overlaps } from './labels';
import { formatShort } from '$lib/data/format';
import { layout, landedAfter } from './layout';
import { facts, raw } from './fixture';
import { troops } from './index';

const data = troops.select(validate(raw, facts), {});

describe('layout', () => {
	it.each([276, 436, 696])('draws every figure once at width %i', (width) => {
		const g = layout(data, { width });
		const shapes = g.marks.map((m) => m.shape);
		// 4 contingent bars, the announcement, 2 arrivals since the meeting; 4 head counts; meeting and departure.
		expect(shapes.filter((s) => s === 'rect')).toHaveLength(7);
		expect(shapes.filter((s) => s === 'circle')).toHaveLength(4);
		expect(shapes.filter((s) => s === 'path')).toHaveLength(2);
		expect(g.marks.filter((m) => m.conflict)).toHaveLength(4);
	});

	it.each([276, 436, 696])('keeps labels apart and inside the plot at width %i', (width) => {
		const g = layout(data, { width });
		const boxes = g.labels.map((l) => labelBox(l.x, l.y, l.text, 13));
		for (const [i, a] of boxes.entries()) {
			expect(a.x + 2).toBeGreaterThanOrEqual(0);
			expect(a.x + a.width - 2).toBeLessThanOrEqual(width + 0.5);
			for (const b of boxes.slice(i + 1))
				expect(overlaps(a, b), `${g.labels[i]!.text}`).toBe(false);
		}
	});

	it.each([276, 436, 696])('sums the arrivals since the meeting at width %i', (width) => {
		const texts = layout(data, { width }).labels.map((l) => l.text);
		// The sum is ours: it carries the mark that leads to its rule.
		expect(texts.some((t) => t.endsWith('361† arrived'))).toBe(true);
	});

	it('places the announcement on the promised month, as high as the figure', () => {
		const g = layout(data, { width: 696 });
		const announced = g.marks.find((m) => m.link.label.includes('announced at the meeting'));
		if (announced?.shape !== 'rect') throw new Error('the announcement is not drawn as a bar');
		expect(announced.link.provenance).toBe('article');
		// November is our dating of “the following month”, so it is marked as ours.
		expect(announced.link.label).toContain('operational by Nov 2024†');
		expect(announced.link.label).not.toMatch(/\b(sends|sent|deployed)\b/);
		// The promised month, November 2024, runs from its tick to 30 of the 61 days before January's.
		const tick = (label: string) => g.xTicks.find((t) => t.label === label)!.x;
		expect(announced.x).toBe(tick('Nov 2024'));
		expect(announced.width).toBeCloseTo(((tick('Jan 2025') - tick('Nov 2024')) * 30) / 61, 0);
		// Its top is the lower panel's gridline for the announced figure, its foot the panel's floor.
		const panel = g.panels[1]!;
		expect(announced.y).toBe(panel.ticks.find((t) => t.label === '600')!.y);
		expect(announced.y + announced.height).toBeCloseTo(panel.bottom, 0);
	});

	it('draws both sizes of a disputed contingent, the larger behind', () => {
		const g = layout(data, { width: 436 });
		const bars = g.marks.flatMap((m) => (m.conflict && m.shape === 'rect' ? [m] : []));
		expect(bars).toHaveLength(2);
		const [first, second] = bars;
		for (const b of bars) {
			for (const v of [b.x, b.y, b.width, b.height]) expect(Number.isFinite(v)).toBe(true);
			expect(b.width).toBeGreaterThan(0);
		}
		// The 400 drawn first (behind), then the 200, on one spot, both standing on the upper panel's floor.
		const panel = g.panels[0]!;
		const gridline = (label: string) => panel.ticks.find((t) => t.label === label)!.y;
		expect([first!.y, second!.y]).toEqual([gridline('400'), gridline('200')]);
		expect(second!.x).toBe(first!.x);
		for (const b of bars) expect(b.y + b.height).toBeCloseTo(panel.bottom, 0);
		expect(first!.height).toBeCloseTo(second!.height * 2, 0);
	});
});

describe('landedAfter', () => {
	it('adds the undisputed arrivals after the meeting', () => {
		expect(landedAfter(data).total).toBe(361);
		expect(landedAfter({ ...data, arrivals: [] }).total).toBe(0);
	});
});

describe('formatShort', () => {
	it.each([
		[{ value: 400 }, '400'],
		[{ value: 400, approx: 'about' as const }, '~400'],
		[{ value: 3100, approx: 'more-than' as const }, '>3,100']
	])('%o → %s', (q, text) => expect(formatShort(q)).toBe(text));
});
