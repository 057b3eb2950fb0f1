import type { DatasetInput } from '$lib/data/schema';
import { validate } from '$lib/data/validate';

/** A made-up article and fact sheet, small enough to read in the snapshot: not the real story. */
const article = 'The president urged partners to honour their pledges to the fund.';
const facts = [
	'| Need | about $600M a year | Sep 2024 | sheet.test |',
	'| At the meeting | "$85m received" (one outlet) vs "$85m pledged, $68m received" (another) | 11 Oct 2024 | sheet.test |',
	'| End of year | $110.3M pledged, $85M received | End-2024 | sheet.test |',
	'| US | $15M committed, $1.7M spent, $13.3M frozen | 4 Feb 2025 | sheet.test |',
	'| Canada | C$80.5M pledged to the fund at the meeting | 11 Oct 2024 | sheet.test |'
].join('\n');

const bg = (quote: string) => ({ source: 'sheet', quote });
const AT_MEETING =
	'"$85m received" (one outlet) vs "$85m pledged, $68m received" (another) | 11 Oct 2024';
const MEETING = { source: 'one', quote: AT_MEETING };
const OTHER = { source: 'another', quote: AT_MEETING };
const END = bg('$110.3M pledged, $85M received | End-2024');
const US = bg('$15M committed, $1.7M spent, $13.3M frozen | 4 Feb 2025');
const CANADA = bg('C$80.5M pledged to the fund at the meeting | 11 Oct 2024');
const money = (
	id: string,
	subject: string,
	value: number,
	status: 'needed' | 'pledged' | 'received' | 'committed' | 'spent' | 'frozen',
	asOf: string,
	evidence: { source: string; quote: string },
	extra: { label?: string; conflict?: string } = {}
) => ({
	id,
	label: extra.label ?? `${status} ${id}`,
	subject,
	measure: 'funding' as const,
	value,
	unit: 'USD' as const,
	status,
	asOf,
	...(extra.conflict ? { conflict: extra.conflict } : {}),
	evidence: [evidence]
});

const raw: DatasetInput = {
	meeting: {
		date: '2024-10-11',
		place: 'The capital',
		evidence: [{ source: 'article', quote: 'The president urged partners' }]
	},
	sources: [
		{
			id: 'article',
			kind: 'article',
			outlet: 'Test Wire',
			about: 'The test article',
			url: 'example.org',
			text: article
		},
		{
			id: 'sheet',
			kind: 'background',
			outlet: 'Fact sheet',
			named: ['sheet.test'],
			about: 'Test facts',
			url: 'example.org/facts'
		},
		{
			id: 'one',
			kind: 'background',
			outlet: 'One Outlet',
			named: ['(one outlet)'],
			about: 'One side of the conflict',
			url: 'example.org/one'
		},
		{
			id: 'another',
			kind: 'background',
			outlet: 'Another Outlet',
			named: ['(another)'],
			about: 'The other side',
			url: 'example.org/another'
		}
	],
	actors: [
		{
			id: 'trust-fund',
			name: 'Trust fund',
			kind: 'organisation',
			role: 'The fund',
			evidence: [END]
		},
		{ id: 'usa', name: 'United States', kind: 'country', role: 'Donor', evidence: [US] }
	],
	relations: [],
	quantities: [
		{
			...money(
				'need',
				'trust-fund',
				600_000_000,
				'needed',
				'2024-09',
				bg('about $600M a year | Sep 2024')
			),
			approx: 'about'
		},
		money('received-one', 'trust-fund', 85_000_000, 'received', '2024-10-11', MEETING, {
			label: 'Received (one outlet)',
			conflict: 'at-meeting'
		}),
		money('pledged-other', 'trust-fund', 85_000_000, 'pledged', '2024-10-11', OTHER, {
			label: 'Pledged (another)',
			conflict: 'at-meeting'
		}),
		money('received-other', 'trust-fund', 68_000_000, 'received', '2024-10-11', OTHER, {
			label: 'Received (another)',
			conflict: 'at-meeting'
		}),
		money('pledged-end', 'trust-fund', 110_300_000, 'pledged', '2024-12', END, {
			label: 'Pledged by the end of 2024'
		}),
		money('received-end', 'trust-fund', 85_000_000, 'received', '2024-12', END, {
			label: 'Received by the end of 2024'
		}),
		// In Canadian dollars: the chart, in US dollars, leaves it out.
		{
			...money('pledged-cad', 'trust-fund', 80_500_000, 'pledged', '2024-10-11', CANADA, {
				label: 'Pledged in Canadian dollars'
			}),
			unit: 'CAD' as const
		},
		money('us-committed', 'usa', 15_000_000, 'committed', '2025-02-04', US, {
			label: 'US money committed'
		}),
		money('us-spent', 'usa', 1_700_000, 'spent', '2025-02-04', US, { label: 'US money spent' }),
		money('us-frozen', 'usa', 13_300_000, 'frozen', '2025-02-04', US, { label: 'US money frozen' })
	],
	events: [],
	quotes: [],
	conflicts: [{ id: 'at-meeting', topic: 'Money at the meeting' }]
};

export const fundingFixture = validate(raw, facts);
