import type { ScaleLinear } from 'd3-scale';
import { scaleUtc } from 'd3-scale';
import { dateMid, dateValue, formatDate, formatShort } from '$lib/data/format';
import { verbOf } from '$lib/words/phrase';
import type { Dataset, LocatedEvidence } from '$lib/data/schema';
import { fontSizes, lineHeight, textWidth, wrap } from '../frame/text';
import { monthDomain, monthTicks } from '../frame/timeAxis';
import { markLink, type LayoutOptions, type MarkLink } from '../types';
import { round } from '../frame/round';
import { announcement, landedAfter } from './announcement';
import { contingents, when } from './contingents';
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from './labels';

export type Quantity = Dataset['quantities'][number];
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

/** One panel's scale and parts, before the labels of all panels are placed together. */
export interface Panel {
	y: ScaleLinear<number, number>;
	top: number;
	bottom: number;
	marks: TroopsMark[];
	brackets: string[];
	obstacles: Box[];
	labels: LabelRequest[];
}

export { landedAfter };
const SIZE = fontSizes.small;
const LINE = SIZE * lineHeight;

/**
 * Two panels on one time axis (contingents and head counts above, the announcement against the
 * arrivals after the meeting below), the meeting as a rule across both, the planned departure under
 * the axis; then every label placed where it hides no mark and no other label.
 */
export function layout(data: TroopsData, { width }: LayoutOptions): TroopsGeometry {
	const dated = [...data.arrivals, ...data.headcounts].filter((q) => q.asOf);
	const domain = monthDomain(
		[
			...dated.map(when),
			dateValue(data.meeting.date),
			...(data.promised ? [dateValue(data.promised.date)] : [])
		],
		864e5
	);
	const left = Math.ceil(textWidth('1,000', SIZE)) + 4;
	const x = scaleUtc().domain(domain).range([left, width]);
	const px = (d: Date) => round(x(d));

	const title1 = wrap(
		'Kenyan officers in Haiti: contingents as they arrived (bars), head counts (dots)',
		width,
		SIZE
	);
	const first = contingents(data, x, { width, top: title1.length * LINE + 2.5 * LINE });
	const title2 = wrap(
		`The ${data.announced ? `${formatShort(data.announced)} ${verbOf(data.announced)}` : 'officers announced'} at the meeting (solid) against the officers who arrived after it (hatched)`,
		width,
		SIZE
	);
	const second = announcement(data, x, {
		width,
		top: first.bottom + 20 + title2.length * LINE + LINE * 1.5
	});
	const marks = [...first.marks, ...second.marks];
	const obstacles = [...first.obstacles, ...second.obstacles];
	const requests = [...second.labels, ...first.labels];

	// The meeting: a rule across both panels, labelled above the first.
	const mx = px(dateValue(data.meeting.date));
	obstacles.push(
		{ x: mx - 2, y: first.top - LINE, width: 4, height: first.bottom - first.top + LINE },
		{ x: mx - 2, y: second.top, width: 4, height: second.bottom - second.top }
	);
	marks.push({
		shape: 'path',
		d: `M${mx},${round(first.top - LINE)}V${round(first.bottom)}M${mx},${round(second.top)}V${round(second.bottom)}`,
		conflict: false,
		link: markLink(`The Nairobi meeting, ${formatDate(data.meeting.date)}`, data.meeting.evidence)
	});
	const meetingLabel = `Meeting, ${formatDate(data.meeting.date)}`;
	requests.unshift({
		text: meetingLabel,
		cls: 'article',
		candidates: [
			{ x: mx - textWidth(meetingLabel, SIZE) - 4, y: first.top - LINE - 2 },
			{ x: mx + 4, y: first.top - LINE - 2 }
		]
	});

	// The axis, and the planned departure below it.
	const axisY = second.bottom;
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
	const panel = (p: Panel, title: string[], y: number) => ({
		top: round(p.top),
		bottom: round(p.bottom),
		title: titleLines(title, y),
		ticks: p.y.ticks(4).map((v) => ({ y: round(p.y(v)), label: v.toLocaleString('en-GB') }))
	});

	return {
		width,
		height: Math.ceil(bottom + 4),
		left,
		panels: [panel(first, title1, 0), panel(second, title2, first.bottom + 20)],
		xTicks: monthTicks(x, width),
		axisY: round(axisY),
		headLine: first.headLine,
		target: second.target,
		brackets: first.brackets,
		marks,
		labels: placed
	};
}
