import { scaleLinear, type ScaleTime } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { dateIn, figureWords, marked, said, upperFirst, verbOf } from '$lib/words/phrase';
import { dateValue, formatDate, formatQuantity, formatShort } from '$lib/data/format';
import type { LocatedEvidence } from '$lib/data/schema';
import { fontSizes, textWidth } from '../frame/text';
import { markLink } from '../types';
import { round } from '../frame/round';
import { around } from './labels';
import type { Panel, TroopsData, TroopsGeometry } from './layout';

const SIZE = fontSizes.small;
const unique = (list: LocatedEvidence[]) =>
	list.filter((e, i) => list.findIndex((f) => f.anchor === e.anchor) === i);

/** The contingents that landed after the meeting and their sum (conflicting sizes stay out of it). */
export function landedAfter(data: TroopsData) {
	const meeting = dateValue(data.meeting.date);
	const after = data.arrivals
		.filter((q) => q.asOf && dateValue(q.asOf) > meeting && !q.conflict)
		.sort((a, b) => dateValue(a.asOf!).getTime() - dateValue(b.asOf!).getTime());
	return { after, total: after.reduce((s, q) => s + q.value, 0) };
}

/**
 * The second panel: the officers announced at the meeting, a bar in the month they were due, against
 * the contingents that arrived after the meeting, stacked from the date each landed to the right edge.
 */
export function announcement(
	data: TroopsData,
	x: ScaleTime<number, number>,
	{ width, top }: { width: number; top: number }
): Panel & { target: TroopsGeometry['target'] } {
	const px = (d: Date) => round(x(d));
	const bottom = top + 100;
	const { after, total } = landedAfter(data);
	const yMax = Math.max(data.announced?.value ?? 0, total, 1);
	const y = scaleLinear().domain([0, yMax]).nice(3).range([bottom, top]);
	const panel: Panel = { y, top, bottom, marks: [], brackets: [], obstacles: [], labels: [] };
	const { marks, obstacles, labels } = panel;
	let target: TroopsGeometry['target'] = null;

	if (data.announced) {
		const a = data.announced;
		const from = data.promised ? dateValue(data.promised.date) : dateValue(data.meeting.date);
		const to = utcMonth.offset(from, 1);
		const due = data.promised ? `, expected to be operational by ${dateIn(data.promised)}` : '';
		const evidence = unique([...a.evidence, ...(data.promised?.evidence ?? [])]);
		const text = `${upperFirst(figureWords(a))} at the meeting (${formatDate(data.meeting.date)})${said(a.basis)}${due}`;
		const rect = {
			x: px(from),
			y: round(y(a.value)),
			width: round(x(to) - x(from)),
			height: round(bottom - y(a.value))
		};
		marks.push({ shape: 'rect', ...rect, conflict: false, link: markLink(text, evidence) });
		obstacles.push(rect);
		target = { x1: round(rect.x + rect.width), x2: width, y: rect.y };
		const label = `${formatShort(a)} ${verbOf(a)}${data.promised ? `, due ${dateIn(data.promised)}` : ''}`;
		labels.unshift({
			text: label,
			cls: 'article',
			candidates: [{ x: rect.x + rect.width + 4, y: rect.y - 4 }, ...around(rect.x, rect.y, label)]
		});
	}

	let cumulative = 0;
	for (const q of after) {
		const x0 = px(dateValue(q.asOf!));
		const yTop = round(y(cumulative + q.value));
		const yBottom = round(y(cumulative));
		cumulative += q.value;
		const text = `${q.label}: ${formatQuantity(q)} ${verbOf(q)} ${formatDate(q.asOf!)}, ${marked(cumulative.toLocaleString('en-GB'))} since the meeting`;
		const rect = { x: x0, y: yTop, width: round(width - x0), height: round(yBottom - yTop) };
		marks.push({ shape: 'rect', ...rect, conflict: false, link: markLink(text, q.evidence) });
		obstacles.push({ x: x0, y: yTop, width: width - x0, height: yBottom - yTop });
	}
	if (after.length) {
		const parts = after.map((q) => formatShort(q)).join(' + ');
		const short = `${marked(cumulative.toLocaleString('en-GB'))} arrived`;
		const long = after.length > 1 ? `${parts} = ${short}` : short;
		const room = width - x(dateValue(after[0]!.asOf!)) - 4;
		const label = textWidth(long, SIZE) <= room ? long : short;
		const w = textWidth(label, SIZE);
		labels.unshift({
			text: label,
			candidates: [
				{ x: width - w - 2, y: y(cumulative) - 5 },
				{ x: width - w - 2, y: y(cumulative) + SIZE + 4 }
			]
		});
	}
	return { ...panel, target };
}
