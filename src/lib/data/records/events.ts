import type { DatasetInput } from '../schema';
import {
	bg,
	COMMENDED,
	FIRST_CONTINGENTS,
	GUTERRES,
	PRESS_CONFERENCE,
	PRESS_CONFERENCE_DATE,
	RES_2699,
	RES_2751,
	RES_2793,
	SIX_HUNDRED,
	TPC,
	TPC_LINE,
	ARRIVAL_217,
	ARRIVAL_144,
	US_FREEZE
} from './evidence';

/** Dated events: resolutions, deployments, the meeting, political changes, funding. */
export const events: DatasetInput['events'] = [
	{
		id: 'resolution-2699',
		date: '2023-10-02',
		label: 'Resolution 2699 authorises the MSS for 12 months (13-0-2)',
		kind: 'resolution',
		actors: ['un', 'mss'],
		evidence: [RES_2699]
	},
	{
		id: 'tpc-brokered',
		date: '2024-03-11',
		label: 'CARICOM brokers the Transitional Presidential Council in Kingston',
		kind: 'political',
		actors: ['caricom', 'tpc'],
		evidence: [TPC_LINE]
	},
	{
		id: 'tpc-sworn-in',
		date: '2024-04-25',
		label: 'Transitional Presidential Council sworn in',
		kind: 'political',
		actors: ['tpc'],
		evidence: [TPC_LINE]
	},
	{
		id: 'kenya-first-contingent',
		date: '2024-06-25',
		label: 'First Kenyan contingent lands in Haiti',
		kind: 'deployment',
		actors: ['kenyan-police', 'haiti'],
		evidence: [FIRST_CONTINGENTS]
	},
	{
		id: 'kenya-second-contingent',
		date: '2024-07-16',
		label: 'Second Kenyan contingent (about 200) lands',
		kind: 'deployment',
		actors: ['kenyan-police', 'haiti'],
		evidence: [FIRST_CONTINGENTS]
	},
	{
		id: 'guterres-fund',
		date: '2024-09-25',
		label: 'Guterres: trust fund at $85.3 million, “totally inadequate”',
		kind: 'funding',
		actors: ['guterres', 'trust-fund'],
		evidence: [GUTERRES]
	},
	{
		id: 'resolution-2751',
		date: '2024-09-30',
		label: 'Resolution 2751 extends the MSS by 12 months, to 2 Oct 2025 (unanimous)',
		kind: 'resolution',
		actors: ['un', 'mss'],
		claim: true,
		evidence: [COMMENDED, RES_2751]
	},
	{
		id: 'nairobi-meeting',
		date: '2024-10-11',
		label: 'Ruto and Conille meet at State House, Nairobi; 600 more officers announced',
		kind: 'meeting',
		actors: ['ruto', 'conille', 'kenya', 'haiti'],
		claim: true,
		evidence: [PRESS_CONFERENCE, SIX_HUNDRED, ...PRESS_CONFERENCE_DATE]
	},
	{
		id: 'promised-operational',
		date: '2024-11',
		label: 'The 600 “expected to be operational by the following month”',
		kind: 'announcement',
		actors: ['kenyan-police'],
		claim: true,
		status: 'expected',
		basis: { kind: 'derived', rule: 'following-month', from: [{ type: 'meeting', id: 'meeting' }] },
		evidence: [SIX_HUNDRED, bg('stabroek-reuters', '"ready for duty next month"')]
	},
	{
		id: 'officers-graduate',
		date: '2024-11-08',
		label: 'The officers graduate, ahead of the planned departure',
		kind: 'deployment',
		actors: ['kenyan-police'],
		evidence: [bg('planetgim', '27 Nov 2024 (graduated 8 Nov)')]
	},
	{
		id: 'conille-replaced',
		date: '2024-11',
		label: 'Transitional council replaces Conille with Alix Didier Fils-Aimé',
		kind: 'political',
		actors: ['tpc', 'conille', 'fils-aime'],
		evidence: [TPC]
	},
	{
		id: 'planned-departure',
		date: '2024-11-27',
		label: 'Planned departure of the officers',
		kind: 'deployment',
		actors: ['kenyan-police'],
		status: 'planned',
		evidence: [
			bg(
				'planetgim',
				'27 Nov 2024 (graduated 8 Nov) | planetgim.co.ke/2024/11/11 | "departure set for November 27"'
			)
		]
	},
	{
		id: 'arrival-217',
		date: '2025-01-18',
		label: '217 Kenyan officers land, delayed by the airport’s closure',
		kind: 'deployment',
		actors: ['kenyan-police', 'haiti'],
		evidence: [
			...ARRIVAL_217,
			bg('kahawatungu-217', '"delays … over the closure of the main airport"')
		]
	},
	{
		id: 'us-freeze',
		date: '2025-02-04',
		label: '$13.3 million of US trust-fund money reported frozen',
		kind: 'funding',
		actors: ['usa', 'trust-fund'],
		basis: { kind: 'attributed', speaker: 'Dujarric' },
		evidence: [US_FREEZE]
	},
	{
		id: 'arrival-144',
		date: '2025-02-06',
		label: '144 more Kenyan officers land: 744 Kenyans in Haiti',
		kind: 'deployment',
		actors: ['kenyan-police', 'haiti'],
		evidence: ARRIVAL_144
	},
	{
		id: 'resolution-2793',
		date: '2025-09-30',
		label: 'Resolution 2793 turns the MSS into the Gang Suppression Force',
		kind: 'resolution',
		actors: ['un', 'mss', 'gsf'],
		figures: ['res-2793-vote-un', 'res-2793-vote-devdiscourse'],
		evidence: [RES_2793, bg('devdiscourse', '2793 vote "13 in favour" (devdiscourse) vs 12 (UN)')]
	},
	{
		id: 'mandate-end-2751',
		date: '2025-10-02',
		label: 'End of the authorisation as extended by Resolution 2751',
		kind: 'resolution',
		actors: ['mss'],
		evidence: [RES_2751, bg('juno7', '"échéance fixée au 2 octobre 2025"')]
	}
];
