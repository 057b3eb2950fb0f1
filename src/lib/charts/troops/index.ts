import { formatDate, formatQuantity, formatShort } from '$lib/data/format';
import type { Dataset, Rule } from '$lib/data/schema';
import {
	basisColumn,
	claim,
	ofEvent,
	ofQuantity,
	sourced,
	tableRow,
	type Sourced
} from '$lib/words/claim';
import {
	conflictIn,
	dateIn,
	figureWords,
	marked,
	said,
	upperFirst,
	verbOf
} from '$lib/words/phrase';
import { input, sum } from '$lib/words/rules';
import type { ChartSpec, ChartWords } from '../types';
import { landedAfter, layout, type TroopsData, type TroopsGeometry } from './layout';
import Troops from './Troops.svelte';

const SUBJECT = 'kenyan-police';
const TITLE = 'Kenyan police in Haiti: what was announced, and what arrived';

function select(ds: Dataset): TroopsData {
	const ofPolice = ds.quantities.filter((q) => q.subject === SUBJECT);
	return {
		meeting: { date: ds.meeting.date, evidence: ds.meeting.evidence },
		arrivals: ofPolice.filter((q) => q.measure === 'arrival'),
		headcounts: ofPolice.filter((q) => q.measure === 'personnel' && q.status === 'deployed'),
		announced: ds.quantities.find((q) => q.id === 'additional-officers'),
		promised: ds.events.find((e) => e.id === 'promised-operational'),
		departure: ds.events.find((e) => e.id === 'planned-departure'),
		conflicts: Object.fromEntries(ds.conflicts.map((c) => [c.id, conflictIn(ds, c)]))
	};
}

/** The officers who arrived after the meeting, summed: our calculation, with its rule. */
function landedSum(data: TroopsData) {
	const { after } = landedAfter(data);
	if (!after.length) return null;
	return sum(
		after.map((q) => [input('quantity', q, q.label)]),
		'officers arrived after the meeting'
	);
}

/** The month the article said the officers would serve, marked where we dated it ourselves. */
const dueWhen = (data: TroopsData) => (data.promised ? dateIn(data.promised) : '');

const meetingOf = (data: TroopsData): Sourced => sourced('meeting', data.meeting);

function words(data: TroopsData): ChartWords {
	const a = data.announced;
	const { after } = landedAfter(data);
	const landed = landedSum(data);
	const all = [...data.arrivals, ...data.headcounts].map(ofQuantity);
	const announced = a ? [ofQuantity(a)] : [];
	const promised = data.promised ? [ofEvent(data.promised)] : [];
	const describes = { describes: true };
	const title = claim('troops-title', TITLE, [...announced, ...all], [], describes);
	const subtitle = claim(
		'troops-subtitle',
		`Contingents of Kenyan police as they arrived and head counts of Kenyan officers in Haiti; the ${a ? figureWords(a) : 'officers announced'} at the meeting of ${formatDate(data.meeting.date)} against the groups that arrived after it.`,
		[...announced, meetingOf(data), ...all],
		[],
		describes
	);
	let finding: string;
	if (!a) finding = `Kenyan police contingents arrived in Haiti in ${data.arrivals.length} groups.`;
	else {
		const due = data.promised
			? `, expected to be operational “by the following month” (${dueWhen(data)})`
			: '';
		const first = after[0];
		const last = after.at(-1);
		finding =
			first && last && landed
				? `${figureWords(a)} at the meeting${said(a.basis)}${due}; the first group after it, ${formatShort(first)}, arrived on ${formatDate(first.asOf!)}; from the meeting to ${formatDate(last.asOf!)}, ${marked(landed.value[0].toLocaleString('en-GB'))} arrived, against the ${formatShort(a)} announced.`
				: `${figureWords(a)} at the meeting${due}; no arrival after the meeting is recorded.`;
		finding = upperFirst(finding);
	}
	const description = claim(
		'troops-description',
		finding,
		[...announced, ...promised, ...after.map(ofQuantity), meetingOf(data)],
		landed ? [landed.rule] : []
	);
	return { title, subtitle, description };
}

function table(data: TroopsData) {
	const row = (
		date: string,
		cells: Record<string, string | number | null>,
		rests: Sourced[],
		rules: Rule[] = []
	) => ({
		date,
		row: tableRow({ date: formatDate(date), ...cells }, rests, rules)
	});
	const note = (q: TroopsData['arrivals'][number]) =>
		[
			q.approx ? `${formatQuantity(q, false)} in the source` : '',
			q.conflict ? 'sources differ' : ''
		]
			.filter(Boolean)
			.join('; ');
	const landed = landedSum(data);
	const { after } = landedAfter(data);
	const rows = [
		row(
			data.meeting.date,
			{
				record: 'The Nairobi meeting',
				officers: null,
				note: 'article, dated by background sources'
			},
			[meetingOf(data)]
		),
		...data.arrivals.map((q) =>
			row(q.asOf!, { record: `${q.label}: ${verbOf(q)}`, officers: q.value, note: note(q) }, [
				ofQuantity(q)
			])
		),
		...data.headcounts.map((q) =>
			row(
				q.asOf!,
				{ record: `${q.label}: head count, ${verbOf(q)}`, officers: q.value, note: note(q) },
				[ofQuantity(q)]
			)
		),
		...(data.announced
			? [
					row(
						data.meeting.date,
						{
							record: `${data.announced.label}, at the meeting`,
							officers: data.announced.value,
							note: 'article; background sources date the meeting'
						},
						[ofQuantity(data.announced), meetingOf(data)]
					)
				]
			: []),
		...(landed
			? [
					row(
						after.at(-1)!.asOf!,
						{
							record: 'Arrived after the meeting, the groups we hold summed',
							officers: marked(landed.value[0].toLocaleString('en-GB')),
							note: 'our sum of the groups above'
						},
						after.map(ofQuantity),
						[landed.rule]
					)
				]
			: []),
		...(data.promised
			? [
					row(
						data.promised.date,
						{
							date: dueWhen(data),
							record: data.promised.label,
							officers: null,
							note: `the article’s “following month”, dated by us ${dueWhen(data)}`
						},
						[ofEvent(data.promised)]
					)
				]
			: []),
		...(data.departure
			? [
					row(data.departure.date, { record: data.departure.label, officers: null, note: '' }, [
						ofEvent(data.departure)
					])
				]
			: [])
	];
	return {
		columns: [
			{ key: 'date', label: 'Date' },
			{ key: 'record', label: 'What' },
			{ key: 'officers', label: 'Officers', numeric: true },
			{ key: 'note', label: 'Note' },
			basisColumn
		],
		rows: rows.sort((a, b) => a.date.localeCompare(b.date)).map((r) => r.row)
	};
}

export const troops: ChartSpec<TroopsData, TroopsGeometry> = {
	id: 'troops',
	title: TITLE,
	subtitle: (data) => words(data).subtitle.text,
	legend: [
		{ label: 'Article (solid)', swatch: 'article' },
		{ label: 'Background source (hatched)', swatch: 'background' },
		{ label: 'Head count', swatch: 'background', shape: 'circle' },
		{ label: 'Sources differ', swatch: 'conflict', shape: 'line' }
	],
	select,
	layout,
	describe: (data) => words(data).description.text,
	table,
	words,
	component: Troops
};
