import { formatDate, formatShort } from '$lib/data/format';
import type { Dataset } from '$lib/data/schema';
import type { ChartSpec, TableRow } from '../types';
import {
	conflictGroups,
	landedAfter,
	layout,
	type TroopsData,
	type TroopsGeometry
} from './layout';
import Troops from './Troops.svelte';

const SUBJECT = 'kenyan-police';

function select(ds: Dataset): TroopsData {
	const ofPolice = ds.quantities.filter((q) => q.subject === SUBJECT);
	return {
		meeting: { date: ds.meeting.date, evidence: ds.meeting.evidence },
		arrivals: ofPolice.filter((q) => q.measure === 'arrival'),
		headcounts: ofPolice.filter(
			(q) => q.measure === 'personnel' && (q.status === 'deployed' || q.status === 'stated')
		),
		announced: ds.quantities.find((q) => q.id === 'additional-officers'),
		promised: ds.events.find((e) => e.id === 'promised-operational'),
		departure: ds.events.find((e) => e.id === 'planned-departure'),
		conflicts: Object.fromEntries(ds.conflicts.map((c) => [c.id, c.note]))
	};
}

function describe(data: TroopsData): string {
	const { after, total } = landedAfter(data);
	const a = data.announced;
	if (!a) return `Kenyan police contingents landed in Haiti in ${data.arrivals.length} groups.`;
	const due = data.promised ? ` operational by ${formatDate(data.promised.date)}` : '';
	if (!after.length)
		return `The article announced ${formatShort(a)} more Kenyan officers${due}; no arrival after the meeting is recorded.`;
	const first = after[0]!;
	const last = after.at(-1)!;
	return `The article said ${formatShort(a)} more Kenyan officers would be${due}, but the first ${formatShort(first)} landed only on ${formatDate(first.asOf!)} and by ${formatDate(last.asOf!)} ${total.toLocaleString('en-GB')} of the ${formatShort(a)} had arrived.`;
}

function table(data: TroopsData) {
	const row = (
		date: string,
		record: string,
		officers: number | null,
		note: string,
		evidence: TableRow['evidence']
	) => ({
		date,
		row: { cells: { date: formatDate(date), record, officers, note }, evidence }
	});
	const conflictNote = (q: { conflict?: string }) => (q.conflict ? 'sources differ' : '');
	const approx = (q: Parameters<typeof formatShort>[0]) =>
		q.approx ? `${formatShort(q)} in the source` : '';
	const rows = [
		row(
			data.meeting.date,
			'The Nairobi meeting',
			null,
			'article, dated by background sources',
			data.meeting.evidence
		),
		...data.arrivals.map((q) =>
			row(
				q.asOf!,
				`Contingent landed: ${q.label}`,
				q.value,
				[approx(q), conflictNote(q)].filter(Boolean).join('; '),
				q.evidence
			)
		),
		...data.headcounts.map((q) =>
			row(
				q.asOf!,
				`Head count (${q.status}): ${q.label}`,
				q.value,
				[approx(q), conflictNote(q)].filter(Boolean).join('; '),
				q.evidence
			)
		),
		...(data.announced
			? [
					row(
						data.announced.asOf ?? data.meeting.date,
						data.announced.label,
						data.announced.value,
						'article',
						data.announced.evidence
					)
				]
			: []),
		...(data.promised
			? [
					row(
						data.promised.date,
						data.promised.label,
						null,
						'article claim',
						data.promised.evidence
					)
				]
			: []),
		...(data.departure
			? [row(data.departure.date, data.departure.label, null, '', data.departure.evidence)]
			: [])
	];
	return {
		columns: [
			{ key: 'date', label: 'Date' },
			{ key: 'record', label: 'What' },
			{ key: 'officers', label: 'Officers', numeric: true },
			{ key: 'note', label: 'Note' }
		],
		rows: rows.sort((a, b) => a.date.localeCompare(b.date)).map((r) => r.row)
	};
}

export const troops: ChartSpec<TroopsData, TroopsGeometry> = {
	id: 'troops',
	title: 'Kenyan police in Haiti: promised, then fewer and later',
	subtitle: (data) => {
		const groups = conflictGroups(data.arrivals);
		return `Contingents as they landed (${groups.length}) and head counts of Kenyan officers in Haiti, and the announcement of ${data.announced ? formatShort(data.announced) : 'more'} officers at the meeting of ${formatDate(data.meeting.date)} against what landed after it.`;
	},
	legend: [
		{ label: 'Article (solid)', swatch: 'article' },
		{ label: 'Background source (hatched)', swatch: 'background' },
		{ label: 'Head count', swatch: 'background', shape: 'circle' },
		{ label: 'Sources differ', swatch: 'conflict', shape: 'line' }
	],
	select,
	layout,
	describe,
	table,
	component: Troops
};
