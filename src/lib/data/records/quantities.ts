import type { DatasetInput } from '../schema';
import {
	bg,
	SIX_HUNDRED_LEDE,
	SIX_HUNDRED,
	COMMENDED,
	HOSTAGE,
	RES_2699,
	RES_2751,
	RES_2793,
	AT_MEETING,
	ARRIVAL_217,
	ARRIVAL_144,
	FIRST_CONTINGENTS,
	KENYA_735,
	AT_MEETING_FUNDS_HRW,
	AT_MEETING_FUNDS_AP,
	END_2024,
	US_FREEZE,
	GUTERRES,
	US_TOTAL,
	NEED,
	CANADA
} from './evidence';

/** Every figure: value, unit, status, date, and evidence. Where sources disagree each value is its own record, tied to a `conflict`. */
export const quantities: DatasetInput['quantities'] = [
	// The article's own figures.
	{
		id: 'additional-officers',
		label: 'Additional Kenyan police officers announced',
		subject: 'kenyan-police',
		measure: 'personnel',
		value: 600,
		unit: 'officers',
		status: 'announced',
		evidence: [SIX_HUNDRED, SIX_HUNDRED_LEDE]
	},
	{
		id: 'extension-months',
		label: 'Extension of the MSS authorisation',
		subject: 'mss',
		measure: 'mandate',
		value: 12,
		unit: 'months',
		status: 'authorised',
		asOf: '2024-09-30',
		evidence: [COMMENDED, RES_2751]
	},
	{
		id: 'initial-authorisation-months',
		label: 'Initial period of the MSS authorisation',
		subject: 'mss',
		measure: 'mandate',
		value: 12,
		unit: 'months',
		status: 'authorised',
		asOf: '2023-10-02',
		evidence: [RES_2699]
	},
	{
		id: 'gsf-authorisation-months',
		label: 'Period of the Gang Suppression Force authorisation',
		subject: 'gsf',
		measure: 'mandate',
		value: 12,
		unit: 'months',
		status: 'authorised',
		asOf: '2025-09-30',
		evidence: [RES_2793]
	},
	{
		id: 'population-stated',
		label: 'Population of Haiti',
		subject: 'haiti',
		measure: 'population',
		value: 12_000_000,
		unit: 'people',
		status: 'estimate',
		conflict: 'population',
		basis: { kind: 'attributed', speaker: 'Conille', actor: 'conille' },
		evidence: [HOSTAGE]
	},
	{
		id: 'population-haitian-officials',
		label: 'Population of Haiti',
		subject: 'haiti',
		measure: 'population',
		value: 12_000_000,
		unit: 'people',
		status: 'estimate',
		conflict: 'population',
		basis: { kind: 'attributed', speaker: 'Haitian officials' },
		evidence: [bg('lenouvelliste', '"12 million" (Haitian officials)')]
	},
	{
		id: 'population-un',
		label: 'Population of Haiti',
		subject: 'haiti',
		measure: 'population',
		value: 11_772_557,
		unit: 'people',
		status: 'estimate',
		asOf: '2024',
		conflict: 'population',
		basis: { kind: 'attributed', speaker: 'the UN' },
		evidence: [bg('danso', '11,772,557 (UN 2024 est., aggregator)')]
	},
	// Kenyan contingents as they landed.
	{
		id: 'kenya-arrival-2024-06-200',
		label: 'First Kenyan contingent',
		subject: 'kenyan-police',
		measure: 'arrival',
		value: 200,
		unit: 'officers',
		status: 'deployed',
		asOf: '2024-06-25',
		conflict: 'first-contingent',
		basis: { kind: 'attributed', speaker: 'Kenya’s IG Koome' },
		evidence: [
			bg('kenyan-post', '"200" (Kenya IG Koome, kenyan-post.com; AP: 200+200)'),
			FIRST_CONTINGENTS
		]
	},
	{
		id: 'kenya-arrival-2024-06-400',
		label: 'First Kenyan contingent',
		subject: 'kenyan-police',
		measure: 'arrival',
		value: 400,
		unit: 'officers',
		status: 'deployed',
		asOf: '2024-06-25',
		conflict: 'first-contingent',
		evidence: [bg('haitify-alterpresse', '"400" (AlterPresse via haitify.com)'), FIRST_CONTINGENTS]
	},
	{
		id: 'kenya-arrival-2024-07',
		label: 'Second Kenyan contingent',
		subject: 'kenyan-police',
		measure: 'arrival',
		value: 200,
		unit: 'officers',
		status: 'deployed',
		asOf: '2024-07-16',
		approx: 'about',
		evidence: [FIRST_CONTINGENTS]
	},
	{
		id: 'kenya-arrival-2025-01',
		label: 'First Kenyan group to land after the meeting',
		subject: 'kenyan-police',
		measure: 'arrival',
		value: 217,
		unit: 'officers',
		status: 'deployed',
		asOf: '2025-01-18',
		evidence: ARRIVAL_217
	},
	{
		id: 'kenya-arrival-2025-02',
		label: 'Second Kenyan group to land after the meeting',
		subject: 'kenyan-police',
		measure: 'arrival',
		value: 144,
		unit: 'officers',
		status: 'deployed',
		asOf: '2025-02-06',
		evidence: ARRIVAL_144
	},
	// Kenyan officers in Haiti at a date.
	{
		id: 'kenya-deployed-2024-09',
		label: 'Kenyan officers in Haiti',
		subject: 'kenyan-police',
		measure: 'personnel',
		value: 382,
		unit: 'officers',
		status: 'deployed',
		asOf: '2024-09-26',
		basis: { kind: 'attributed', speaker: 'Ruto', actor: 'ruto' },
		evidence: [
			bg('devdiscourse', 'Kenya: "382 officers" (Ruto at UNGA, 26 Sep 2024, devdiscourse/Reuters)')
		]
	},
	{
		id: 'kenya-deployed-2024-10',
		label: 'Kenyan officers in Haiti at the time of the meeting',
		subject: 'kenyan-police',
		measure: 'personnel',
		value: 400,
		unit: 'officers',
		status: 'deployed',
		asOf: '2024-10-11',
		approx: 'nearly',
		evidence: [AT_MEETING]
	},
	{
		id: 'kenya-deployed-2025-01-617',
		label: 'Kenyan officers in Haiti after the 18 January arrival',
		subject: 'kenyan-police',
		measure: 'personnel',
		value: 617,
		unit: 'officers',
		status: 'deployed',
		asOf: '2025-01-18',
		conflict: 'kenya-after-january',
		evidence: [
			bg('theinformer', 'After 18 Jan: "617" Kenyans (theinformer.co.ke) vs "600" (mkenyaleo)')
		]
	},
	{
		id: 'kenya-deployed-2025-01-600',
		label: 'Kenyan officers in Haiti after the 18 January arrival',
		subject: 'kenyan-police',
		measure: 'personnel',
		value: 600,
		unit: 'officers',
		status: 'deployed',
		asOf: '2025-01-18',
		conflict: 'kenya-after-january',
		evidence: [
			bg('mkenyaleo', 'After 18 Jan: "617" Kenyans (theinformer.co.ke) vs "600" (mkenyaleo)')
		]
	},
	{
		id: 'kenya-deployed-2025-02',
		label: 'Kenyan officers in Haiti after the 6 February arrival',
		subject: 'kenyan-police',
		measure: 'personnel',
		value: 744,
		unit: 'officers',
		status: 'deployed',
		asOf: '2025-02-06',
		evidence: ARRIVAL_144
	},
	{
		id: 'kenya-deployed-2025-10',
		label: 'Kenyan officers in Haiti',
		subject: 'kenyan-police',
		measure: 'personnel',
		value: 735,
		unit: 'officers',
		status: 'deployed',
		asOf: '2025-10-01',
		evidence: [KENYA_735]
	},
	// The mission as a whole.
	{
		id: 'mss-planned-strength',
		label: 'Planned strength of the MSS',
		subject: 'mss',
		measure: 'personnel',
		value: 2500,
		unit: 'personnel',
		status: 'target',
		asOf: '2024-09-30',
		evidence: [bg('xinhua', 'Planned strength 2,500 (Xinhua, 30 Sep 2024)')]
	},
	{
		id: 'mss-deployed-2024-10',
		label: 'MSS personnel deployed at the time of the meeting',
		subject: 'mss',
		measure: 'personnel',
		value: 430,
		unit: 'personnel',
		status: 'deployed',
		asOf: '2024-10-11',
		approx: 'about',
		evidence: [AT_MEETING]
	},
	{
		id: 'mss-pledged-2024-10-reuters',
		label: 'Personnel pledged',
		subject: 'mss',
		measure: 'personnel',
		value: 2900,
		unit: 'personnel',
		status: 'pledged',
		asOf: '2024-10-11',
		approx: 'about',
		conflict: 'pledged-personnel',
		evidence: [AT_MEETING]
	},
	{
		id: 'mss-pledged-2024-10-ap',
		label: 'Personnel pledged',
		subject: 'mss',
		measure: 'personnel',
		value: 3100,
		unit: 'personnel',
		status: 'pledged',
		asOf: '2024-10',
		approx: 'more-than',
		conflict: 'pledged-personnel',
		evidence: [bg('magneticmediatv-ap', '"more than 3,100" (AP via magneticmediatv, Oct 2024)')]
	},
	{
		id: 'mss-pledged-2024-10-bbc',
		label: 'More personnel pledged',
		subject: 'mss',
		measure: 'personnel',
		value: 1900,
		unit: 'personnel',
		status: 'pledged',
		asOf: '2024-10-11',
		approx: 'at-least',
		conflict: 'pledged-personnel',
		evidence: [bg('capitalfm-bbc', 'pledges: "at least 1,900 more" (BBC via Capital FM, 11 Oct)')]
	},
	{
		id: 'mss-deployed-2025-02-859',
		label: 'Mission total',
		subject: 'mss',
		measure: 'personnel',
		value: 859,
		unit: 'personnel',
		status: 'deployed',
		asOf: '2025-02',
		conflict: 'mission-total-2025-02',
		evidence: [
			bg('radiotvdromage', 'Mission total Feb 2025: 859 (radiotvdromage) vs ">900" (EFE, hch.tv)')
		]
	},
	{
		id: 'mss-deployed-2025-02-900',
		label: 'Mission total',
		subject: 'mss',
		measure: 'personnel',
		value: 900,
		unit: 'personnel',
		status: 'deployed',
		asOf: '2025-02',
		approx: 'more-than',
		conflict: 'mission-total-2025-02',
		evidence: [
			bg('hch-efe', 'Mission total Feb 2025: 859 (radiotvdromage) vs ">900" (EFE, hch.tv)')
		]
	},
	{
		id: 'gsf-ceiling',
		label: 'Authorised ceiling of the Gang Suppression Force',
		subject: 'gsf',
		measure: 'personnel',
		value: 5550,
		unit: 'personnel',
		status: 'authorised',
		asOf: '2025-09-30',
		evidence: [RES_2793]
	},
	// Pledged and deployed personnel by country.
	{
		id: 'kenya-pledged',
		label: 'Kenyan officers pledged',
		subject: 'kenya',
		measure: 'personnel',
		value: 1000,
		unit: 'officers',
		status: 'pledged',
		evidence: [bg('capitalfm-gsf', '| Kenya | 1,000 |')]
	},
	{
		id: 'jamaica-pledged-200',
		label: 'Jamaican personnel pledged',
		subject: 'jamaica',
		measure: 'personnel',
		value: 200,
		unit: 'personnel',
		status: 'pledged',
		conflict: 'jamaica-pledge',
		evidence: [bg('mb-ap', '200 (170 soldiers+30 police, AP)')]
	},
	{
		id: 'jamaica-pledged-250',
		label: 'Jamaican personnel pledged',
		subject: 'jamaica',
		measure: 'personnel',
		value: 250,
		unit: 'personnel',
		status: 'pledged',
		conflict: 'jamaica-pledge',
		evidence: [bg('negasiranslan', '250 (Haitian Times copy)')]
	},
	{
		id: 'jamaica-deployed',
		label: 'Jamaican personnel deployed',
		subject: 'jamaica',
		measure: 'personnel',
		value: 24,
		unit: 'personnel',
		status: 'deployed',
		asOf: '2024-09-12',
		evidence: [bg('negasiranslan', '24 (12 Sep 2024)')]
	},
	{
		id: 'belize-pledged',
		label: 'Belizean personnel pledged',
		subject: 'belize',
		measure: 'personnel',
		value: 50,
		unit: 'personnel',
		status: 'pledged',
		evidence: [bg('prensa-latina', '| Belize | 50 | 2 (12 Sep 2024) |')]
	},
	{
		id: 'belize-deployed',
		label: 'Belizean personnel deployed',
		subject: 'belize',
		measure: 'personnel',
		value: 2,
		unit: 'personnel',
		status: 'deployed',
		asOf: '2024-09-12',
		evidence: [bg('prensa-latina', '| Belize | 50 | 2 (12 Sep 2024) |')]
	},
	{
		id: 'bahamas-pledged',
		label: 'Bahamian personnel pledged',
		subject: 'bahamas',
		measure: 'personnel',
		value: 150,
		unit: 'personnel',
		status: 'pledged',
		evidence: [bg('kahawatungu-bahamas', '| Bahamas | 150 | 6 advance team (18 Oct 2024) |')]
	},
	{
		id: 'bahamas-deployed',
		label: 'Bahamian advance team deployed',
		subject: 'bahamas',
		measure: 'personnel',
		value: 6,
		unit: 'personnel',
		status: 'deployed',
		asOf: '2024-10-18',
		evidence: [bg('rbdf', '| Bahamas | 150 | 6 advance team (18 Oct 2024) |')]
	},
	{
		id: 'guatemala-pledged',
		label: 'Guatemalan personnel pledged',
		subject: 'guatemala',
		measure: 'personnel',
		value: 150,
		unit: 'personnel',
		status: 'pledged',
		evidence: [bg('frontierpost-reuters', '| Guatemala | 150 | 75 (3 Jan 2025)')]
	},
	{
		id: 'guatemala-arrival-2025-01-03',
		label: 'First Guatemalan group',
		subject: 'guatemala',
		measure: 'arrival',
		value: 75,
		unit: 'personnel',
		status: 'deployed',
		asOf: '2025-01-03',
		evidence: [bg('frontierpost-reuters', '| Guatemala | 150 | 75 (3 Jan 2025)')]
	},
	{
		id: 'guatemala-arrival-2025-01-04-75',
		label: 'Second Guatemalan group',
		subject: 'guatemala',
		measure: 'arrival',
		value: 75,
		unit: 'personnel',
		status: 'deployed',
		asOf: '2025-01-04',
		conflict: 'guatemala-second-group',
		evidence: [bg('devdiscourse', '75/77 (4 Jan 2025)'), bg('haitichronicle', '75/77 (4 Jan 2025)')]
	},
	{
		id: 'guatemala-arrival-2025-01-04-77',
		label: 'Second Guatemalan group',
		subject: 'guatemala',
		measure: 'arrival',
		value: 77,
		unit: 'personnel',
		status: 'deployed',
		asOf: '2025-01-04',
		conflict: 'guatemala-second-group',
		evidence: [bg('devdiscourse', '75/77 (4 Jan 2025)'), bg('haitichronicle', '75/77 (4 Jan 2025)')]
	},
	{
		id: 'el-salvador-pledged',
		label: 'Salvadoran soldiers pledged (with 3 helicopters)',
		subject: 'el-salvador',
		measure: 'personnel',
		value: 78,
		unit: 'personnel',
		status: 'pledged',
		asOf: '2024-08',
		evidence: [bg('ctninfo', '78 soldiers + 3 helicopters (Aug 2024)')]
	},
	{
		id: 'el-salvador-arrival-2025-01',
		label: 'First Salvadoran group',
		subject: 'el-salvador',
		measure: 'arrival',
		value: 8,
		unit: 'personnel',
		status: 'deployed',
		asOf: '2025-01-03',
		evidence: [bg('frontierpost-reuters', '8 (3 Jan 2025) + 70 (4 Feb 2025) = 78')]
	},
	{
		id: 'el-salvador-arrival-2025-02',
		label: 'Second Salvadoran group',
		subject: 'el-salvador',
		measure: 'arrival',
		value: 70,
		unit: 'personnel',
		status: 'deployed',
		asOf: '2025-02-04',
		evidence: [bg('ctninfo', '8 (3 Jan 2025) + 70 (4 Feb 2025) = 78')]
	},
	{
		id: 'benin-pledged-2000',
		label: 'Beninese personnel pledged',
		subject: 'benin',
		measure: 'personnel',
		value: 2000,
		unit: 'personnel',
		status: 'pledged',
		asOf: '2024-02',
		conflict: 'benin-pledge',
		basis: { kind: 'attributed', speaker: 'the US ambassador' },
		evidence: [bg('ctninfo', '2,000 (US amb., Feb 2024)')]
	},
	{
		id: 'benin-pledged-1500',
		label: 'Beninese personnel pledged',
		subject: 'benin',
		measure: 'personnel',
		value: 1500,
		unit: 'personnel',
		status: 'pledged',
		asOf: '2024-02-29',
		approx: 'about',
		conflict: 'benin-pledge',
		basis: { kind: 'attributed', speaker: 'the UN' },
		evidence: [bg('reuters-socast', '~1,500 (UN, 29 Feb 2024)')]
	},
	// Money.
	{
		id: 'fund-2024-09-guterres',
		label: 'Trust fund total',
		subject: 'trust-fund',
		measure: 'funding',
		value: 85_300_000,
		unit: 'USD',
		status: 'balance',
		asOf: '2024-09-25',
		basis: { kind: 'attributed', speaker: 'Guterres', actor: 'guterres' },
		evidence: [GUTERRES]
	},
	{
		id: 'fund-needed-annual',
		label: 'Money the mission needs a year',
		subject: 'trust-fund',
		measure: 'funding',
		value: 600_000_000,
		unit: 'USD',
		status: 'needed',
		asOf: '2024-09',
		approx: 'about',
		evidence: [NEED, AT_MEETING_FUNDS_HRW]
	},
	{
		id: 'fund-received-2024-10-hrw',
		label: 'Trust-fund money received',
		subject: 'trust-fund',
		measure: 'funding',
		value: 85_000_000,
		unit: 'USD',
		status: 'received',
		asOf: '2024-10-11',
		conflict: 'fund-at-meeting',
		basis: { kind: 'attributed', speaker: 'HRW' },
		evidence: [AT_MEETING_FUNDS_HRW]
	},
	{
		id: 'fund-pledged-2024-10-ap',
		label: 'Trust-fund pledges',
		subject: 'trust-fund',
		measure: 'funding',
		value: 85_000_000,
		unit: 'USD',
		status: 'pledged',
		asOf: '2024-10-11',
		conflict: 'fund-at-meeting',
		evidence: [AT_MEETING_FUNDS_AP]
	},
	{
		id: 'fund-received-2024-10-ap',
		label: 'Trust-fund money received',
		subject: 'trust-fund',
		measure: 'funding',
		value: 68_000_000,
		unit: 'USD',
		status: 'received',
		asOf: '2024-10-11',
		conflict: 'fund-at-meeting',
		evidence: [AT_MEETING_FUNDS_AP]
	},
	{
		id: 'fund-pledged-2024-12',
		label: 'Trust-fund pledges at the end of 2024',
		subject: 'trust-fund',
		measure: 'funding',
		value: 110_300_000,
		unit: 'USD',
		status: 'pledged',
		asOf: '2024-12',
		basis: { kind: 'attributed', speaker: 'Monica Juma/Mwaura' },
		evidence: [END_2024]
	},
	{
		id: 'fund-received-2024-12',
		label: 'Trust-fund money received at the end of 2024',
		subject: 'trust-fund',
		measure: 'funding',
		value: 85_000_000,
		unit: 'USD',
		status: 'received',
		asOf: '2024-12',
		basis: { kind: 'attributed', speaker: 'Monica Juma/Mwaura' },
		evidence: [END_2024]
	},
	{
		id: 'usa-fund-committed',
		label: 'US money committed to the trust fund',
		subject: 'usa',
		measure: 'funding',
		value: 15_000_000,
		unit: 'USD',
		status: 'committed',
		asOf: '2025-02-04',
		basis: { kind: 'attributed', speaker: 'Dujarric' },
		evidence: [US_FREEZE]
	},
	{
		id: 'usa-fund-spent',
		label: 'US trust-fund money spent before the freeze',
		subject: 'usa',
		measure: 'funding',
		value: 1_700_000,
		unit: 'USD',
		status: 'spent',
		asOf: '2025-02-04',
		basis: { kind: 'attributed', speaker: 'Dujarric' },
		evidence: [US_FREEZE]
	},
	{
		id: 'usa-fund-frozen',
		label: 'US trust-fund money frozen',
		subject: 'usa',
		measure: 'funding',
		value: 13_300_000,
		unit: 'USD',
		status: 'frozen',
		asOf: '2025-02-04',
		basis: { kind: 'attributed', speaker: 'Dujarric' },
		evidence: [US_FREEZE]
	},
	{
		id: 'usa-pledged-2024-03',
		label: 'US support pledged ($200M DoD + $100M State)',
		subject: 'usa',
		measure: 'funding',
		value: 300_000_000,
		unit: 'USD',
		status: 'pledged',
		asOf: '2024-03-11',
		evidence: US_TOTAL
	},
	{
		id: 'usa-delivered-blinken',
		label: 'US support delivered',
		subject: 'usa',
		measure: 'funding',
		value: 300_000_000,
		unit: 'USD',
		status: 'received',
		asOf: '2024-09-25',
		approx: 'more-than',
		conflict: 'usa-delivered',
		basis: { kind: 'attributed', speaker: 'Blinken' },
		evidence: [
			bg('magneticmediatv-ap', '"well over $300 million" delivered (Blinken, 25 Sep 2024)')
		]
	},
	{
		id: 'usa-delivered-carnegie',
		label: 'US support delivered',
		subject: 'usa',
		measure: 'funding',
		value: 380_000_000,
		unit: 'USD',
		status: 'received',
		conflict: 'usa-delivered',
		evidence: [bg('carnegie', 'vs $380M (Carnegie)')]
	},
	{
		id: 'usa-delivered-singoei',
		label: 'US support delivered',
		subject: 'usa',
		measure: 'funding',
		value: 600_000_000,
		unit: 'USD',
		status: 'received',
		asOf: '2025-02',
		approx: 'about',
		conflict: 'usa-delivered',
		basis: { kind: 'attributed', speaker: 'Kenya’s PS Sing’oei' },
		evidence: [bg('trt', '"approximately $600 million" (Kenya PS Sing\'oei, Feb 2025)')]
	},
	{
		id: 'canada-pledged-2024-02',
		label: 'Canadian pledge, February 2024',
		subject: 'canada',
		measure: 'funding',
		value: 80_500_000,
		unit: 'CAD',
		status: 'pledged',
		asOf: '2024-02',
		evidence: [CANADA]
	},
	{
		id: 'canada-pledged-2024-06',
		label: 'Canadian pledge, June 2024',
		subject: 'canada',
		measure: 'funding',
		value: 5_700_000,
		unit: 'CAD',
		status: 'pledged',
		asOf: '2024-06-26',
		evidence: [CANADA]
	},
	// Votes.
	{
		id: 'res-2793-vote-un',
		label: 'Council members voting for Resolution 2793',
		subject: 'un',
		measure: 'vote',
		value: 12,
		unit: 'members',
		status: 'in-favour',
		asOf: '2025-09-30',
		conflict: 'res-2793-vote',
		evidence: [RES_2793]
	},
	{
		id: 'res-2793-vote-devdiscourse',
		label: 'Council members voting for Resolution 2793',
		subject: 'un',
		measure: 'vote',
		value: 13,
		unit: 'members',
		status: 'in-favour',
		conflict: 'res-2793-vote',
		evidence: [bg('devdiscourse', '2793 vote "13 in favour" (devdiscourse) vs 12 (UN)')]
	}
];
