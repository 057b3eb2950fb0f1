import { dateValue, formatDate, formatQuantity, formatShort } from '$lib/data/format';
import type { Dataset, Quantity } from '$lib/data/schema';
import { basisColumn, claim, ofQuantity, tableRow } from '$lib/words/claim';
import { conflictIn, figureWords, marked, said, statusVerbs, who } from '$lib/words/phrase';
import { difference, input, share } from '$lib/words/rules';
import { markLink, type ChartSpec, type ChartWords, type Table } from '../types';
import {
	layout,
	type FundBar,
	type FundGroup,
	type FundingData,
	type FundingGeometry
} from './layout';
import Funding from './Funding.svelte';

type Q = Dataset['quantities'][number];

const TITLE = 'The money: what the mission needs against what the UN trust fund received';

/** A bar's words: the figure with its status verb, and who gives it where sources differ or it is someone's claim. */
function fundBar(q: Q, withSource: boolean, outlets: Record<string, string>): FundBar {
	const whom = withSource || q.basis.kind === 'attributed' ? ` (${who(q, outlets)})` : '';
	const text = `${figureWords(q)}${q.status === 'needed' ? ' a year' : ''}${whom}`;
	const asOf = q.asOf ? `, as of ${formatDate(q.asOf)}` : '';
	return {
		id: q.id,
		value: q.value,
		status: q.status,
		amount: formatQuantity(q),
		approx: q.approx,
		text,
		link: markLink(`${q.label}: ${figureWords(q)}${asOf}${said(q.basis)}`, q.evidence),
		evidence: q.evidence,
		rests: [ofQuantity(q)]
	};
}

/**
 * The UN trust fund's money in US dollars: the annual need, then each date's figures (a date where
 * sources disagree keeps every figure), and the US contribution that was frozen. Other currencies stay out.
 */
export function selectFunding(ds: Dataset): FundingData {
	const outlets = Object.fromEntries(ds.sources.map((s) => [s.id, s.outlet]));
	const fund = ds.quantities.filter(
		(q) => q.measure === 'funding' && q.subject === 'trust-fund' && q.unit === 'USD'
	);
	const needQ = fund.find((q) => q.status === 'needed');
	if (!needQ) throw new Error('funding: the dataset has no trust-fund need');
	const need = {
		...fundBar(needQ, false, outlets),
		when: needQ.asOf ? formatDate(needQ.asOf) : 'undated'
	};

	const dated = fund
		.filter((q) => q !== needQ && q.asOf)
		.sort((a, b) => +dateValue(a.asOf!) - +dateValue(b.asOf!));
	const groups: FundGroup[] = [];
	for (const q of dated) {
		const last = groups.at(-1);
		if (last && last.asOf === q.asOf) last.bars.push(fundBar(q, !!q.conflict, outlets));
		else {
			const conflict = q.conflict ? ds.conflicts.find((c) => c.id === q.conflict) : undefined;
			const when = `${formatDate(q.asOf!)}${q.asOf === ds.meeting.date ? ' (the meeting)' : ''}`;
			groups.push({
				asOf: q.asOf!,
				when,
				heading: `${when}${conflict ? ': sources differ' : ''}`,
				conflict: conflict && {
					id: conflict.id,
					topic: conflict.topic,
					note: conflictIn(ds, conflict)
				},
				bars: [fundBar(q, !!q.conflict, outlets)]
			});
		}
	}
	// Within a date: what was pledged above what was received, as a reader compares them.
	const order = ['balance', 'pledged', 'received'];
	for (const g of groups) g.bars.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));

	const latest = groups
		.filter((g) => !g.conflict && g.bars.some((b) => b.status === 'received'))
		.at(-1);
	const receivedBar = latest?.bars.find((b) => b.status === 'received');
	const receivedQ = receivedBar && fund.find((q) => q.id === receivedBar.id)!;
	let gap: FundingData['gap'] = null;
	if (receivedBar && receivedQ) {
		const needIn = input('quantity', needQ, 'a year’s need');
		const receivedIn = input('quantity', receivedQ, `received as of ${formatDate(latest!.asOf)}`);
		const short = difference(needIn, receivedIn);
		const part = share(receivedIn, needIn);
		gap = {
			received: receivedBar,
			short: short.value,
			share: marked(part.text),
			rules: [short.rule, part.rule],
			text: `The fund: ${marked(formatQuantity({ value: short.value, unit: 'USD', approx: needQ.approx }))} short of one year’s need (${marked(part.text)} received as of ${formatDate(latest!.asOf)}); money outside it not counted`
		};
	}

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
					heading: `US money committed to the fund${committed.asOf ? `, ${formatDate(committed.asOf)}` : ''}${said(committed.basis)} (its own scale: the bar is the ${formatQuantity(committed)} ${figureWords(committed).split(' ').at(-1)})`,
					committed: fundBar(committed, false, outlets),
					spent: fundBar(spent, false, outlets),
					frozen: fundBar(frozen, false, outlets)
				}
			: null;
	return { need, groups, gap, us };
}

const barsOf = (data: FundingData) => [
	data.need,
	...data.groups.flatMap((g) => g.bars),
	...(data.us ? [data.us.committed, data.us.spent, data.us.frozen] : [])
];

function words(data: FundingData): ChartWords {
	const all = barsOf(data).flatMap((b) => b.rests);
	const describes = { describes: true };
	const title = claim(
		'funding-title',
		TITLE,
		[...data.need.rests, ...(data.gap?.received.rests ?? [])],
		[],
		describes
	);
	const subtitle = claim(
		'funding-subtitle',
		'US dollars, as of the dates given; the article gives no amounts, so every figure here is background',
		all,
		[],
		describes
	);
	const conflict = data.groups.find((g) => g.conflict);
	const receipts = conflict?.bars.filter((b) => b.status === 'received');
	const differ = receipts?.length
		? `; on ${conflict!.when} sources differ on what had come in (${receipts.map((b) => b.text.replace(' received', '')).join(' or ')})`
		: '';
	const rests = [...data.need.rests, ...(receipts ?? []).flatMap((b) => b.rests)];
	if (!data.gap)
		return {
			title,
			subtitle,
			description: claim(
				'funding-description',
				`The mission needs ${data.need.amount} a year${differ}.`,
				rests
			)
		};
	const r = data.gap.received;
	const when = data.groups.find((g) => g.bars.includes(r))!.when;
	const q = r.rests[0]!;
	return {
		title,
		subtitle,
		description: claim(
			'funding-description',
			`As of ${when} the UN trust fund had received ${r.amount}${said(q.basis)}, ${data.gap.share} of what the mission needs a year (${data.need.amount}; money given outside the fund not counted)${differ}.`,
			[...rests, ...r.rests],
			[data.gap.rules[1]!]
		)
	};
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
					note: 'US money committed to the fund'
				}))
			: [])
	];
	const gap = data.gap;
	return {
		columns: [
			{ key: 'when', label: 'As of' },
			{ key: 'what', label: 'Figure' },
			{ key: 'status', label: 'Status' },
			{ key: 'usd', label: 'US dollars', numeric: true },
			{ key: 'note', label: 'Note' },
			basisColumn
		],
		rows: [
			...rows.map(({ when, b, note }) =>
				tableRow(
					{
						when,
						what: b.link.label.slice(0, b.link.label.indexOf(': ')),
						status: statusVerbs[b.status],
						usd: b.value,
						note:
							[b.approx ? `${b.amount} in the source` : '', note].filter(Boolean).join('; ') || null
					},
					b.rests
				)
			),
			...(gap
				? [
						tableRow(
							{
								when: data.groups.find((g) => g.bars.includes(gap.received))!.when,
								what: 'Trust fund short of one year’s need',
								status: 'our calculation',
								// As approximate as the need it is taken from: “~515,000,000†”.
								usd: marked(formatShort({ value: gap.short, approx: data.need.approx })),
								note: `${gap.share} of the need received; money outside the fund not counted`
							},
							[...data.need.rests, ...gap.received.rests],
							gap.rules
						)
					]
				: [])
		]
	};
}

export const funding: ChartSpec<FundingData, FundingGeometry> = {
	id: 'funding',
	title: TITLE,
	subtitle: (data) => words(data).subtitle.text,
	legend: [
		{ label: 'Background source (hatched)', swatch: 'background' },
		{ label: 'Needed a year', swatch: 'neutral', shape: 'dashed' },
		{ label: 'Sources differ (bracket)', swatch: 'conflict', shape: 'line' },
		{ label: 'Frozen (dashed outline)', swatch: 'background-solid', shape: 'dashed' }
	],
	select: selectFunding,
	layout,
	describe: (data) => words(data).description.text,
	table,
	words,
	component: Funding
};
