import { describe, expect, test } from 'vitest';
import { fontSizes, textWidth } from '../frame/text';
import { selectTimeline } from './index';
import { timelineFixture as fixture } from './fixture';
import { KEY_MIN_WIDTH, R, layout } from './layout';

const data = selectTimeline(fixture);
const widths = [276, 436, 696];

describe('layout', () => {
	test.each(widths)('keeps every mark inside the plot at width %i', (width) => {
		const g = layout(data, { width });
		for (const p of g.periods) {
			expect(p.x0).toBeGreaterThanOrEqual(0);
			expect(p.x1).toBeLessThanOrEqual(width);
		}
		for (const e of g.events) {
			expect(e.x - R).toBeGreaterThanOrEqual(0);
			expect(e.x + R).toBeLessThanOrEqual(width);
			expect(e.y + R).toBeLessThanOrEqual(g.axis.y);
		}
		expect(g.height).toBeGreaterThan(g.axis.y);
	});

	test.each(widths)('never lets two markers of a lane touch at width %i', (width) => {
		const g = layout(data, { width });
		for (const a of g.events) {
			for (const b of g.events) {
				if (a === b) continue;
				const apart = Math.abs(a.x - b.x) >= 2 * R + 2 || Math.abs(a.y - b.y) >= 2 * R;
				expect(apart, `${a.id} and ${b.id}`).toBe(true);
			}
		}
	});

	test.each([
		// Resolution 2699 to its initial 12 months, the extension, and the force after it (fixture dates).
		{ width: 696, id: 'mandate-2699', x0: 11.6, x1: 236.7 },
		{ width: 696, id: 'mandate-2751', x0: 236.7, x1: 461.2 },
		{ width: 696, id: 'mandate-2793', x0: 459.9, x1: 684.4 },
		{ width: 276, id: 'mandate-2751', x0: 96.1, x1: 180.6 }
	])('places period $id at $x0–$x1 for width $width', ({ width, id, x0, x1 }) => {
		const p = layout(data, { width }).periods.find((p) => p.id === id)!;
		expect([p.x0, p.x1]).toEqual([x0, x1]);
	});

	test.each([
		{ width: 696, text: 'Res. 2751: extended 12 months' },
		{ width: 276, text: 'Res. 2751' }
	])('labels the extension "$text" at width $width without leaving the plot', ({ width, text }) => {
		const p = layout(data, { width }).periods.find((p) => p.id === 'mandate-2751')!;
		expect(p.label.text).toBe(text);
		// Coordinates are rounded to 0.1, so a label may pass its bound by half of that.
		const w = textWidth(p.label.text, fontSizes.small);
		const [left, right] =
			p.label.anchor === 'start' ? [p.label.x, p.label.x + w] : [p.label.x - w, p.label.x];
		expect(left).toBeGreaterThanOrEqual(-0.05);
		expect(right).toBeLessThanOrEqual(width + 0.05);
	});

	test('spans a month-precise date over its whole month', () => {
		const g = layout(data, { width: 696 });
		const month = g.events.find((e) => e.id === 'promised-operational')!;
		const day = g.events.find((e) => e.id === 'nairobi-meeting')!;
		expect(month.span).toBeDefined();
		expect(month.span!.x1 - month.span!.x0).toBeCloseTo(19, 0);
		expect(month.x).toBeCloseTo((month.span!.x0 + month.span!.x1) / 2, 1);
		expect(day.span).toBeUndefined();
	});

	test.each([
		{ width: 276, key: 0, note: true },
		{ width: KEY_MIN_WIDTH, key: data.events.length, note: false },
		{ width: 696, key: data.events.length, note: false }
	])('draws $key key entries at width $width', ({ width, key, note }) => {
		const g = layout(data, { width });
		expect(g.key.length).toBe(key);
		expect(!!g.keyNote).toBe(note);
	});

	test('labels year ticks first and never lets axis labels touch', () => {
		for (const width of widths) {
			const labelled = layout(data, { width }).axis.ticks.filter((t) => t.label);
			expect(labelled.filter((t) => t.label!.length === 4).map((t) => t.label)).toEqual([
				'2024',
				'2025',
				'2026'
			]);
			for (let i = 1; i < labelled.length; i++)
				expect(labelled[i]!.x - labelled[i - 1]!.x).toBeGreaterThan(20);
		}
	});
});

describe('selectTimeline', () => {
	test('numbers events in date order and marks the article’s claims', () => {
		expect(data.events.map((e) => [e.n, e.id, e.claim])).toEqual([
			[1, 'resolution-2699', false],
			[2, 'resolution-2751', true],
			[3, 'nairobi-meeting', true],
			[4, 'promised-operational', true],
			[5, 'replaced', false],
			[6, 'arrival', false],
			[7, 'resolution-2793', false],
			[8, 'mandate-end-2751', false]
		]);
	});

	test('computes the periods from resolution dates and durations', () => {
		expect(
			data.periods.map((p) => [
				p.id,
				p.start.toISOString().slice(0, 10),
				p.end.toISOString().slice(0, 10),
				p.link.provenance
			])
		).toEqual([
			['mandate-2699', '2023-10-02', '2024-10-02', 'background'],
			['mandate-2751', '2024-10-02', '2025-10-02', 'article'],
			['mandate-2793', '2025-09-30', '2026-09-30', 'background']
		]);
	});
});
