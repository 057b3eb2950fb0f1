import type { DatasetInput } from '$lib/data/schema';

/** A small dataset for the troops chart's tests: its own article text and fact sheet. */
export const facts = `Meeting: 11 Oct 2024 in Nairobi (Test Paper).
First group: 200 (police chief) vs 400 (press) landed 25 Jun 2024 (Test Paper).
Head count: about 400 in Jul 2024; after 18 Jan 2025: 617 (one paper) vs 600 (another) (Test Paper).
Departure set for 27 Nov 2024 (Test Paper).
217 landed 18 Jan 2025 (Test Paper). 144 arrived 6 Feb 2025, total 744 (Test Paper).`;

const text =
	'Kenya will send 600 more officers to Haiti. They are expected to be operational by the following month. The leaders met in Nairobi.';

const bg = (source: string, quote: string) => ({ source, quote });
const art = (quote: string) => ({ source: 'article', quote });

export const raw: DatasetInput = {
	meeting: {
		date: '2024-10-11',
		place: 'Nairobi',
		evidence: [art('The leaders met in Nairobi.'), bg('paper', 'Meeting: 11 Oct 2024 in Nairobi')]
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
			id: 'paper',
			kind: 'background',
			outlet: 'Test Paper',
			named: ['Test Paper'],
			about: 'background',
			url: 'example.org/p'
		}
	],
	actors: [
		{
			id: 'kenyan-police',
			name: 'Kenyan police',
			kind: 'force',
			role: 'the officers',
			evidence: [art('Kenya will send 600 more officers to Haiti.')]
		}
	],
	relations: [],
	quantities: [
		{
			id: 'additional-officers',
			label: 'Additional officers announced',
			subject: 'kenyan-police',
			measure: 'personnel',
			value: 600,
			unit: 'officers',
			status: 'announced',
			evidence: [art('Kenya will send 600 more officers to Haiti.')]
		},
		{
			id: 'first-200',
			label: 'First group',
			subject: 'kenyan-police',
			measure: 'arrival',
			value: 200,
			unit: 'officers',
			status: 'deployed',
			asOf: '2024-06-25',
			conflict: 'first',
			basis: { kind: 'attributed', speaker: 'the police chief' },
			evidence: [bg('paper', '200 (police chief) vs 400 (press) landed 25 Jun 2024')]
		},
		{
			id: 'first-400',
			label: 'First group',
			subject: 'kenyan-police',
			measure: 'arrival',
			value: 400,
			unit: 'officers',
			status: 'deployed',
			asOf: '2024-06-25',
			conflict: 'first',
			evidence: [bg('paper', '200 (police chief) vs 400 (press) landed 25 Jun 2024')]
		},
		{
			id: 'arrival-217',
			label: 'Group of 217',
			subject: 'kenyan-police',
			measure: 'arrival',
			value: 217,
			unit: 'officers',
			status: 'deployed',
			asOf: '2025-01-18',
			evidence: [bg('paper', '217 landed 18 Jan 2025')]
		},
		{
			id: 'arrival-144',
			label: 'Group of 144',
			subject: 'kenyan-police',
			measure: 'arrival',
			value: 144,
			unit: 'officers',
			status: 'deployed',
			asOf: '2025-02-06',
			evidence: [bg('paper', '144 arrived 6 Feb 2025')]
		},
		{
			id: 'count-2024-07',
			label: 'Officers in Haiti',
			subject: 'kenyan-police',
			measure: 'personnel',
			value: 400,
			unit: 'officers',
			status: 'deployed',
			asOf: '2024-07',
			approx: 'about',
			evidence: [bg('paper', 'about 400 in Jul 2024')]
		},
		{
			id: 'count-617',
			label: 'Officers after January',
			subject: 'kenyan-police',
			measure: 'personnel',
			value: 617,
			unit: 'officers',
			status: 'deployed',
			asOf: '2025-01-18',
			conflict: 'after-january',
			evidence: [bg('paper', 'after 18 Jan 2025: 617 (one paper) vs 600 (another)')]
		},
		{
			id: 'count-600',
			label: 'Officers after January',
			subject: 'kenyan-police',
			measure: 'personnel',
			value: 600,
			unit: 'officers',
			status: 'deployed',
			asOf: '2025-01-18',
			conflict: 'after-january',
			evidence: [bg('paper', 'after 18 Jan 2025: 617 (one paper) vs 600 (another)')]
		},
		{
			id: 'count-744',
			label: 'Officers after February',
			subject: 'kenyan-police',
			measure: 'personnel',
			value: 744,
			unit: 'officers',
			status: 'deployed',
			asOf: '2025-02-06',
			evidence: [bg('paper', '144 arrived 6 Feb 2025, total 744')]
		}
	],
	events: [
		{
			id: 'promised-operational',
			date: '2024-11',
			label: 'Expected to be operational',
			kind: 'announcement',
			actors: ['kenyan-police'],
			claim: true,
			status: 'expected',
			basis: {
				kind: 'derived',
				rule: 'following-month',
				from: [{ type: 'meeting', id: 'meeting' }]
			},
			evidence: [art('They are expected to be operational by the following month.')]
		},
		{
			id: 'planned-departure',
			date: '2024-11-27',
			label: 'Planned departure',
			kind: 'deployment',
			actors: ['kenyan-police'],
			evidence: [bg('paper', 'Departure set for 27 Nov 2024')]
		}
	],
	quotes: [],
	conflicts: [
		{ id: 'first', topic: 'First group' },
		{ id: 'after-january', topic: 'After January' }
	]
};
