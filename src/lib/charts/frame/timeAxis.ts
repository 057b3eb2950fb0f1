import type { ScaleTime } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { fontSizes, textWidth } from './text';
import { round } from './round';

/**
 * The time axes of the troops chart and the timeline: a domain of whole months, and ticks whose labels
 * never touch each other or leave the chart.
 */

const SIZE = fontSizes.small;
const monthNames = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];
const monthName = (d: Date) => monthNames[d.getUTCMonth()]!;

/** The whole months that hold `dates`; `pad` (ms) is added to the last date before rounding up. */
export function monthDomain(dates: Date[], pad = 0): [Date, Date] {
	const times = dates.map(Number);
	return [
		utcMonth.floor(new Date(Math.min(...times))),
		utcMonth.ceil(new Date(Math.max(...times) + pad))
	];
}

/** "Sep 2025" every n months, n the fewest that leaves each label room; edge labels turned inwards. */
export function monthTicks(x: ScaleTime<number, number>, width: number) {
	const start = x.domain()[0]!;
	const pxPerMonth = x(utcMonth.offset(start, 1)) - x(start);
	const room = textWidth('Sep 2025', SIZE) + 20;
	const step = [1, 2, 3, 4, 6, 12].find((n) => n * pxPerMonth >= room) ?? 12;
	return x.ticks(utcMonth.every(step)!).map((d) => {
		const label = `${monthName(d)} ${d.getUTCFullYear()}`;
		const half = textWidth(label, SIZE) / 2;
		const anchor: 'start' | 'middle' | 'end' =
			x(d) + half > width ? 'end' : x(d) - half < 0 ? 'start' : 'middle';
		return { x: round(x(d)), label, anchor };
	});
}

/** A tick every 3 months (6 when narrow) through the month after `max`; years labelled first, then the
 * months whose labels touch no other label. */
export function yearTicks(x: (d: Date) => number, [min, max]: [Date, Date], width: number) {
	const monthStep = width >= 600 ? 3 : 6;
	const end = utcMonth.offset(max, 1);
	const years = new Set(utcYear.range(min, end).map(Number));
	const ticks = utcMonth
		.every(monthStep)!
		.range(min, end)
		.map((d) => {
			const year = years.has(+d);
			const text = year ? String(d.getUTCFullYear()) : monthName(d);
			return { x: round(x(d)), year, text, label: undefined as string | undefined };
		});
	const placed: [number, number][] = [];
	for (const t of [...ticks.filter((t) => t.year), ...ticks.filter((t) => !t.year)]) {
		const half = textWidth(t.text, SIZE) / 2;
		const [a, b] = [t.x - half, t.x + half];
		if (a < 0 || b > width || placed.some(([p, q]) => a < q + 8 && b > p - 8)) continue;
		placed.push([a, b]);
		t.label = t.text;
	}
	return ticks.map(({ x, year, label }) => ({ x, year, label }));
}
