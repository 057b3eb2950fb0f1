import { scaleUtc } from 'd3-scale';
import type { Event, LocatedEvidence, Rule } from '$lib/data/schema';
import type { Sourced } from '$lib/words/claim';
import { fontSizes, textWidth, wrap } from '../frame/text';
import type { LayoutOptions, MarkLink } from '../types';
import { round } from '../frame/round';
import { monthDomain, yearTicks } from '../frame/timeAxis';

export type EventKind = Event['kind'];

/** One authorisation period of the mission, its ends computed from resolution dates and durations. */
export interface Period {
	id: string;
	/** "Res. 2751: extended 12 months", with a shorter form for narrow widths. */
	name: string;
	short: string;
	start: Date;
	end: Date;
	link: MarkLink;
	evidence: LocatedEvidence[];
	/** What the period rests on, and the rule of the end we computed from a date and a duration. */
	rests: Sourced[];
	rules: Rule[];
}

export interface TimelineEvent {
	id: string;
	/** Number drawn in the marker and listed in the key and the table (chronological). */
	n: number;
	kind: EventKind;
	/** The article's own claim (solid diamond) rather than a background fact (outlined circle). */
	claim: boolean;
	/** The period the date names: a day, or the whole month for a month-precise date. */
	start: Date;
	end: Date;
	/** "11 Oct 2024" or "Nov 2024": no more precise than the source. */
	when: string;
	label: string;
	/** "11 Oct 2024: Ruto and Conille meet…", as the key lists it. */
	text: string;
	link: MarkLink;
	evidence: LocatedEvidence[];
	/** The event (and the figures told with it), and its rule where we dated it ourselves. */
	rests: Sourced[];
	rules: Rule[];
}

export interface TimelineData {
	periods: Period[];
	events: TimelineEvent[];
	/** Date of the Nairobi meeting: a reference rule across the lanes. */
	meeting: Date;
	/** What followed the extension: "Gang Suppression Force", "2793". */
	successor: { name: string; resolution: string; date: string };
}

export interface PeriodMark {
	id: string;
	x0: number;
	x1: number;
	y: number;
	h: number;
	label: { x: number; y: number; text: string; anchor: 'start' | 'end'; inside: boolean };
	link: MarkLink;
}

export interface EventMark {
	id: string;
	n: number;
	x: number;
	y: number;
	claim: boolean;
	/** Extent of a month-precise date; absent for a day. */
	span?: { x0: number; x1: number };
	link: MarkLink;
}

export interface Lane {
	kind: EventKind | 'mandate';
	label: string;
	/** Baseline of the lane's label and the top and bottom of its band. */
	labelY: number;
	y0: number;
	y1: number;
}

export interface TimelineGeometry {
	width: number;
	height: number;
	lanes: Lane[];
	periods: PeriodMark[];
	events: EventMark[];
	meeting: { x: number; y0: number; y1: number };
	axis: { y: number; ticks: { x: number; label?: string; year: boolean }[] };
	/** The numbered list of events, drawn under the axis where the width allows it. */
	key: { n: number; x: number; y: number; lines: string[]; claim: boolean }[];
	/** On narrow widths the key lives in the data table; this line says so. */
	keyNote?: { y: number; text: string };
}

export const laneLabels: Record<EventKind, string> = {
	resolution: 'UN Security Council',
	meeting: 'Meeting',
	announcement: 'Announcement',
	deployment: 'Deployments',
	political: 'Haitian politics',
	funding: 'Funding'
};
const laneOrder: EventKind[] = [
	'resolution',
	'meeting',
	'announcement',
	'deployment',
	'political',
	'funding'
];

/** Marker radius; two markers closer than this apart go on separate rows of their lane. */
export const R = 11;
// Room under a marker for the bracket that shows a month-precise date's extent.
const ROW = 2 * R + 9;
const BAR = 18;
const BAR_GAP = 6;
const LABEL_ROW = fontSizes.small + 6;
const LANE_GAP = 8;
/** Below this plot width the key would be taller than the chart: it goes to the data table. */
export const KEY_MIN_WIDTH = 400;
const KEY_INDENT = 30;

/** Lays the mandate bars, the event lanes, the time axis and the numbered key out in `width`. */
export function layout(data: TimelineData, { width }: LayoutOptions): TimelineGeometry {
	const dates = [
		...data.periods.flatMap((p) => [p.start, p.end]),
		...data.events.flatMap((e) => [e.start, e.end])
	];
	const domain = monthDomain(dates);
	const x = scaleUtc()
		.domain(domain)
		.range([R, width - R]);
	const px = (d: Date) => round(x(d));

	let y = 0;
	const lanes: Lane[] = [];

	// Mandate periods: one row each, so that overlapping or touching periods stay apart.
	const mandateTop = y;
	y += LABEL_ROW;
	const periods = data.periods.map((p, i): PeriodMark => {
		const x0 = px(p.start);
		const x1 = px(p.end);
		const top = y + i * (BAR + BAR_GAP);
		return {
			id: p.id,
			x0,
			x1,
			y: top,
			h: BAR,
			label: periodLabel(p, x0, x1, top, width),
			link: p.link
		};
	});
	y += data.periods.length * (BAR + BAR_GAP) - BAR_GAP;
	lanes.push({
		kind: 'mandate',
		label: 'Mandate',
		labelY: mandateTop + fontSizes.small,
		y0: mandateTop,
		y1: y
	});
	y += LANE_GAP;

	// Event lanes: markers sit at their exact date; a marker that would touch its neighbour drops a row.
	const events: EventMark[] = [];
	for (const kind of laneOrder) {
		const inLane = data.events.filter((e) => e.kind === kind).sort((a, b) => +a.start - +b.start);
		if (!inLane.length) continue;
		const top = y;
		y += LABEL_ROW;
		const rowEnds: number[] = [];
		for (const e of inLane) {
			const month = +e.end - +e.start > 86_400_000;
			const span = month ? { x0: px(e.start), x1: px(e.end) } : undefined;
			const cx = span ? round((span.x0 + span.x1) / 2) : px(e.start);
			const left = Math.min(cx - R - 1, span?.x0 ?? Infinity);
			const right = Math.max(cx + R + 1, span?.x1 ?? -Infinity);
			let row = rowEnds.findIndex((end) => end + 3 <= left);
			if (row < 0) row = rowEnds.push(right) - 1;
			else rowEnds[row] = right;
			events.push({
				id: e.id,
				n: e.n,
				x: cx,
				y: y + R + 2 + row * ROW,
				claim: e.claim,
				span,
				link: e.link
			});
		}
		y += rowEnds.length * ROW;
		lanes.push({ kind, label: laneLabels[kind], labelY: top + fontSizes.small, y0: top, y1: y });
		y += LANE_GAP;
	}
	events.sort((a, b) => a.n - b.n);

	const meeting = { x: px(data.meeting), y0: 0, y1: y - LANE_GAP };
	const axisY = y;
	const axis = { y: axisY, ticks: yearTicks(x, domain, width) };
	y += 6 + fontSizes.small + 10;

	const key: TimelineGeometry['key'] = [];
	let keyNote: TimelineGeometry['keyNote'];
	if (width >= KEY_MIN_WIDTH) {
		for (const e of data.events.slice().sort((a, b) => a.n - b.n)) {
			const lines = wrap(e.text, width - KEY_INDENT, fontSizes.small);
			key.push({ n: e.n, x: KEY_INDENT, y: y + fontSizes.small, lines, claim: e.claim });
			y += lines.length * fontSizes.small * 1.3 + 4;
		}
	} else {
		keyNote = { y: y + fontSizes.small, text: 'Numbered events are listed in the data table.' };
		y += fontSizes.small * 1.3 + 4;
	}

	return { width, height: Math.ceil(y), lanes, periods, events, meeting, axis, key, keyNote };
}

/** The longest label that fits right of the bar, else left of it, else inside it. */
function periodLabel(
	p: Period,
	x0: number,
	x1: number,
	top: number,
	width: number
): PeriodMark['label'] {
	const y = round(top + BAR / 2 + fontSizes.small * 0.35);
	for (const text of [p.name, p.short]) {
		const w = textWidth(text, fontSizes.small);
		if (x1 + 6 + w <= width) return { x: round(x1 + 6), y, text, anchor: 'start', inside: false };
		if (x0 - 6 - w >= 0) return { x: round(x0 - 6), y, text, anchor: 'end', inside: false };
		if (w + 12 <= x1 - x0) return { x: round(x0 + 6), y, text, anchor: 'start', inside: true };
	}
	return { x: round(x0 + 4), y, text: p.short, anchor: 'start', inside: true };
}
