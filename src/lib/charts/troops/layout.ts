import { max } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { utcMonth } from 'd3-time';
import { dateMid, dateValue, formatDate, formatQuantity, formatShort } from '$lib/data/format';
import { dateIn, figureWords, marked, said, upperFirst, verbOf } from '$lib/words/phrase';
import type { Dataset, LocatedEvidence } from '$lib/data/schema';
import { fontSizes, lineHeight, textWidth, wrap } from '../frame/text';
import { markLink, type LayoutOptions, type MarkLink } from '../types';
import { round } from '../frame/round';
import { placeLabels, type Box, type PlacedLabel } from './labels';

type Quantity = Dataset['quantities'][number];
type Event = Dataset['events'][number];

export interface TroopsData {
	meeting: { date: string; evidence: LocatedEvidence[] };
	/** Contingents as they landed (measure `arrival`). */
	arrivals: Quantity[];
	/** Head counts at a date (measure `personnel`, deployed or stated). */
	headcounts: Quantity[];
	/** The article's announcement (600 additional officers) and the month it said they would serve. */
	announced?: Quantity;
	promised?: Event;
	departure?: Event;
	/** Conflict id → the sentence that says who gives which value, for a conflicting mark. */
	conflicts: Record<string, string>;
}

export type TroopsMark = { link: MarkLink; conflict: boolean } & (
	| { shape: 'rect'; x: number; y: number; width: number; height: number }
	| { shape: 'circle'; x: number; y: number; r: number }
	| { shape: 'path'; d: string }
);

export interface TroopsGeometry {
	width: number;
	height: number;
	/** Where the plot's x range starts: room for the y-axis labels. */
	left: number;
	panels: {
		top: number;
		bottom: number;
		title: PlacedLabel[];
		ticks: { y: number; label: string }[];
	}[];
	xTicks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
	axisY: number;
	/** The head-count line (not a mark: the dots are). */
	headLine: string;
	/** Reference line at the announced figure, from the promised month on. */
	target: { x1: number; x2: number; y: number } | null;
	/** Conflict brackets and end ticks. */
	brackets: string[];
	marks: TroopsMark[];
	labels: PlacedLabel[];
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

const when = (q: Quantity) => dateMid(q.asOf!, q.precision ?? 'day');
const unique = (list: LocatedEvidence[]) =>
	list.filter((e, i) => list.findIndex((f) => f.anchor === e.anchor) === i);
const SIZE = fontSizes.small;
const LINE = SIZE * lineHeight;

function conflictWords(q: Quantity, data: TroopsData) {
	return q.conflict ? `; ${data.conflicts[q.conflict] ?? 'sources differ'}` : '';
}

/** The contingents that landed after the meeting and their sum (conflicting sizes stay out of it). */
export function landedAfter(data: TroopsData) {
	const meeting = dateValue(data.meeting.date);
	const after = data.arrivals
		.filter((q) => q.asOf && dateValue(q.asOf) > meeting && !q.conflict)
		.sort((a, b) => dateValue(a.asOf!).getTime() - dateValue(b.asOf!).getTime());
	return { after, total: after.reduce((s, q) => s + q.value, 0) };
}

/** The months between tick labels: the fewest that leaves each label room to breathe. */
function tickStep(pxPerMonth: number): number {
	const room = textWidth('Sep 2025', SIZE) + 20;
	return [1, 2, 3, 4, 6, 12].find((n) => n * pxPerMonth >= room) ?? 12;
}

export function layout(data: TroopsData, { width }: LayoutOptions): TroopsGeometry {
	const dated = [...data.arrivals, ...data.headcounts].filter((q) => q.asOf);
	const dates = [
		...dated.map(when),
		dateValue(data.meeting.date),
		...(data.promised ? [dateValue(data.promised.date)] : [])
	];
	const start = utcMonth.floor(new Date(Math.min(...dates.map(Number))));
	const end = utcMonth.ceil(new Date(Math.max(...dates.map(Number)) + 864e5));
	const left = Math.ceil(textWidth('1,000', SIZE)) + 4;
	const x = scaleUtc().domain([start, end]).range([left, width]);
	const px = (d: Date) => round(x(d));

	const marks: TroopsMark[] = [];
	const brackets: string[] = [];
	const obstacles: Box[] = [];
	const requests: Parameters<typeof placeLabels>[0] = [];

	// Panel 1: contingents (bars) and head counts (dots).
	const title1 = wrap(
		'Kenyan officers in Haiti: contingents as they arrived (bars), head counts (dots)',
		width,
		SIZE
	);
	const top1 = title1.length * LINE + 2.5 * LINE;
	const h1 = width < 400 ? 220 : 210;
	const narrow = width < 400;
	const bottom1 = top1 + h1;
	const yMax1 = max([...data.arrivals, ...data.headcounts], (q) => q.value) ?? 1;
	const y1 = scaleLinear().domain([0, yMax1]).nice(4).range([bottom1, top1]);
	const barW = Math.max(5, Math.min(9, width / 80));

	for (const group of conflictGroups(data.arrivals.filter((q) => q.asOf))) {
		const cx = x(when(group[0]!));
		for (const q of group) {
			const y = round(y1(q.value));
			const text = `${q.label}: ${formatQuantity(q)} ${verbOf(q)} ${formatDate(q.asOf!)}${said(q.basis)}${conflictWords(q, data)}`;
			marks.push({
				shape: 'rect',
				x: round(cx - barW / 2),
				y,
				width: round(barW),
				height: round(bottom1 - y),
				conflict: !!q.conflict,
				link: markLink(text, q.evidence)
			});
		}
		obstacles.push({
			x: cx - barW / 2,
			y: y1(group[0]!.value),
			width: barW,
			height: bottom1 - y1(group[0]!.value)
		});
		const label = conflictLabel(group.map(formatShort).reverse(), narrow);
		if (group.length > 1) {
			for (const q of group)
				brackets.push(`M${round(cx - barW / 2 - 3)},${round(y1(q.value))}h${round(barW + 6)}`);
			brackets.push(
				`M${round(cx + barW / 2 + 3)},${round(y1(group[0]!.value))}V${round(y1(group.at(-1)!.value))}`
			);
			obstacles.push({
				x: cx - barW / 2 - 3,
				y: y1(group[0]!.value) - 2,
				width: barW + 8,
				height: y1(group.at(-1)!.value) - y1(group[0]!.value) + 4
			});
		}
		requests.push({
			text: label,
			cls: group.length > 1 ? 'conflict' : undefined,
			candidates: around(cx, y1(group[0]!.value), label)
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
				y: round(y1(q.value)),
				r: 4.5,
				conflict: !!q.conflict,
				link: markLink(text, q.evidence)
			});
			obstacles.push({ x: cx - 5, y: y1(q.value) - 5, width: 10, height: 10 });
		}
		if (group.length > 1) {
			brackets.push(
				`M${round(cx + 7)},${round(y1(group[0]!.value))}V${round(y1(group.at(-1)!.value))}`
			);
			obstacles.push({
				x: cx + 5,
				y: y1(group[0]!.value),
				width: 4,
				height: y1(group.at(-1)!.value) - y1(group[0]!.value)
			});
		}
		const label = conflictLabel(group.map(formatShort), narrow);
		requests.push({
			text: label,
			cls: group.length > 1 ? 'conflict' : undefined,
			candidates: around(cx, y1(group[0]!.value), label)
		});
	}
	const single = dots.filter((g) => g.length === 1).map((g) => g[0]!);
	const headLine =
		line<Quantity>()
			.x((q) => round(x(when(q))))
			.y((q) => round(y1(q.value)))(
			[...single].sort((a, b) => when(a).getTime() - when(b).getTime())
		) ?? '';

	// Panel 2: the announcement against the arrivals that followed the meeting.
	const title2 = wrap(
		`The ${data.announced ? `${formatShort(data.announced)} ${verbOf(data.announced)}` : 'officers announced'} at the meeting (solid) against the officers who arrived after it (hatched)`,
		width,
		SIZE
	);
	const top2 = bottom1 + 20 + title2.length * LINE + LINE * 1.5;
	const h2 = 100;
	const bottom2 = top2 + h2;
	const meetingDate = dateValue(data.meeting.date);
	const { after, total: arrivedTotal } = landedAfter(data);
	const yMax2 = Math.max(data.announced?.value ?? 0, arrivedTotal, 1);
	const y2 = scaleLinear().domain([0, yMax2]).nice(3).range([bottom2, top2]);
	let target: TroopsGeometry['target'] = null;

	if (data.announced) {
		const a = data.announced;
		const from = data.promised ? dateValue(data.promised.date) : meetingDate;
		const to = utcMonth.offset(from, 1);
		const due = data.promised ? `, expected to be operational by ${dateIn(data.promised)}` : '';
		const evidence = unique([...a.evidence, ...(data.promised?.evidence ?? [])]);
		const text = `${upperFirst(figureWords(a))} at the meeting (${formatDate(data.meeting.date)})${said(a.basis)}${due}`;
		const rect = {
			x: px(from),
			y: round(y2(a.value)),
			width: round(x(to) - x(from)),
			height: round(bottom2 - y2(a.value))
		};
		marks.push({
			shape: 'rect',
			...rect,
			conflict: false,
			link: markLink(text, evidence)
		});
		obstacles.push(rect);
		target = { x1: round(rect.x + rect.width), x2: width, y: rect.y };
		const label = `${formatShort(a)} ${verbOf(a)}${data.promised ? `, due ${dateIn(data.promised)}` : ''}`;
		requests.unshift({
			text: label,
			cls: 'article',
			candidates: [{ x: rect.x + rect.width + 4, y: rect.y - 4 }, ...around(rect.x, rect.y, label)]
		});
	}

	let cumulative = 0;
	for (const q of after) {
		const x0 = px(dateValue(q.asOf!));
		const yTop = round(y2(cumulative + q.value));
		const yBottom = round(y2(cumulative));
		cumulative += q.value;
		const text = `${q.label}: ${formatQuantity(q)} ${verbOf(q)} ${formatDate(q.asOf!)}, ${marked(cumulative.toLocaleString('en-GB'))} since the meeting`;
		marks.push({
			shape: 'rect',
			x: x0,
			y: yTop,
			width: round(width - x0),
			height: round(yBottom - yTop),
			conflict: false,
			link: markLink(text, q.evidence)
		});
		obstacles.push({ x: x0, y: yTop, width: width - x0, height: yBottom - yTop });
	}
	if (after.length) {
		const parts = after.map((q) => formatShort(q)).join(' + ');
		const short = `${marked(cumulative.toLocaleString('en-GB'))} arrived`;
		const long = after.length > 1 ? `${parts} = ${short}` : short;
		const room = width - x(dateValue(after[0]!.asOf!)) - 4;
		const label = textWidth(long, SIZE) <= room ? long : short;
		const w = textWidth(label, SIZE);
		requests.unshift({
			text: label,
			candidates: [
				{ x: width - w - 2, y: y2(cumulative) - 5 },
				{ x: width - w - 2, y: y2(cumulative) + SIZE + 4 }
			]
		});
	}

	// The meeting: a rule across both panels, labelled above the first.
	const mx = px(meetingDate);
	obstacles.push(
		{ x: mx - 2, y: top1 - LINE, width: 4, height: bottom1 - top1 + LINE },
		{ x: mx - 2, y: top2, width: 4, height: h2 }
	);
	marks.push({
		shape: 'path',
		d: `M${mx},${round(top1 - LINE)}V${round(bottom1)}M${mx},${round(top2)}V${round(bottom2)}`,
		conflict: false,
		link: markLink(`The Nairobi meeting, ${formatDate(data.meeting.date)}`, data.meeting.evidence)
	});
	const meetingLabel = `Meeting, ${formatDate(data.meeting.date)}`;
	requests.unshift({
		text: meetingLabel,
		cls: 'article',
		candidates: [
			{ x: mx - textWidth(meetingLabel, SIZE) - 4, y: top1 - LINE - 2 },
			{ x: mx + 4, y: top1 - LINE - 2 }
		]
	});

	// Axis and the events lane below it.
	const axisY = bottom2;
	const step = tickStep(x(utcMonth.offset(start, 1)) - x(start));
	const xTicks = x.ticks(utcMonth.every(step)!).map((d) => {
		const label = tickLabel(d);
		const half = textWidth(label, SIZE) / 2;
		const anchor: 'start' | 'middle' | 'end' =
			x(d) + half > width ? 'end' : x(d) - half < 0 ? 'start' : 'middle';
		return { x: px(d), label, anchor };
	});
	let bottom = axisY + LINE + 6;
	if (data.departure) {
		const d = data.departure;
		const dx = px(dateMid(d.date, d.precision));
		const dy = round(bottom + 8);
		const text = `${d.label}, ${formatDate(d.date)}`;
		marks.push({
			shape: 'path',
			d: `M${dx},${dy - 6}l6,6l-6,6l-6,-6z`,
			conflict: false,
			link: markLink(text, d.evidence)
		});
		const label = `Planned departure, ${formatDate(d.date)}`;
		const w = textWidth(label, SIZE);
		const fits = dx + 10 + w <= width || dx - 10 - w >= 0;
		const lx = dx + 10 + w <= width ? dx + 10 : dx - 10 - w;
		const ly = fits ? dy + SIZE * 0.35 : dy + 8 + SIZE;
		requests.push({ text: label, candidates: [{ x: fits ? lx : Math.max(0, dx - w / 2), y: ly }] });
		obstacles.push({ x: dx - 6, y: dy - 6, width: 12, height: 12 });
		bottom = fits ? dy + 8 : ly + 4;
	}

	const placed = placeLabels(
		requests,
		obstacles,
		{ x: left, y: 0, width: width - left, height: bottom },
		SIZE
	);
	const titleLines = (lines: string[], y: number) =>
		lines.map((text, i) => ({ x: 0, y: round(y + SIZE + i * LINE), text }));
	const ticks = (s: typeof y1) =>
		s.ticks(4).map((v) => ({ y: round(s(v)), label: v.toLocaleString('en-GB') }));

	return {
		width,
		height: Math.ceil(bottom + 4),
		left,
		panels: [
			{ top: round(top1), bottom: round(bottom1), title: titleLines(title1, 0), ticks: ticks(y1) },
			{
				top: round(top2),
				bottom: round(bottom2),
				title: titleLines(title2, bottom1 + 20),
				ticks: ticks(y2)
			}
		],
		xTicks,
		axisY: round(axisY),
		headLine,
		target,
		brackets,
		marks,
		labels: placed
	};
}

/** "200 or 400: sources differ"; on narrow charts the bracket and the colour carry "sources differ". */
const conflictLabel = (values: string[], narrow: boolean) =>
	values.length > 1 ? `${values.join(' or ')}${narrow ? '' : ': sources differ'}` : values[0]!;

/** Candidate spots for a label near a point: above, then right, left, and higher up. */
function around(cx: number, cy: number, text: string) {
	const w = textWidth(text, SIZE);
	return [
		{ x: cx - w / 2, y: cy - 6 },
		{ x: cx + 8, y: cy + SIZE * 0.35 },
		{ x: cx - 8 - w, y: cy + SIZE * 0.35 },
		{ x: cx + 8, y: cy - 6 },
		{ x: cx - 8 - w, y: cy - 6 },
		{ x: cx - w / 2, y: cy - 6 - LINE },
		{ x: cx + 8, y: cy - 6 - LINE },
		{ x: cx - 8 - w, y: cy - 6 - LINE },
		{ x: cx - w / 2, y: cy - 6 - 2 * LINE },
		{ x: cx + 8, y: cy - 6 - 2 * LINE },
		{ x: cx - 8 - w, y: cy - 6 - 2 * LINE },
		{ x: cx + 8, y: cy + SIZE + 8 },
		{ x: cx - 8 - w, y: cy + SIZE + 8 }
	];
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tickLabel = (d: Date) => `${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
