import type { DatasetInput } from '$lib/data/schema';

/** A small dataset for the contributors chart's tests: its own article text and fact sheet. */
export const facts = `| Avalon | 1,000 | 700 (1 Oct 2025) | test.sheet |
| Borduria | 2,000 vs ~1,500 | none found | test.sheet |
| Carpania | 150 | 75 (3 Jan 2025) + 75/77 (4 Jan 2025) | test.sheet |
| Dorado | 50 | 2 (12 Sep 2024) | test.sheet |
Freedonia pledged $300M (test.sheet).`;

const text = 'Avalon leads the mission with its police. Many nations pledged support.';

const bg = (quote: string) => ({ source: 'sheet', quote });
const art = (quote: string) => ({ source: 'article', quote });
const country = (id: string, name: string) => ({
	id,
	name,
	kind: 'country' as const,
	role: 'contributor',
	evidence: [bg(`| ${name} |`)]
});
const personnel = (
	id: string,
	subject: string,
	value: number,
	status: 'pledged' | 'deployed',
	quote: string,
	extra = {}
) => ({
	id,
	label: `${subject} ${status}`,
	subject,
	measure: 'personnel' as const,
	value,
	unit: 'personnel' as const,
	status,
	evidence: [bg(quote)],
	...extra
});
const arrival = (id: string, value: number, asOf: string, quote: string, extra = {}) => ({
	id,
	label: 'Carpanian group',
	subject: 'carpania',
	measure: 'arrival' as const,
	value,
	unit: 'personnel' as const,
	status: 'deployed' as const,
	asOf,
	evidence: [bg(quote)],
	...extra
});

export const raw: DatasetInput = {
	meeting: {
		date: '2024-10-11',
		place: 'Nairobi',
		evidence: [art('Many nations pledged support.')]
	},
	sources: [
		{
			id: 'article',
			kind: 'article',
			outlet: 'Test Wire',
			about: 'the article',
			url: 'example.org/a',
			text
		},
		{
			id: 'sheet',
			kind: 'background',
			outlet: 'Test Sheet',
			named: ['test.sheet'],
			about: 'background',
			url: 'example.org/s'
		}
	],
	actors: [
		{
			id: 'mss',
			name: 'The mission',
			kind: 'force',
			role: 'the mission',
			evidence: [art('Many nations pledged support.')]
		},
		{
			id: 'avalon-police',
			name: 'Avalon police',
			kind: 'force',
			role: 'police',
			evidence: [art('Avalon leads the mission with its police.')]
		},
		country('avalon', 'Avalon'),
		country('borduria', 'Borduria'),
		country('carpania', 'Carpania'),
		country('dorado', 'Dorado'),
		{
			id: 'freedonia',
			name: 'Freedonia',
			kind: 'country',
			role: 'funder',
			evidence: [bg('Freedonia pledged $300M')]
		}
	],
	relations: [
		{
			id: 'avalon-police-part-of-avalon',
			from: 'avalon-police',
			to: 'avalon',
			kind: 'part-of',
			status: 'ongoing',
			evidence: [art('Avalon leads the mission with its police.')]
		},
		{
			id: 'borduria-pledges',
			from: 'borduria',
			to: 'mss',
			kind: 'pledges-to',
			status: 'pledged',
			object: 'personnel',
			evidence: [bg('| Borduria |')]
		},
		{
			id: 'freedonia-pledges',
			from: 'freedonia',
			to: 'mss',
			kind: 'pledges-to',
			status: 'pledged',
			object: 'money',
			evidence: [bg('Freedonia pledged $300M')]
		}
	],
	quantities: [
		personnel('avalon-pledged', 'avalon', 1000, 'pledged', '| Avalon | 1,000 |'),
		personnel('avalon-police-deployed', 'avalon-police', 700, 'deployed', '700 (1 Oct 2025)', {
			asOf: '2025-10-01'
		}),
		personnel('borduria-2000', 'borduria', 2000, 'pledged', '| Borduria | 2,000', {
			conflict: 'borduria-pledge'
		}),
		personnel('borduria-1500', 'borduria', 1500, 'pledged', 'vs ~1,500', {
			conflict: 'borduria-pledge',
			approx: 'about'
		}),
		personnel('carpania-pledged', 'carpania', 150, 'pledged', '| Carpania | 150 |'),
		arrival('carpania-1', 75, '2025-01-03', '75 (3 Jan 2025)'),
		arrival('carpania-2a', 75, '2025-01-04', '75/77 (4 Jan 2025)', { conflict: 'carpania-second' }),
		arrival('carpania-2b', 77, '2025-01-04', '75/77 (4 Jan 2025)', { conflict: 'carpania-second' }),
		personnel('dorado-pledged', 'dorado', 50, 'pledged', '| Dorado | 50 |'),
		personnel('dorado-deployed', 'dorado', 2, 'deployed', '2 (12 Sep 2024)', {
			asOf: '2024-09-12'
		}),
		{
			id: 'freedonia-money',
			label: 'Freedonian money',
			subject: 'freedonia',
			measure: 'funding',
			value: 300_000_000,
			unit: 'USD',
			status: 'pledged',
			evidence: [bg('Freedonia pledged $300M')]
		}
	],
	events: [],
	quotes: [],
	conflicts: [
		{ id: 'borduria-pledge', topic: 'Borduria’s pledge' },
		{ id: 'carpania-second', topic: 'Second Carpanian group', note: '75 or 77.' }
	]
};
