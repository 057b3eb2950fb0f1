import type { DatasetInput } from '$lib/data/schema';
import { validate } from '$lib/data/validate';

/** A made-up article and fact sheet, small enough to read in the snapshot: not the real story. */
const article =
	'The leaders met in the capital. The council extended the mission for another year. ' +
	'The new officers will be operational next month.';
const facts = [
	'| Res. 2699 | 2 Oct 2023 | authorises the mission for 12 months | sheet.test |',
	'| Res. 2751 | 30 Sep 2024 | extends it 12 months, to 2 Oct 2025 | sheet.test |',
	'| Res. 2793 | 30 Sep 2025 | mission becomes the Force, 12 months | sheet.test |',
	'| Arrival | 18 Jan 2025 | 217 officers landed | sheet.test |',
	'| Politics | Nov 2024 | the council replaced the prime minister | sheet.test |',
	'| Meeting | 11 Oct 2024 | press conference in the capital | sheet.test |'
].join('\n');

const art = (quote: string) => ({ source: 'article', quote });
const bg = (quote: string) => ({ source: 'sheet', quote });
const RES1 = bg('2699 | 2 Oct 2023 | authorises the mission for 12 months');
const RES2 = bg('2751 | 30 Sep 2024 | extends it 12 months, to 2 Oct 2025');
const RES3 = bg('2793 | 30 Sep 2025 | mission becomes the Force, 12 months');
const EXTENDED = art('The council extended the mission for another year.');

const raw: DatasetInput = {
	meeting: {
		date: '2024-10-11',
		place: 'The capital',
		evidence: [bg('11 Oct 2024 | press conference in the capital')]
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
		}
	],
	actors: [
		{ id: 'mss', name: 'The mission', kind: 'force', role: 'The mission', evidence: [RES1] },
		{
			id: 'gsf',
			name: 'Gang Suppression Force',
			short: 'GSF',
			kind: 'force',
			role: 'Successor',
			evidence: [RES3]
		},
		{
			id: 'police',
			name: 'Police',
			kind: 'force',
			role: 'Officers',
			evidence: [bg('18 Jan 2025 | 217 officers landed')]
		}
	],
	relations: [],
	quantities: [
		{
			id: 'initial-authorisation-months',
			label: 'Initial period',
			subject: 'mss',
			measure: 'mandate',
			value: 12,
			unit: 'months',
			status: 'authorised',
			evidence: [RES1]
		},
		{
			id: 'extension-months',
			label: 'Extension',
			subject: 'mss',
			measure: 'mandate',
			value: 12,
			unit: 'months',
			status: 'authorised',
			evidence: [EXTENDED, RES2]
		},
		{
			id: 'gsf-authorisation-months',
			label: 'Force period',
			subject: 'gsf',
			measure: 'mandate',
			value: 12,
			unit: 'months',
			status: 'authorised',
			evidence: [RES3]
		}
	],
	events: [
		{
			id: 'resolution-2699',
			date: '2023-10-02',
			label: 'Resolution 2699 authorises the mission',
			kind: 'resolution',
			actors: ['mss'],
			evidence: [RES1]
		},
		{
			id: 'resolution-2751',
			date: '2024-09-30',
			label: 'Resolution 2751 extends the mission',
			kind: 'resolution',
			actors: ['mss'],
			claim: true,
			evidence: [EXTENDED, RES2]
		},
		{
			id: 'nairobi-meeting',
			date: '2024-10-11',
			label: 'The leaders meet',
			kind: 'meeting',
			actors: [],
			claim: true,
			evidence: [
				art('The leaders met in the capital.'),
				bg('11 Oct 2024 | press conference in the capital')
			]
		},
		{
			id: 'promised-operational',
			date: '2024-11',
			label: 'Officers “operational next month”',
			kind: 'announcement',
			actors: ['police'],
			claim: true,
			status: 'expected',
			basis: {
				kind: 'derived',
				rule: 'following-month',
				from: [{ type: 'meeting', id: 'meeting' }]
			},
			evidence: [art('The new officers will be operational next month.')]
		},
		{
			id: 'replaced',
			date: '2024-11',
			label: 'Prime minister replaced',
			kind: 'political',
			actors: [],
			evidence: [bg('Nov 2024 | the council replaced the prime minister')]
		},
		{
			id: 'arrival',
			date: '2025-01-18',
			label: '217 officers land',
			kind: 'deployment',
			actors: ['police'],
			evidence: [bg('18 Jan 2025 | 217 officers landed')]
		},
		{
			id: 'resolution-2793',
			date: '2025-09-30',
			label: 'Resolution 2793 creates the Force',
			kind: 'resolution',
			actors: ['mss', 'gsf'],
			evidence: [RES3]
		},
		{
			id: 'mandate-end-2751',
			date: '2025-10-02',
			label: 'End of the extension',
			kind: 'resolution',
			actors: ['mss'],
			evidence: [RES2]
		}
	],
	quotes: [],
	conflicts: []
};

export const timelineFixture = validate(raw, facts);
