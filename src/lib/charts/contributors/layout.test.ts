import { describe, expect, it } from 'vitest';
import { validate } from '$lib/data/validate';
import { textWidth } from '../frame/text';
import { deployedRange, layout, rangeText } from './layout';
import { facts, raw } from './fixture';
import { contributors } from './index';

const data = contributors.select(validate(raw, facts), {});

describe('select', () => {
	it('keeps countries with personnel figures, sorted by pledge, and leaves funders out', () => {
		expect(data.countries.map((c) => c.id)).toEqual(['borduria', 'avalon', 'carpania', 'dorado']);
	});

	it.each([
		['borduria', null],
		['avalon', [700, 700]],
		['carpania', [150, 152]],
		['dorado', [2, 2]]
	])('deployed range of %s is %o', (id, range) => {
		expect(deployedRange(data.countries.find((c) => c.id === id)!.deployed)).toEqual(range);
	});
});

describe('layout', () => {
	it.each([276, 436, 696])('marks every figure at width %i', (width) => {
		const g = layout(data, { width });
		const row = (id: string) => g.rows.find((r) => r.id === id)!;
		expect(row('borduria').marks).toHaveLength(2);
		expect(row('borduria').none).not.toBeNull();
		expect(row('avalon').marks).toHaveLength(2);
		expect(row('carpania').marks).toHaveLength(4);
		expect(row('dorado').marks.map((m) => m.width)).toEqual([
			round(width * (50 / 2000)),
			round(width * (2 / 2000))
		]);
	});

	it.each([276, 436, 696])('keeps value labels inside the width at %i', (width) => {
		for (const row of layout(data, { width }).rows) {
			for (const l of row.labels) {
				const w = textWidth(l.text, 13);
				const [left, right] = l.anchor === 'start' ? [l.x, l.x + w] : [l.x - w, l.x];
				expect(left, l.text).toBeGreaterThanOrEqual(-0.5);
				expect(right, l.text).toBeLessThanOrEqual(width + 0.5);
			}
		}
	});

	it('marks conflicts in words and with brackets', () => {
		const g = layout(data, { width: 436 });
		const texts = (id: string) => g.rows.find((r) => r.id === id)!.labels.map((l) => l.text);
		expect(texts('borduria')).toEqual([
			'~1,500 or 2,000 pledged',
			'deployed: none found',
			'sources differ on the pledge'
		]);
		// A sum of arrivals is ours, and marked as such.
		expect(texts('carpania')).toContain('150–152† deployed by 4 Jan 2025');
		expect(texts('carpania')).toContain('sources differ on the deployment');
		expect(g.rows.find((r) => r.id === 'avalon')!.brackets).toEqual([]);
	});
});

describe('rangeText', () => {
	it.each([
		[[150, 152], '150–152'],
		[[2000, 2000], '2,000']
	] as [[number, number], string][])('%o → %s', (range, text) =>
		expect(rangeText(range)).toBe(text)
	);
});

const round = (v: number) => Math.round(v * 10) / 10;
