import type { DatasetInput } from '../schema';
import {
	bg,
	PLEDGES,
	URGED,
	PRESS_CONFERENCE,
	COLLABORATION,
	COMMENDED,
	CONILLE_COMMENDED,
	HOSTAGE,
	ESTABLISHED,
	KENYA_LEADING,
	RES_2699,
	RES_2751,
	RES_2793,
	TPC,
	AT_MEETING_FUNDS_AP,
	CANADA
} from './evidence';

/** The people, countries, organisations, forces and groups of the network, each with its role and evidence. */
export const actors: DatasetInput['actors'] = [
	{
		id: 'ruto',
		name: 'William Ruto',
		short: 'Ruto',
		kind: 'person',
		role: 'President of Kenya; urged the world to honour its pledges to the MSS',
		evidence: [URGED]
	},
	{
		id: 'conille',
		name: 'Garry Conille',
		short: 'Conille',
		kind: 'person',
		role: 'Prime Minister of Haiti at the time of the meeting',
		evidence: [PRESS_CONFERENCE, TPC]
	},
	{
		id: 'kenya',
		name: 'Kenya',
		kind: 'country',
		role: 'Leads the MSS and sends most of its police officers',
		evidence: [KENYA_LEADING]
	},
	{
		id: 'haiti',
		name: 'Haiti',
		kind: 'country',
		role: 'Host country of the mission; a country of about 12 million people',
		evidence: [HOSTAGE]
	},
	{
		id: 'mss',
		name: 'Multinational Security Support Mission',
		short: 'MSS',
		kind: 'force',
		role: 'Security mission authorised by the UN Security Council to support the Haitian National Police',
		evidence: [ESTABLISHED, RES_2699]
	},
	{
		id: 'un',
		name: 'United Nations Security Council',
		short: 'UN Security Council',
		kind: 'organisation',
		role: 'Authorised the MSS in 2023 and extended it for a year in 2024',
		evidence: [COMMENDED, RES_2751]
	},
	{
		id: 'hnp',
		name: 'Haitian National Police',
		short: 'Haitian Police',
		kind: 'force',
		role: 'Haiti’s police force, which the MSS supports',
		evidence: [
			COLLABORATION,
			bg('cgtn', 'MSS mandate is "operational support to the Haitian National Police"')
		]
	},
	{
		id: 'kenyan-police',
		name: 'Kenyan police contingent',
		short: 'Kenyan police',
		kind: 'force',
		role: 'The Kenyan officers deployed in Haiti under the MSS',
		evidence: [CONILLE_COMMENDED]
	},
	{
		id: 'international-community',
		name: 'International community (global partners)',
		short: 'Global partners',
		kind: 'group',
		role: 'The states that pledged money and personnel to the MSS',
		evidence: [PLEDGES]
	},
	{
		id: 'gangs',
		name: 'Armed gangs',
		short: 'Gangs',
		kind: 'group',
		role: '“A handful of gang members” holding Haiti hostage, in Conille’s words',
		evidence: [HOSTAGE]
	},
	{
		id: 'jamaica',
		name: 'Jamaica',
		kind: 'country',
		role: 'Contributes soldiers and police to the MSS',
		evidence: [bg('mb-ap', '200 (170 soldiers+30 police, AP)')]
	},
	{
		id: 'belize',
		name: 'Belize',
		kind: 'country',
		role: 'Contributes personnel to the MSS',
		evidence: [bg('prensa-latina', '| Belize | 50 | 2 (12 Sep 2024) |')]
	},
	{
		id: 'bahamas',
		name: 'The Bahamas',
		short: 'Bahamas',
		kind: 'country',
		role: 'Contributes personnel to the MSS',
		evidence: [bg('rbdf', '| Bahamas | 150 | 6 advance team (18 Oct 2024) |')]
	},
	{
		id: 'guatemala',
		name: 'Guatemala',
		kind: 'country',
		role: 'Contributes personnel to the MSS',
		evidence: [bg('frontierpost-reuters', '| Guatemala | 150 | 75 (3 Jan 2025)')]
	},
	{
		id: 'el-salvador',
		name: 'El Salvador',
		kind: 'country',
		role: 'Contributes soldiers and helicopters to the MSS',
		evidence: [bg('ctninfo', '78 soldiers + 3 helicopters (Aug 2024)')]
	},
	{
		id: 'benin',
		name: 'Benin',
		kind: 'country',
		role: 'Pledged personnel to the MSS; no deployment found',
		evidence: [bg('reuters-socast', '~1,500 (UN, 29 Feb 2024)')]
	},
	{
		id: 'usa',
		name: 'United States',
		kind: 'country',
		role: 'Largest funder of the MSS',
		evidence: [bg('cnn-webjosh', '$300M pledged ($200M DoD + $100M State)')]
	},
	{
		id: 'canada',
		name: 'Canada',
		kind: 'country',
		role: 'Funds the MSS',
		evidence: [CANADA]
	},
	{
		id: 'trust-fund',
		name: 'UN Trust Fund for the MSS',
		short: 'UN trust fund',
		kind: 'organisation',
		role: 'Voluntary fund that pays for the mission (the MSS is not paid from UN assessed contributions)',
		evidence: [RES_2699, AT_MEETING_FUNDS_AP]
	},
	{
		id: 'guterres',
		name: 'António Guterres',
		short: 'Guterres',
		kind: 'person',
		role: 'UN Secretary-General; called the trust fund “totally inadequate”',
		evidence: [bg('un-sgsm22385', 'fund "now stands at $85.3 million"; "totally inadequate"')]
	},
	{
		id: 'tpc',
		name: 'Transitional Presidential Council',
		short: 'Transitional Council',
		kind: 'organisation',
		role: 'Haiti’s transitional executive, sworn in 25 Apr 2024; replaced Conille in Nov 2024',
		evidence: [bg('mercopress', 'sworn in 25 Apr 2024'), TPC]
	},
	{
		id: 'fils-aime',
		name: 'Alix Didier Fils-Aimé',
		short: 'Fils-Aimé',
		kind: 'person',
		role: 'Prime Minister of Haiti from November 2024, after Conille',
		evidence: [TPC]
	},
	{
		id: 'caricom',
		name: 'CARICOM',
		kind: 'organisation',
		role: 'Caribbean Community; brokered the Transitional Presidential Council',
		evidence: [bg('jamaicaobserver', 'CARICOM: brokered TPC')]
	},
	{
		id: 'gsf',
		name: 'Gang Suppression Force',
		short: 'GSF',
		kind: 'force',
		role: 'Successor of the MSS under Resolution 2793 (30 Sep 2025), ceiling 5,550',
		evidence: [RES_2793]
	},
	{
		id: 'kanja',
		name: 'Inspector General Kanja',
		short: 'IG Kanja',
		kind: 'person',
		role: 'Kenya’s Inspector General of Police',
		evidence: [bg('kahawatungu-conille', 'IG Kanja on 12 Oct: "early next month"')]
	}
];
