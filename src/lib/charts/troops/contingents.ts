import { max } from 'd3-array';
import { scaleLinear, type ScaleTime } from 'd3-scale';
import { line } from 'd3-shape';
import { dateMid, formatDate, formatQuantity, formatShort } from '$lib/data/format';
import { said, verbOf } from '$lib/words/phrase';
import { markLink } from '../types';
import { round } from '../frame/round';
import { around } from './labels';
import type { Panel, Quantity, TroopsData } from './layout';

/** A quantity's date as a point: the middle of its month when the source gives only the month. */
export const when = (q: Quantity) => dateMid(q.asOf!, q.precision ?? 'day');

function conflictWords(q: Quantity, data: TroopsData) {
	return q.conflict ? `; ${data.conflicts[q.conflict] ?? 'sources differ'}` : '';
}

/** Quantities grouped by the conflict they belong to; a quantity outside any conflict stands alone. */
export function conflictGroups(list: Quantity[]): Quantity[][] {
	const groups = new Map<string, Quantity[]>();
	for (const q of list) {
		const key = q.conflict ?? q.id;
		groups.set(key, [...(groups.get(key) ?? []), q]);
	}
	return [...groups.values()].map((g) => [...g].sort((a, b) => b.value - a.value));
}

/** "200 or 400: sources differ"; on narrow charts the bracket and the colour carry "sources differ". */
const conflictLabel = (values: string[], narrow: boolean) =>
	values.length > 1 ? `${values.join(' or ')}${narrow ? '' : ': sources differ'}` : values[0]!;

/**
 * The first panel: each contingent as a bar at the date it landed, each head count as a dot on a dashed
 * line; values that sources give differently stand side by side, tied by a bracket.
 */
export function contingents(
	data: TroopsData,
	x: ScaleTime<number, number>,
	{ width, top }: { width: number; top: number }
): Panel & { headLine: string } {
	const narrow = width < 400;
	const bottom = top + (narrow ? 220 : 210);
	const yMax = max([...data.arrivals, ...data.headcounts], (q) => q.value) ?? 1;
	const y = scaleLinear().domain([0, yMax]).nice(4).range([bottom, top]);
	const barW = Math.max(5, Math.min(9, width / 80));
	const panel: Panel = { y, top, bottom, marks: [], brackets: [], obstacles: [], labels: [] };
	const { marks, brackets, obstacles, labels } = panel;

	for (const group of conflictGroups(data.arrivals.filter((q) => q.asOf))) {
		const cx = x(when(group[0]!));
		for (const q of group) {
			const top = round(y(q.value));
			const text = `${q.label}: ${formatQuantity(q)} ${verbOf(q)} ${formatDate(q.asOf!)}${said(q.basis)}${conflictWords(q, data)}`;
			marks.push({
				shape: 'rect',
				x: round(cx - barW / 2),
				y: top,
				width: round(barW),
				height: round(bottom - top),
				conflict: !!q.conflict,
				link: markLink(text, q.evidence)
			});
		}
		const highest = y(group[0]!.value);
		const lowest = y(group.at(-1)!.value);
		obstacles.push({ x: cx - barW / 2, y: highest, width: barW, height: bottom - highest });
		if (group.length > 1) {
			for (const q of group)
				brackets.push(`M${round(cx - barW / 2 - 3)},${round(y(q.value))}h${round(barW + 6)}`);
			brackets.push(`M${round(cx + barW / 2 + 3)},${round(highest)}V${round(lowest)}`);
			obstacles.push({
				x: cx - barW / 2 - 3,
				y: highest - 2,
				width: barW + 8,
				height: lowest - highest + 4
			});
		}
		const label = conflictLabel(group.map(formatShort).reverse(), narrow);
		labels.push({
			text: label,
			cls: group.length > 1 ? 'conflict' : undefined,
			candidates: around(cx, highest, label)
		});
	}

	const dots = conflictGroups(data.headcounts.filter((q) => q.asOf));
	for (const group of dots) {
		const cx = x(when(group[0]!));
		for (const q of group) {
			const text = `${q.label}, ${formatDate(q.asOf!)}: ${formatQuantity(q, false)} ${verbOf(q)}${said(q.basis)}${conflictWords(q, data)}`;
			marks.push({
				shape: 'circle',
				x: round(cx),
				y: round(y(q.value)),
				r: 4.5,
				conflict: !!q.conflict,
				link: markLink(text, q.evidence)
			});
			obstacles.push({ x: cx - 5, y: y(q.value) - 5, width: 10, height: 10 });
		}
		const highest = y(group[0]!.value);
		const lowest = y(group.at(-1)!.value);
		if (group.length > 1) {
			brackets.push(`M${round(cx + 7)},${round(highest)}V${round(lowest)}`);
			obstacles.push({ x: cx + 5, y: highest, width: 4, height: lowest - highest });
		}
		const label = conflictLabel(group.map(formatShort), narrow);
		labels.push({
			text: label,
			cls: group.length > 1 ? 'conflict' : undefined,
			candidates: around(cx, highest, label)
		});
	}

	const single = dots.filter((g) => g.length === 1).map((g) => g[0]!);
	const headLine =
		line<Quantity>()
			.x((q) => round(x(when(q))))
			.y((q) => round(y(q.value)))(
			[...single].sort((a, b) => when(a).getTime() - when(b).getTime())
		) ?? '';
	return { ...panel, headLine };
}
