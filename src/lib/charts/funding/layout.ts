import { scaleLinear } from 'd3-scale';
import type { LocatedEvidence, Quantity, QuantityStatus, Rule } from '$lib/data/schema';
import type { Sourced } from '$lib/words/claim';
import { fontSizes, textWidth, wrap } from '../frame/text';
import type { LayoutOptions, MarkLink } from '../types';
import { round } from '../frame/round';

export interface FundBar {
	id: string;
	value: number;
	status: QuantityStatus;
	/** "about $600 million": the figure as the source gives it. */
	amount: string;
	/** Set where the source gives the figure as approximate (“about”, “~”). */
	approx?: Quantity['approx'];
	/** "$68 million received (AP)": the words drawn beside the bar. */
	text: string;
	link: MarkLink;
	evidence: LocatedEvidence[];
	/** The record the bar draws. */
	rests: Sourced[];
}

/** Figures that hold for one date; a conflict group's figures come from sources that disagree. */
export interface FundGroup {
	asOf: string;
	/** "11 Oct 2024 (the meeting)". */
	when: string;
	heading: string;
	conflict?: { id: string; topic: string; note: string };
	bars: FundBar[];
}

export interface FundingData {
	need: FundBar & { when: string };
	groups: FundGroup[];
	/** The latest receipt against the need: the gap is the chart's finding. */
	/** The gap to one year's need: its words, rules, the money short, and the share received (“about 14%†”). */
	gap: { received: FundBar; text: string; rules: Rule[]; short: number; share: string } | null;
	/** The US money in the fund and what became of it, on a scale of its own. */
	us: { when: string; heading: string; committed: FundBar; spent: FundBar; frozen: FundBar } | null;
}

export interface BarMark {
	id: string;
	x0: number;
	x1: number;
	y: number;
	h: number;
	status: QuantityStatus;
	label: { x: number; y: number; text: string; anchor: 'start' | 'middle' };
	link: MarkLink;
}

export interface FundingGeometry {
	width: number;
	height: number;
	headings: { x: number; y: number; text: string; conflict: boolean; strong: boolean }[];
	bars: BarMark[];
	/** Brackets that tie disagreeing figures together, labelled "sources differ" in their heading. */
	brackets: { path: string }[];
	need: { x: number; y0: number; y1: number };
	gap: { x0: number; x1: number; y: number; lines: string[]; textX: number } | null;
	axis: { y: number; ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[] };
	us: { bars: BarMark[]; headingLines: string[]; headingY: number } | null;
}

const BAR = 16;
const GAP = 10;
const LINE = Math.round(fontSizes.small * 1.3);
/** Room on the left for the bracket that joins conflicting figures. */
export const GUTTER = 14;

/** "$600M", "$85.3M": the short money form of the axis. */
export const shortMoney = (v: number) => (v === 0 ? '$0' : `$${Math.round((v / 1e6) * 10) / 10}M`);

/** Lays out the need, each date's figures and the US panel top to bottom on shared money scales. */
export function layout(data: FundingData, { width }: LayoutOptions): FundingGeometry {
	const max = Math.max(data.need.value, ...data.groups.flatMap((g) => g.bars.map((b) => b.value)));
	const x = scaleLinear().domain([0, max]).range([GUTTER, width]);
	const headings: FundingGeometry['headings'] = [];
	const bars: BarMark[] = [];
	const brackets: FundingGeometry['brackets'] = [];
	let y = 0;

	/** A bar with its words right of it where they fit, else on a line above it. */
	const bar = (b: FundBar, scale: (v: number) => number, from = 0): BarMark => {
		const x0 = round(scale(from));
		const x1 = round(scale(from + b.value));
		const w = textWidth(b.text, fontSizes.small);
		let label: BarMark['label'];
		if (x1 + 6 + w <= width) {
			label = {
				x: round(x1 + 6),
				y: round(y + BAR / 2 + fontSizes.small * 0.35),
				text: b.text,
				anchor: 'start'
			};
		} else {
			label = { x: x0, y: y + fontSizes.small, text: b.text, anchor: 'start' };
			y += LINE + 2;
		}
		const mark = { id: b.id, x0, x1, y, h: BAR, status: b.status, label, link: b.link };
		y += BAR + GAP;
		return mark;
	};
	const heading = (text: string, conflict: boolean, strong = false) => {
		for (const line of wrap(text, width - GUTTER, fontSizes.small)) {
			headings.push({ x: GUTTER, y: y + fontSizes.small, text: line, conflict, strong });
			y += LINE;
		}
		y += 4;
	};

	heading(`Needed, ${data.need.when}`, false, true);
	bars.push(bar(data.need, x));
	const top = bars[0]!.y;

	for (const g of data.groups) {
		heading(g.heading, !!g.conflict, true);
		const first = y;
		for (const b of g.bars) bars.push(bar(b, x));
		if (g.conflict) {
			const last = y - GAP;
			brackets.push({ path: `M${GUTTER - 2},${first}H3V${last}H${GUTTER - 2}` });
		}
	}

	let gap: FundingGeometry['gap'] = null;
	if (data.gap) {
		const lines = wrap(data.gap.text, width - GUTTER - 8, fontSizes.small);
		const x0 = round(x(data.gap.received.value));
		const x1 = round(x(data.need.value));
		const w = Math.max(...lines.map((l) => textWidth(l, fontSizes.small)));
		const textX = round(Math.min(Math.max(GUTTER, (x0 + x1) / 2 - w / 2), width - w - 8));
		y += 2;
		gap = { x0, x1, y: y + lines.length * LINE + 4, lines, textX };
		y += lines.length * LINE + 14;
	}

	const need = { x: round(x(data.need.value)), y0: top, y1: y };
	const axis = {
		y,
		ticks: x.ticks(Math.max(2, Math.floor(width / 110))).map((v) => {
			const label = shortMoney(v);
			const tx = round(x(v));
			const half = textWidth(label, fontSizes.small) / 2;
			return { x: tx, label, anchor: tx + half > width ? ('end' as const) : ('middle' as const) };
		})
	};
	y += 6 + fontSizes.small + 16;

	let us: FundingGeometry['us'] = null;
	if (data.us) {
		const headingLines = wrap(data.us.heading, width - GUTTER, fontSizes.small);
		const headingY = y + fontSizes.small;
		y += headingLines.length * LINE + 4;
		const ux = scaleLinear().domain([0, data.us.committed.value]).range([GUTTER, width]);
		const committed = bar(data.us.committed, ux);
		// Spent and frozen money share one line, as the parts of the commitment; the spent words go above.
		const labelY = y + fontSizes.small;
		y += LINE + 2;
		const mark = (b: FundBar, from: number, label: BarMark['label']): BarMark => ({
			id: b.id,
			x0: round(ux(from)),
			x1: round(ux(from + b.value)),
			y,
			h: BAR,
			status: b.status,
			label,
			link: b.link
		});
		const spent = mark(data.us.spent, 0, {
			x: GUTTER,
			y: labelY,
			text: data.us.spent.text,
			anchor: 'start'
		});
		const fx0 = ux(data.us.spent.value);
		const fx1 = ux(data.us.spent.value + data.us.frozen.value);
		const inside = textWidth(data.us.frozen.text, fontSizes.small) + 12 <= fx1 - fx0;
		const frozen = mark(
			data.us.frozen,
			data.us.spent.value,
			inside
				? {
						x: round((fx0 + fx1) / 2),
						y: round(y + BAR / 2 + fontSizes.small * 0.35),
						text: data.us.frozen.text,
						anchor: 'middle'
					}
				: {
						x: round(fx0),
						y: y + BAR + 4 + fontSizes.small,
						text: data.us.frozen.text,
						anchor: 'start'
					}
		);
		y += BAR + GAP + (inside ? 0 : LINE + 4);
		us = { bars: [committed, spent, frozen], headingLines, headingY };
	}

	return { width, height: Math.ceil(y), headings, bars, brackets, need, gap, axis, us };
}
