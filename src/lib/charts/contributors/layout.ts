import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatDate, formatShort } from '$lib/data/format';
import { figureWords, marked, said } from '$lib/words/phrase';
import type { Dataset } from '$lib/data/schema';
import { fontSizes, lineHeight, textWidth } from '../frame/text';
import { markLink, type LayoutOptions, type MarkLink } from '../types';
import { round } from '../frame/round';

type Quantity = Dataset['quantities'][number];

/** What a country has deployed, as the sources allow: a head count, the sum of its arrivals, or nothing found. */
export type Deployed =
	| { kind: 'personnel'; figures: Quantity[] }
	| { kind: 'arrivals'; groups: Quantity[][] }
	| { kind: 'none' };

export interface Contributor {
	id: string;
	name: string;
	/** Pledged figures; more than one where sources differ. */
	pledged: Quantity[];
	deployed: Deployed;
}

export interface ContributorsData {
	countries: Contributor[];
	/** Conflict id → the sentence that says who gives which value. */
	conflicts: Record<string, string>;
	/** Outlet of each source id: who gives a figure where sources differ. */
	outlets: Record<string, string>;
}

export interface ContributorMark {
	/** Its evidence; the provenance of the link is the mark's class (solid or hatched). */
	link: MarkLink;
	/** Pledges are drawn with a dashed outline, deployments with a solid one. */
	dashed: boolean;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ContributorLabel {
	x: number;
	y: number;
	text: string;
	anchor: 'start' | 'end';
	cls?: string;
}

export interface ContributorsGeometry {
	width: number;
	height: number;
	rows: {
		id: string;
		name: { x: number; y: number; text: string };
		marks: ContributorMark[];
		/** "None found": drawn as a crossed circle, linked to the list of sources we searched. */
		none: { x: number; y: number; link: MarkLink } | null;
		labels: ContributorLabel[];
		/** Conflict brackets and end ticks. */
		brackets: string[];
	}[];
	ticks: { x: number; label: string }[];
	axisY: number;
}

const SIZE = fontSizes.small;
const PLEDGE_H = 10;
const DEPLOY_H = 14;
const ROW = SIZE * lineHeight + PLEDGE_H + DEPLOY_H + 22;
const dated = (q: Quantity) => (q.asOf ? `, ${formatDate(q.asOf)}` : ', undated');

/** The lowest and highest totals the deployed figures allow (a conflict inside a sum widens the range). */
export function deployedRange(d: Deployed): [number, number] | null {
	if (d.kind === 'none') return null;
	if (d.kind === 'personnel')
		return [Math.min(...d.figures.map((q) => q.value)), Math.max(...d.figures.map((q) => q.value))];
	return d.groups.reduce<[number, number]>(
		([lo, hi], g) => [
			lo + Math.min(...g.map((q) => q.value)),
			hi + Math.max(...g.map((q) => q.value))
		],
		[0, 0]
	);
}

/** "150", or "150–152" where sources differ. */
export const rangeText = ([lo, hi]: [number, number]) =>
	lo === hi
		? lo.toLocaleString('en-GB')
		: `${lo.toLocaleString('en-GB')}–${hi.toLocaleString('en-GB')}`;

/** The date a deployed figure holds for: the head count's, or the last arrival's. */
export function deployedAsOf(d: Deployed): string | undefined {
	if (d.kind === 'personnel') return d.figures[0]!.asOf;
	if (d.kind === 'arrivals')
		return (
			d.groups
				.flat()
				.map((q) => q.asOf ?? '')
				.sort()
				.at(-1) || undefined
		);
	return undefined;
}

export function layout(data: ContributorsData, { width }: LayoutOptions): ContributorsGeometry {
	const values = data.countries.flatMap((c) => [
		...c.pledged.map((q) => q.value),
		...(deployedRange(c.deployed) ?? [])
	]);
	const x = scaleLinear()
		.domain([0, max(values) ?? 1])
		.nice(4)
		.range([0, width]);
	const px = (v: number) => round(x(v));
	const conflictNote = (q: Quantity) =>
		q.conflict ? `; ${data.conflicts[q.conflict] ?? 'sources differ'}` : '';

	const rows = data.countries.map((c, i) => {
		const top = i * ROW;
		const pledgeY = top + SIZE * lineHeight + 4;
		const deployY = pledgeY + PLEDGE_H + 6;
		const marks: ContributorMark[] = [];
		const labels: ContributorLabel[] = [];
		const brackets: string[] = [];

		/**
		 * One bar per figure from `x0`, longest first so that each shorter one stays visible (and
		 * clickable) on top; where sources differ, a bracket at each end. The figures, sorted.
		 */
		const bars = (
			figures: Quantity[],
			x0: number,
			y: number,
			h: number,
			dashed: boolean,
			words: (q: Quantity) => string
		) => {
			const sorted = [...figures].sort((a, b) => b.value - a.value);
			for (const q of sorted)
				marks.push({
					x: px(x0),
					y: round(y),
					width: round(px(x0 + q.value) - px(x0)),
					height: h,
					dashed,
					link: markLink(`${words(q)}${dated(q)}${said(q.basis)}${conflictNote(q)}`, q.evidence)
				});
			if (sorted.length > 1) {
				const ends = sorted.map((q) => px(x0 + q.value));
				for (const e of ends) brackets.push(`M${e},${round(y - 4)}V${round(y + h + 4)}`);
				if (new Set(ends).size > 1)
					brackets.push(`M${Math.min(...ends)},${round(y - 4)}H${Math.max(...ends)}`);
			}
			return sorted;
		};
		// Right of the bar where it fits, else inside it, ending before the shorter of two conflicting values.
		const label = (text: string, end: number, inner: number, y: number, h: number) => {
			const w = textWidth(text, SIZE);
			const baseline = round(y + h / 2 + SIZE * 0.35);
			if (end + 6 + w <= width)
				labels.push({ x: round(end + 6), y: baseline, text, anchor: 'start' });
			else labels.push({ x: round(Math.max(inner - 6, w)), y: baseline, text, anchor: 'end' });
		};
		const differs: string[] = [];

		const pledged = bars(
			c.pledged,
			0,
			pledgeY,
			PLEDGE_H,
			true,
			(q) => `${c.name}: ${figureWords(q)}`
		);
		if (pledged.length) {
			const values = [...pledged].reverse().map(formatShort).join(' or ');
			label(
				`${values} pledged`,
				px(pledged[0]!.value),
				px(pledged.at(-1)!.value),
				pledgeY,
				PLEDGE_H
			);
			if (pledged.length > 1) differs.push('pledge');
		} else {
			label('pledge: no figure found', 0, 0, pledgeY, PLEDGE_H);
		}

		let none: ContributorsGeometry['rows'][number]['none'] = null;
		const d = c.deployed;
		const range = deployedRange(d);
		const asOf = deployedAsOf(d);
		if (d.kind === 'personnel') {
			bars(d.figures, 0, deployY, DEPLOY_H, false, (q) => `${c.name}: ${figureWords(q)}`);
		} else if (d.kind === 'arrivals') {
			// Groups end to end; where sources differ on a group, the next starts after the smaller.
			let start = 0;
			for (const group of d.groups) {
				const arrived = (q: Quantity) => `${c.name}: ${figureWords(q)}`;
				start += bars(group, start, deployY, DEPLOY_H, false, arrived).at(-1)!.value;
			}
		} else {
			none = {
				x: 7,
				y: round(deployY + DEPLOY_H / 2),
				link: markLink(
					`${c.name}: no deployment found in the article or our background sources`,
					[]
				)
			};
		}
		if (range) {
			// A sum of arrivals is our calculation, and marked as such.
			const figure = d.kind === 'arrivals' ? marked(rangeText(range)) : rangeText(range);
			const text = `${figure} deployed${asOf ? `${d.kind === 'arrivals' ? ' by' : ','} ${formatDate(asOf)}` : ''}`;
			label(text, px(range[1]), px(range[0]), deployY, DEPLOY_H);
			if (range[0] !== range[1]) differs.push('deployment');
		} else {
			labels.push({
				x: 18,
				y: round(deployY + DEPLOY_H / 2 + SIZE * 0.35),
				text: 'deployed: none found',
				anchor: 'start'
			});
		}

		const name = { x: 0, y: round(top + SIZE), text: c.name };
		if (differs.length) {
			labels.push({
				x: round(textWidth(c.name, SIZE) + 8),
				y: name.y,
				text: `sources differ on the ${differs.join(' and ')}`,
				anchor: 'start',
				cls: 'conflict'
			});
		}
		return { id: c.id, name, marks, none, labels, brackets };
	});

	const axisY = round(data.countries.length * ROW);
	return {
		width,
		height: Math.ceil(axisY + SIZE * lineHeight + 8),
		rows,
		ticks: x
			.ticks(width < 400 ? 3 : 5)
			.map((v) => ({ x: px(v), label: v.toLocaleString('en-GB') })),
		axisY
	};
}
