import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatDate } from '$lib/data/format';
import type { Dataset, LocatedEvidence } from '$lib/data/schema';
import { fontSizes, lineHeight, textWidth } from '../frame/text';
import { markLink, type LayoutOptions, type MarkLink } from '../types';

type Quantity = Dataset['quantities'][number];

/** What a country has deployed, as the sources allow: a head count, the sum of its arrivals, or nothing found. */
export type Deployed =
	| { kind: 'personnel'; figures: Quantity[] }
	| { kind: 'arrivals'; groups: Quantity[][] }
	| { kind: 'none'; evidence: LocatedEvidence[] };

export interface Contributor {
	id: string;
	name: string;
	/** Pledged figures; more than one where sources differ. */
	pledged: Quantity[];
	deployed: Deployed;
}

export interface ContributorsData {
	countries: Contributor[];
	/** Conflict id → what the reader should know about it. */
	conflicts: Record<string, string>;
}

export interface ContributorMark {
	link: MarkLink;
	cls: string;
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
		/** "None found": drawn as a crossed circle, linked to the evidence that no deployment is recorded. */
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
const round = (v: number) => Math.round(v * 10) / 10;
const approxMark = { about: '~', 'at-least': '≥', 'more-than': '>', 'up-to': '≤' } as const;
const short = (q: Quantity) =>
	`${q.approx ? approxMark[q.approx] : ''}${q.value.toLocaleString('en-GB')}`;
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
		q.conflict ? `; sources differ: ${data.conflicts[q.conflict] ?? q.conflict}` : '';

	const rows = data.countries.map((c, i) => {
		const top = i * ROW;
		const pledgeY = top + SIZE * lineHeight + 4;
		const deployY = pledgeY + PLEDGE_H + 6;
		const marks: ContributorMark[] = [];
		const labels: ContributorLabel[] = [];
		const brackets: string[] = [];

		// Values drawn longest first, so each shorter one stays visible (and clickable) on top.
		const conflictBars = (list: { q: Quantity; x0: number; v: number }[], y: number, h: number) => {
			const ends = list.map(({ x0, v }) => px(x0 + v));
			for (const e of ends) brackets.push(`M${e},${round(y - 4)}V${round(y + h + 4)}`);
			if (new Set(ends).size > 1)
				brackets.push(`M${Math.min(...ends)},${round(y - 4)}H${Math.max(...ends)}`);
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

		const pledged = [...c.pledged].sort((a, b) => b.value - a.value);
		for (const q of pledged) {
			const text = `${c.name} pledged ${short(q)} personnel${dated(q)} (${q.label})${conflictNote(q)}`;
			marks.push({
				x: 0,
				y: round(pledgeY),
				width: px(q.value),
				height: PLEDGE_H,
				dashed: true,
				cls: markLink('', q.evidence).provenance,
				link: markLink(text, q.evidence)
			});
		}
		if (pledged.length > 1)
			conflictBars(
				pledged.map((q) => ({ q, x0: 0, v: q.value })),
				pledgeY,
				PLEDGE_H
			);
		if (pledged.length) {
			const values = [...pledged].reverse().map(short).join(' or ');
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
			const figures = [...d.figures].sort((a, b) => b.value - a.value);
			for (const q of figures) {
				const text = `${c.name}: ${short(q)} deployed${dated(q)} (${q.label})${conflictNote(q)}`;
				marks.push({
					x: 0,
					y: round(deployY),
					width: px(q.value),
					height: DEPLOY_H,
					dashed: false,
					cls: markLink('', q.evidence).provenance,
					link: markLink(text, q.evidence)
				});
			}
			if (figures.length > 1)
				conflictBars(
					figures.map((q) => ({ q, x0: 0, v: q.value })),
					deployY,
					DEPLOY_H
				);
		} else if (d.kind === 'arrivals') {
			let start = 0;
			for (const group of d.groups) {
				const sorted = [...group].sort((a, b) => b.value - a.value);
				for (const q of sorted) {
					const text = `${c.name}: ${short(q)} arrived${dated(q)} (${q.label})${conflictNote(q)}`;
					marks.push({
						x: px(start),
						y: round(deployY),
						width: round(px(start + q.value) - px(start)),
						height: DEPLOY_H,
						dashed: false,
						cls: markLink('', q.evidence).provenance,
						link: markLink(text, q.evidence)
					});
				}
				if (sorted.length > 1)
					conflictBars(
						sorted.map((q) => ({ q, x0: start, v: q.value })),
						deployY,
						DEPLOY_H
					);
				start += sorted.at(-1)!.value;
			}
		} else {
			none = {
				x: 7,
				y: round(deployY + DEPLOY_H / 2),
				link: markLink(`${c.name}: no deployment found in the sources`, d.evidence)
			};
		}
		if (range) {
			const text = `${rangeText(range)} deployed${asOf ? `${d.kind === 'arrivals' ? ' by' : ','} ${formatDate(asOf)}` : ''}`;
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
