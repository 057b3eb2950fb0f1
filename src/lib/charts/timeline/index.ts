import { utcMonth, utcYear } from 'd3-time';
import { dateValue, formatDate } from '$lib/data/format';
import { byId } from '$lib/data/lookup';
import type { Dataset, LocatedEvidence, Rule } from '$lib/data/schema';
import {
	basisColumn,
	claim,
	ofEvent,
	ofQuantity,
	rulesOf,
	tableRow,
	type Sourced
} from '$lib/words/claim';
import { dateIn, eventSentence, lowerFirst, marked, outletsOf } from '$lib/words/phrase';
import { addMonths, input } from '$lib/words/rules';
import { markLink, type ChartSpec, type ChartWords, type Table } from '../types';
import {
	laneLabels,
	layout,
	type Period,
	type TimelineData,
	type TimelineEvent,
	type TimelineGeometry
} from './layout';
import Timeline from './Timeline.svelte';

const TITLE = 'The mandate: authorised, extended “for another year”, replaced';

/** A Date back to the day it names, for text: "2 Oct 2025". */
const day = (d: Date) => formatDate(d.toISOString().slice(0, 10));
const resolutionNumber = (label: string) => /Resolution (\d+)/.exec(label)?.[1] ?? '';

function unique(evidence: LocatedEvidence[]): LocatedEvidence[] {
	const seen = new Set<string>();
	return evidence.filter((e) => !seen.has(e.anchor + e.quote) && seen.add(e.anchor + e.quote));
}

/**
 * The three authorisations. Each source gives one end of a period and its length; the other end is
 * ours (a date plus or less the months), written with its rule and marked wherever it is shown.
 */
function periods(ds: Dataset): Period[] {
	const r2699 = byId(ds.events, 'resolution-2699');
	const initial = byId(ds.quantities, 'initial-authorisation-months');
	const extension = byId(ds.quantities, 'extension-months');
	const end2751 = byId(ds.events, 'mandate-end-2751');
	const r2793 = byId(ds.events, 'resolution-2793');
	const gsf = byId(ds.actors, 'gsf');
	const gsfMonths = byId(ds.quantities, 'gsf-authorisation-months');

	const [n1, n2, n3] = [r2699, byId(ds.events, 'resolution-2751'), r2793].map((e) =>
		resolutionNumber(e.label)
	);
	const end1 = addMonths(
		input('event', r2699, `Resolution ${n1}`),
		input('quantity', initial, 'its initial period')
	);
	const start2 = addMonths(
		input('event', end2751, `the end of the authorisation as extended by Resolution ${n2}`),
		input('quantity', extension, 'the extension'),
		-1
	);
	const end3 = addMonths(
		input('event', r2793, `Resolution ${n3}`),
		input('quantity', gsfMonths, 'its period')
	);
	const period = (
		id: string,
		name: string,
		short: string,
		[start, end]: [string, string],
		words: string,
		rests: Sourced[],
		rule: Rule,
		derivedEnd: 'start' | 'end'
	): Period => {
		const when = (d: string, which: 'start' | 'end') =>
			which === derivedEnd ? marked(formatDate(d)) : formatDate(d);
		const evidence = unique(rests.flatMap((r) => r.evidence));
		return {
			id,
			name,
			short,
			start: dateValue(start),
			end: dateValue(end),
			link: markLink(`${words}: ${when(start, 'start')} to ${when(end, 'end')}`, evidence),
			evidence,
			rests,
			rules: [rule]
		};
	};
	return [
		period(
			'mandate-2699',
			`Res. ${n1}: authorised for ${initial.value} months`,
			`Res. ${n1}`,
			[r2699.date, end1.value],
			`Resolution ${n1} authorises the MSS for an initial ${initial.value} months`,
			[ofEvent(r2699), ofQuantity(initial)],
			end1.rule,
			'end'
		),
		period(
			'mandate-2751',
			`Res. ${n2}: extended ${extension.value} months`,
			`Res. ${n2}`,
			[start2.value, end2751.date],
			`Resolution ${n2} extends the MSS by ${extension.value} months, the extension the article reports`,
			[ofQuantity(extension), ofEvent(end2751)],
			start2.rule,
			'start'
		),
		period(
			'mandate-2793',
			`Res. ${n3}: ${gsf.short ?? gsf.name}, ${gsfMonths.value} months`,
			`Res. ${n3} (${gsf.short ?? gsf.name})`,
			[r2793.date, end3.value],
			`Resolution ${n3} turns the MSS into the ${gsf.name} for ${gsfMonths.value} months`,
			[ofEvent(r2793), ofQuantity(gsfMonths)],
			end3.rule,
			'end'
		)
	];
}

export function selectTimeline(ds: Dataset): TimelineData {
	const outlets = outletsOf(ds);
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
			const when = dateIn(e);
			const figures = (e.figures ?? []).map((id) => byId(ds.quantities, id));
			const label = eventSentence(e, figures, outlets);
			// What the article reports may be a forecast (“expected to be operational”), not an event.
			const reported = e.status ? 'a forecast' : 'an event';
			const text = `${when}: ${label}${claim ? ` (${reported} the article reports)` : ''}`;
			const rests = [ofEvent(e), ...figures.map(ofQuantity)];
			return {
				id: e.id,
				n: i + 1,
				kind: e.kind,
				claim,
				start,
				end,
				when,
				label,
				text,
				link: markLink(`${i + 1}. ${text}`, unique(rests.flatMap((r) => r.evidence))),
				evidence: unique(rests.flatMap((r) => r.evidence)),
				rests,
				rules: rulesOf(rests)
			};
		});
	const r2793 = byId(ds.events, 'resolution-2793');
	const successor = {
		name: byId(ds.actors, 'gsf').name,
		resolution: resolutionNumber(r2793.label),
		date: day(dateValue(r2793.date))
	};
	return { periods: periods(ds), events, meeting: dateValue(ds.meeting.date), successor };
}

function words(data: TimelineData): ChartWords {
	const resolutions = data.events.filter((e) => e.kind === 'resolution');
	const title = claim(
		'timeline-title',
		TITLE,
		resolutions.flatMap((e) => e.rests),
		[],
		{ describes: true }
	);
	const first = data.periods[0]!;
	const last = data.periods.at(-1)!;
	const subtitle = claim(
		'timeline-subtitle',
		`UN Security Council authorisations of the MSS and key events, ${day(first.start)} to ${marked(day(last.end))}`,
		[...first.rests, ...last.rests],
		last.rules
	);
	const extension = data.periods[1]!;
	const { name, resolution, date } = data.successor;
	const promised = data.events.find((e) => e.id === 'promised-operational');
	const next =
		promised && data.events.find((e) => e.kind === 'deployment' && +e.start >= +promised.end);
	const delay =
		promised && next
			? `; after ${promised.when} (${lowerFirst(promised.label)}), the next deployment on this timeline is ${next.when}: ${next.label}`
			: '';
	const successorEvent = resolutions.find((e) => e.label.includes(`Resolution ${resolution}`));
	const description = claim(
		'timeline-description',
		`The extension the article reports ran from ${marked(day(extension.start))} to ${day(extension.end)}; on ${date} Resolution ${resolution} turned the MSS into the ${name}${delay}.`,
		[
			...extension.rests,
			...(successorEvent?.rests ?? []),
			...(promised?.rests ?? []),
			...(next?.rests ?? [])
		],
		[...extension.rules, ...(promised?.rules ?? [])]
	);
	return { title, subtitle, description };
}

const origin = (claim: boolean, link: { provenance: string }) =>
	claim ? 'Reported in the article' : link.provenance === 'article' ? 'Article' : 'Background';

function table(data: TimelineData): Table {
	return {
		columns: [
			{ key: 'n', label: 'No.', numeric: true },
			{ key: 'date', label: 'Date' },
			{ key: 'lane', label: 'Lane' },
			{ key: 'what', label: 'What happened' },
			{ key: 'origin', label: 'From' },
			basisColumn
		],
		rows: [
			...data.periods.map((p) =>
				tableRow(
					{
						n: null,
						date: p.link.label.slice(p.link.label.lastIndexOf(': ') + 2).replace(' to ', ' – '),
						lane: 'Mandate',
						what: p.link.label.slice(0, p.link.label.lastIndexOf(': ')),
						origin: origin(false, p.link)
					},
					p.rests,
					p.rules
				)
			),
			...data.events.map((e) =>
				tableRow(
					{
						n: e.n,
						date: e.when,
						lane: laneLabels[e.kind],
						what: e.label,
						origin: origin(e.claim, e.link)
					},
					e.rests,
					e.rules
				)
			)
		]
	};
}

export const timeline: ChartSpec<TimelineData, TimelineGeometry> = {
	id: 'timeline',
	title: TITLE,
	subtitle: (data) => words(data).subtitle.text,
	legend: [
		{ label: 'Reported in the article (solid diamond)', swatch: 'article', shape: 'diamond' },
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
	describe: (data) => words(data).description.text,
	table,
	words,
	component: Timeline
};
