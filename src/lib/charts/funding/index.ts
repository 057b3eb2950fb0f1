import { dateValue, formatDate, formatQuantity } from '$lib/data/format';
import type { Dataset, Quantity } from '$lib/data/schema';
import { markLink, type ChartSpec, type Table } from '../types';
import {
	layout,
	type FundBar,
	type FundGroup,
	type FundingData,
	type FundingGeometry
} from './layout';
import Funding from './Funding.svelte';

type Q = Dataset['quantities'][number];

const statusWords: Partial<Record<Quantity['status'], string>> = {
	needed: 'needed a year',
	stated: 'in the fund',
	pledged: 'pledged',
	received: 'received',
	committed: 'committed',
	spent: 'spent',
	frozen: 'frozen'
};
/** Who gives the figure, where its label names them: "Trust-fund pledges (AP)" → "AP". */
const whoSays = (q: Q) => /\(([^)]+)\)$/.exec(q.label)?.[1];

function fundBar(q: Q, withSource: boolean): FundBar {
	const who = withSource ? whoSays(q) : undefined;
	const text = `${formatQuantity(q)} ${statusWords[q.status] ?? q.status}${who ? ` (${who})` : ''}`;
	const asOf = q.asOf ? `, as of ${formatDate(q.asOf)}` : '';
	return {
		id: q.id,
		value: q.value,
		status: q.status,
		amount: formatQuantity(q),
		text,
		link: markLink(`${q.label}: ${formatQuantity(q)}${asOf}`, q.evidence),
		evidence: q.evidence
	};
}

/**
 * The UN trust fund's money in US dollars: the annual need, then each date's figures (a date where
 * sources disagree keeps every figure), and the US contribution that was frozen. Other currencies stay out.
 */
export function selectFunding(ds: Dataset): FundingData {
	const fund = ds.quantities.filter(
		(q) => q.measure === 'funding' && q.subject === 'trust-fund' && q.unit === 'USD'
	);
	const needQ = fund.find((q) => q.status === 'needed');
	if (!needQ) throw new Error('funding: the dataset has no trust-fund need');
	const need = { ...fundBar(needQ, false), when: needQ.asOf ? formatDate(needQ.asOf) : 'undated' };

	const dated = fund
		.filter((q) => q !== needQ && q.asOf)
		.sort((a, b) => +dateValue(a.asOf!) - +dateValue(b.asOf!));
	const groups: FundGroup[] = [];
	for (const q of dated) {
		const last = groups.at(-1);
		if (last && last.asOf === q.asOf) last.bars.push(fundBar(q, !!q.conflict));
		else {
			const conflict = q.conflict ? ds.conflicts.find((c) => c.id === q.conflict) : undefined;
			const when = `${formatDate(q.asOf!)}${q.asOf === ds.meeting.date ? ' (the meeting)' : ''}`;
			groups.push({
				asOf: q.asOf!,
				when,
				heading: `${when}${conflict ? ': sources differ' : ''}`,
				conflict: conflict && { id: conflict.id, topic: conflict.topic, note: conflict.note },
				bars: [fundBar(q, !!q.conflict)]
			});
		}
	}
	// Within a date: what was pledged above what was received, as a reader compares them.
	const order = ['stated', 'pledged', 'received'];
	for (const g of groups) g.bars.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));

	const latest = groups
		.filter((g) => !g.conflict && g.bars.some((b) => b.status === 'received'))
		.at(-1);
	const received = latest?.bars.find((b) => b.status === 'received');
	const gap = received
		? {
				received,
				text: `${formatQuantity({ value: needQ.value - received.value, unit: 'USD', approx: needQ.approx })} short of one year’s need (${Math.round((received.value / needQ.value) * 100)}% received by ${formatDate(latest!.asOf)})`
			}
		: null;

	const usQ = (status: Quantity['status']) =>
		ds.quantities.find(
			(q) =>
				q.measure === 'funding' && q.subject === 'usa' && q.status === status && q.unit === 'USD'
		);
	const [committed, spent, frozen] = (['committed', 'spent', 'frozen'] as const).map(usQ);
	const us =
		committed && spent && frozen
			? {
					when: committed.asOf ? formatDate(committed.asOf) : 'undated',
					heading: `US money in the fund${committed.asOf ? `, ${formatDate(committed.asOf)}` : ''} (its own scale: the bar is the ${formatQuantity(committed)} committed)`,
					committed: fundBar(committed, false),
					spent: fundBar(spent, false),
					frozen: fundBar(frozen, false)
				}
			: null;
	return { need, groups, gap, us };
}

function describe(data: FundingData): string {
	const conflict = data.groups.find((g) => g.conflict);
	const receipts = conflict?.bars.filter((b) => b.status === 'received').map((b) => b.amount);
	const differ = receipts?.length
		? `; on ${conflict!.when} sources differ on what had come in (${receipts.join(' or ')})`
		: '';
	if (!data.gap) return `The mission needs ${data.need.amount} a year${differ}.`;
	const r = data.gap.received;
	const when = data.groups.find((g) => g.bars.includes(r))!.when;
	const share = Math.round((r.value / data.need.value) * 100);
	return `By ${when} the UN trust fund had received ${r.amount}, ${share}% of what the mission needs a year (${data.need.amount})${differ}.`;
}

function table(data: FundingData): Table {
	const rows = [
		{ when: data.need.when, b: data.need, note: '' },
		...data.groups.flatMap((g) =>
			g.bars.map((b) => ({ when: g.when, b, note: g.conflict?.note ?? '' }))
		),
		...(data.us
			? [data.us.committed, data.us.spent, data.us.frozen].map((b) => ({
					when: data.us!.when,
					b,
					note: 'US money in the fund'
				}))
			: [])
	];
	return {
		columns: [
			{ key: 'when', label: 'As of' },
			{ key: 'what', label: 'Figure' },
			{ key: 'status', label: 'Status' },
			{ key: 'usd', label: 'US dollars', numeric: true },
			{ key: 'note', label: 'Note' }
		],
		rows: rows.map(({ when, b, note }) => ({
			cells: {
				when,
				what: b.link.label.slice(0, b.link.label.indexOf(': ')),
				status: b.status,
				usd: b.value,
				note: note || null
			},
			evidence: b.evidence
		}))
	};
}

export const funding: ChartSpec<FundingData, FundingGeometry> = {
	id: 'funding',
	title: 'The money: what the mission needs against what the UN trust fund received',
	subtitle: () =>
		'US dollars, as of the dates given; the article urges pledges be honoured but gives no amounts, so every figure here is background',
	legend: [
		{ label: 'Background source (hatched)', swatch: 'background' },
		{ label: 'Needed a year', swatch: 'neutral', shape: 'dashed' },
		{ label: 'Sources differ (bracket)', swatch: 'conflict', shape: 'line' },
		{ label: 'Frozen (dashed outline)', swatch: 'background-solid', shape: 'dashed' }
	],
	select: selectFunding,
	layout,
	describe,
	table,
	component: Funding
};
