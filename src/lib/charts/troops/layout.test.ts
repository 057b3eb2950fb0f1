import { describe, expect, it } from 'vitest';
import { validate } from '$lib/data/validate';
import { labelBox, overlaps } from './labels';
import { layout, landedAfter, shortValue } from './layout';
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
		expect(texts.some((t) => t.endsWith('361 of 600 landed'))).toBe(true);
	});

	it('places the announcement on the promised month, as high as the figure', () => {
		const g = layout(data, { width: 696 });
		const announced = g.marks.find((m) => m.link.provenance === 'article' && m.shape === 'rect');
		expect(announced).toMatchObject({ shape: 'rect', cls: 'article' });
		if (announced?.shape !== 'rect') return;
		const bottom = g.panels[1]!.bottom;
		expect(Math.round(bottom - announced.y)).toBe(Math.round(bottom - g.panels[1]!.top));
		expect(announced.link.label).toContain('Nov 2024');
	});

	it('draws both sizes of a disputed contingent, the larger behind', () => {
		const bars = layout(data, { width: 436 }).marks.filter((m) => m.conflict && m.shape === 'rect');
		expect(bars.map((m) => (m.shape === 'rect' ? Math.round(m.height) : 0))).toEqual([
			expect.any(Number),
			expect.any(Number)
		]);
		const [first, second] = bars as { height: number }[];
		expect(first!.height).toBeCloseTo(second!.height * 2, 0);
	});
});

describe('landedAfter', () => {
	it('adds the undisputed arrivals after the meeting', () => {
		expect(landedAfter(data).total).toBe(361);
		expect(landedAfter({ ...data, arrivals: [] }).total).toBe(0);
	});
});

describe('shortValue', () => {
	it.each([
		[{ value: 400 }, '400'],
		[{ value: 400, approx: 'about' as const }, '~400'],
		[{ value: 3100, approx: 'more-than' as const }, '>3,100']
	])('%o → %s', (q, text) => expect(shortValue(q)).toBe(text));
});
