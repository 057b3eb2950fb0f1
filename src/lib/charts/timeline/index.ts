import { utcMonth, utcYear } from 'd3-time';
import { dateValue, formatDate } from '$lib/data/format';
import { byId } from '$lib/data/lookup';
import type { Dataset, LocatedEvidence } from '$lib/data/schema';
import { markLink, type ChartSpec, type Table } from '../types';
import {
	laneLabels,
	layout,
	type Period,
	type TimelineData,
	type TimelineEvent,
	type TimelineGeometry
} from './layout';
import Timeline from './Timeline.svelte';

/** A Date back to the day it names, for text: "2 Oct 2025". */
const day = (d: Date) => formatDate(d.toISOString().slice(0, 10));
const resolutionNumber = (label: string) => /Resolution (\d+)/.exec(label)?.[1] ?? '';

function unique(evidence: LocatedEvidence[]): LocatedEvidence[] {
	const seen = new Set<string>();
	return evidence.filter((e) => !seen.has(e.anchor + e.quote) && seen.add(e.anchor + e.quote));
}

/**
 * The three authorisations: 2699's initial period from its date and duration, the extension the article
 * reports as ending on 2751's end date less the extension's months, and the force that followed from 2793.
 */
function periods(ds: Dataset): Period[] {
	const r2699 = byId(ds.events, 'resolution-2699');
	const initial = byId(ds.quantities, 'initial-authorisation-months');
	const r2751 = byId(ds.events, 'resolution-2751');
	const extension = byId(ds.quantities, 'extension-months');
	const end2751 = byId(ds.events, 'mandate-end-2751');
	const r2793 = byId(ds.events, 'resolution-2793');
	const gsf = byId(ds.actors, 'gsf');
	const gsfMonths = byId(ds.quantities, 'gsf-authorisation-months');

	const start1 = dateValue(r2699.date);
	const end2 = dateValue(end2751.date);
	const start3 = dateValue(r2793.date);
	const [n1, n2, n3] = [r2699, r2751, r2793].map((e) => resolutionNumber(e.label));
	const period = (
		id: string,
		name: string,
		short: string,
		start: Date,
		end: Date,
		words: string,
		evidence: LocatedEvidence[]
	): Period => ({
		id,
		name,
		short,
		start,
		end,
		link: markLink(`${words}: ${day(start)} to ${day(end)}`, unique(evidence)),
		evidence: unique(evidence)
	});
	return [
		period(
			'mandate-2699',
			`Res. ${n1}: authorised for ${initial.value} months`,
			`Res. ${n1}`,
			start1,
			utcMonth.offset(start1, initial.value),
			`Resolution ${n1} authorises the MSS for an initial ${initial.value} months`,
			[...r2699.evidence, ...initial.evidence]
		),
		period(
			'mandate-2751',
			`Res. ${n2}: extended ${extension.value} months`,
			`Res. ${n2}`,
			utcMonth.offset(end2, -extension.value),
			end2,
			`Resolution ${n2} extends the MSS by ${extension.value} months, the extension the article reports`,
			[...extension.evidence, ...end2751.evidence]
		),
		period(
			'mandate-2793',
			`Res. ${n3}: ${gsf.short ?? gsf.name}, ${gsfMonths.value} months`,
			`Res. ${n3} (${gsf.short ?? gsf.name})`,
			start3,
			utcMonth.offset(start3, gsfMonths.value),
			`Resolution ${n3} turns the MSS into the ${gsf.name} for ${gsfMonths.value} months`,
			[...r2793.evidence, ...gsfMonths.evidence]
		)
	];
}

export function selectTimeline(ds: Dataset): TimelineData {
	const events = ds.events
		.map((e, i) => ({ e, i, start: dateValue(e.date) }))
		.sort((a, b) => +a.start - +b.start || a.i - b.i)
		.map(({ e, start }, i): TimelineEvent => {
			const end =
				e.precision === 'month'
					? utcMonth.offset(start, 1)
					: e.precision === 'year'
						? utcYear.offset(start, 1)
						: start;
			const claim = e.claim === true;
			const when = formatDate(e.date);
			const text = `${when}: ${e.label}${claim ? ' (the article’s claim)' : ''}`;
			return {
				id: e.id,
				n: i + 1,
				kind: e.kind,
				claim,
				start,
				end,
				when,
				label: e.label,
				text,
				link: markLink(`${i + 1}. ${text}`, e.evidence),
				evidence: e.evidence
			};
		});
	const r2793 = byId(ds.events, 'resolution-2793');
	const successor = {
		name: byId(ds.actors, 'gsf').name,
		resolution: resolutionNumber(r2793.label)
	};
	return { periods: periods(ds), events, meeting: dateValue(ds.meeting.date), successor };
}

function describe(data: TimelineData): string {
	const extension = data.periods[1]!;
	const { name, resolution } = data.successor;
	const promised = data.events.find((e) => e.id === 'promised-operational');
	const next =
		promised && data.events.find((e) => e.kind === 'deployment' && +e.start >= +promised.end);
	const delay =
		promised && next
			? `; the officers it expected to be operational in ${promised.when} saw no arrival until ${day(next.start)}`
			: '';
	return `The extension the article reports ran from ${day(extension.start)} to ${day(extension.end)}, when Resolution ${resolution} replaced the mission with the ${name}${delay}.`;
}

const basis = (claim: boolean, link: { provenance: string }) =>
	claim ? 'Article’s claim' : link.provenance === 'article' ? 'Article' : 'Background';

function table(data: TimelineData): Table {
	return {
		columns: [
			{ key: 'n', label: 'No.', numeric: true },
			{ key: 'date', label: 'Date' },
			{ key: 'lane', label: 'Lane' },
			{ key: 'what', label: 'What happened' },
			{ key: 'basis', label: 'Basis' }
		],
		rows: [
			...data.periods.map((p) => ({
				cells: {
					n: null,
					date: `${day(p.start)} – ${day(p.end)}`,
					lane: 'Mandate',
					what: p.link.label.slice(0, p.link.label.lastIndexOf(': ')),
					basis: basis(false, p.link)
				},
				evidence: p.evidence
			})),
			...data.events.map((e) => ({
				cells: {
					n: e.n,
					date: e.when,
					lane: laneLabels[e.kind],
					what: e.label,
					basis: basis(e.claim, e.link)
				},
				evidence: e.evidence
			}))
		]
	};
}

export const timeline: ChartSpec<TimelineData, TimelineGeometry> = {
	id: 'timeline',
	title: 'The mandate: authorised, extended “for another year”, replaced',
	subtitle: (data) =>
		`UN Security Council authorisations of the MSS and key events, ${day(data.periods[0]!.start)} to ${day(data.periods.at(-1)!.end)}`,
	legend: [
		{ label: 'Article’s claim (solid diamond)', swatch: 'article', shape: 'diamond' },
		{
			label: 'Background event (outlined circle)',
			swatch: 'background-solid outline',
			shape: 'circle'
		},
		{ label: 'Mandate the article reports (solid)', swatch: 'article' },
		{ label: 'Other mandates (background, hatched)', swatch: 'background' },
		{ label: 'Date known to the month: bracket spans it', swatch: 'neutral', shape: 'line' },
		{ label: 'Nairobi meeting', swatch: 'neutral', shape: 'dashed' }
	],
	select: selectTimeline,
	layout,
	describe,
	table,
	component: Timeline
};
