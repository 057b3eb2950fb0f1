import type { DatasetInput } from '$lib/data/schema';
import { validate } from '$lib/data/validate';

/** A made-up article and fact sheet with a handful of actors: small enough to read in the snapshot. */
const article =
	'The president met the prime minister in the capital. The country will send 600 more officers to the island. ' +
	'The two leaders also discussed tourism. Gangs hold the island hostage.';
const facts = [
	'| The council | authorised the mission in 2023 | sheet.test |',
	'| The fund | received pledges from partners | sheet.test |'
].join('\n');

const art = (quote: string) => ({ source: 'article', quote });
const bg = (quote: string) => ({ source: 'sheet', quote });
const MET = art('The president met the prime minister in the capital.');
const SEND = art('The country will send 600 more officers to the island.');
const TOURISM = art('The two leaders also discussed tourism.');
const GANGS = art('Gangs hold the island hostage.');
const AUTH = bg('authorised the mission in 2023');
const FUND = bg('received pledges from partners');

const raw: DatasetInput = {
	meeting: { date: '2024-10-11', place: 'The capital', evidence: [MET] },
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
		}
	],
	actors: [
		{
			id: 'president',
			name: 'The President',
			short: 'President',
			kind: 'person',
			role: 'Head of state',
			evidence: [MET]
		},
		{
			id: 'country',
			name: 'The Country',
			kind: 'country',
			role: 'Sends officers',
			evidence: [SEND]
		},
		{ id: 'island', name: 'The Island', kind: 'country', role: 'Host', evidence: [SEND] },
		{
			id: 'council',
			name: 'The Council',
			kind: 'organisation',
			role: 'Authorises',
			evidence: [AUTH]
		},
		{ id: 'mission', name: 'The Mission', kind: 'force', role: 'The mission', evidence: [AUTH] },
		{ id: 'gangs', name: 'Gangs', kind: 'group', role: 'Armed groups', evidence: [GANGS] },
		{ id: 'fund', name: 'The Fund', kind: 'organisation', role: 'Pays', evidence: [FUND] }
	],
	relations: [
		{
			id: 'president-leads-country',
			from: 'president',
			to: 'country',
			kind: 'leads',
			status: 'ongoing',
			evidence: [MET]
		},
		{
			id: 'country-deploys-to-island',
			from: 'country',
			to: 'island',
			kind: 'deploys-to',
			status: 'announced',
			object: '600 more officers',
			evidence: [SEND]
		},
		{
			id: 'country-discusses-with-island',
			from: 'country',
			to: 'island',
			kind: 'discusses-with',
			status: 'past',
			object: 'on tourism',
			evidence: [TOURISM]
		},
		{
			id: 'gangs-hold-hostage-island',
			from: 'gangs',
			to: 'island',
			kind: 'holds-hostage',
			status: 'ongoing',
			evidence: [GANGS]
		},
		{
			id: 'council-authorises-mission',
			from: 'council',
			to: 'mission',
			kind: 'authorises',
			status: 'past',
			evidence: [AUTH]
		},
		{
			id: 'fund-supports-mission',
			from: 'fund',
			to: 'mission',
			kind: 'supports',
			status: 'ongoing',
			evidence: [FUND]
		},
		{
			id: 'country-leads-mission',
			from: 'country',
			to: 'mission',
			kind: 'leads',
			status: 'ongoing',
			evidence: [SEND, AUTH]
		}
	],
	quantities: [],
	events: [],
	quotes: [],
	conflicts: []
};

export const networkFixture = validate(raw, facts);
