import { describe, expect, test } from 'vitest';
import { fundingFixture } from './fixture';
import { funding, selectFunding } from './index';
import { GUTTER, layout, shortMoney } from './layout';

const data = selectFunding(fundingFixture);
const widths = [276, 436, 696];

describe('layout', () => {
	test.each(widths)('keeps bars and their words inside the plot at width %i', (width) => {
		const g = layout(data, { width });
		for (const b of [...g.bars, ...g.us!.bars]) {
			expect(b.x0).toBeGreaterThanOrEqual(GUTTER);
			expect(b.x1).toBeLessThanOrEqual(width);
			expect(b.label.x).toBeGreaterThanOrEqual(0);
		}
		expect(g.height).toBeGreaterThan(g.axis.y);
	});

	test.each([
		// Shared scale: $0 at the gutter, the $600M need at the right edge.
		{ width: 696, id: 'need', x1: 696 },
		{ width: 696, id: 'received-end', x1: 110.6 },
		{ width: 696, id: 'received-other', x1: 91.3 },
		{ width: 276, id: 'pledged-end', x1: 62.2 }
	])('ends bar $id at $x1 for width $width', ({ width, id, x1 }) => {
		const b = layout(data, { width }).bars.find((b) => b.id === id)!;
		expect(b.x0).toBe(GUTTER);
		expect(b.x1).toBe(x1);
	});

	test('brackets the three figures of the meeting, and only them', () => {
		const g = layout(data, { width: 696 });
		expect(g.brackets).toHaveLength(1);
		const ys = g.bars
			.filter((b) => ['received-one', 'pledged-other', 'received-other'].includes(b.id))
			.map((b) => b.y);
		const [, top, bottom] = g.brackets[0]!.path.match(/^M[\d.]+,([\d.]+)H3V([\d.]+)/)!.map(Number);
		expect(top).toBeLessThanOrEqual(Math.min(...ys));
		expect(bottom).toBeGreaterThanOrEqual(Math.max(...ys));
	});

	test('draws the gap from the latest receipt to the need', () => {
		const g = layout(data, { width: 696 });
		expect([g.gap!.x0, g.gap!.x1]).toEqual([110.6, 696]);
		expect(g.gap!.lines.join(' ')).toBe(
			'The fund: about $515 million† short of one year’s need (about 14%† received as of Dec 2024); money outside it not counted'
		);
	});

	test('puts the frozen US money after the spent money on one line, on the US scale', () => {
		const [committed, spent, frozen] = layout(data, { width: 696 }).us!.bars;
		expect([committed!.x0, committed!.x1]).toEqual([GUTTER, 696]);
		expect(spent!.y).toBe(frozen!.y);
		expect(spent!.x1).toBe(frozen!.x0);
		expect(frozen!.x1).toBe(696);
	});

	test.each([
		[0, '$0'],
		[85_300_000, '$85.3M'],
		[600_000_000, '$600M']
	])('shortMoney(%i) is %s', (v, text) => expect(shortMoney(v)).toBe(text));
});

describe('selectFunding', () => {
	test('groups figures by date, pledges above receipts, and ties the disagreeing ones to their conflict', () => {
		expect(data.groups.map((g) => [g.heading, g.bars.map((b) => b.text)])).toEqual([
			[
				'11 Oct 2024 (the meeting): sources differ',
				[
					'$85 million pledged (Another Outlet)',
					'$85 million received (One Outlet)',
					'$68 million received (Another Outlet)'
				]
			],
			['Dec 2024', ['$110.3 million pledged', '$85 million received']]
		]);
		expect(data.groups[0]!.conflict?.id).toBe('at-meeting');
	});

	test('keeps every figure in US dollars', () => {
		// The fixture pledges Canadian dollars to the fund on the meeting's date: that figure stays out.
		const cad = fundingFixture.quantities.filter((q) => q.unit === 'CAD');
		expect(cad.map((q) => q.id)).toEqual(['pledged-cad']);
		const usd = new Set(fundingFixture.quantities.filter((q) => q.unit === 'USD').map((q) => q.id));
		const drawn = [
			data.need,
			...data.groups.flatMap((g) => g.bars),
			...(data.us ? [data.us.committed, data.us.spent, data.us.frozen] : [])
		];
		expect(drawn).toHaveLength(usd.size);
		for (const b of drawn) {
			expect(usd.has(b.id), b.id).toBe(true);
			expect(b.evidence.length, b.id).toBeGreaterThan(0);
			expect(b.amount, b.id).toMatch(/^(about )?\$\d/);
			expect(b.text.startsWith(b.amount), b.id).toBe(true);
		}
		expect(data.need.amount).toBe('about $600 million');
		for (const width of widths) {
			const g = layout(data, { width });
			const labels = [...g.bars, ...g.us!.bars].map((b) => b.label.text);
			expect(labels).toHaveLength(drawn.length);
			for (const text of labels) expect(text).toMatch(/^(about )?\$\d/);
			expect(g.gap!.lines.join(' ')).toMatch(/^The fund: about \$\d/);
			for (const t of g.axis.ticks) expect(t.label).toMatch(/^\$\d/);
			expect(JSON.stringify(g)).not.toMatch(/C\$|80\.5|pledged-cad/);
		}
	});
});

describe('table', () => {
	const table = funding.table(data);
	test('an approximate figure keeps its “about” in the note, and the gap taken from it its ~', () => {
		const need = table.rows.find((r) => r.cells.status === 'needed')!;
		expect(need.cells.usd).toBe(600_000_000);
		expect(need.cells.note).toBe('about $600 million in the source');
		const gap = table.rows.find((r) => r.cells.status === 'our calculation')!;
		expect(gap.cells.usd).toBe('~515,000,000†');
	});
});
