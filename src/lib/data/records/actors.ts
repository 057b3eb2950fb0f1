import type { DatasetInput } from '../schema';
import {
	bg,
	COLLABORATION,
	COMMENDED,
	CONILLE_COMMENDED,
	ESTABLISHED,
	GUTERRES,
	HNP_MANDATE,
	HOSTAGE,
	KANJA,
	KENYA_LEADING,
	PLEDGES,
	PRESS_CONFERENCE,
	RES_2699,
	RES_2751,
	RES_2793,
	TPC,
	TPC_LINE,
	URGED,
	US_TOTAL,
	CANADA,
	BAHAMAS,
	GUATEMALA_PLEDGE,
	EL_SALVADOR_PLEDGE
} from './evidence';

/** The people, countries, organisations, forces and groups of the network, each with its role and evidence. */
export const actors: DatasetInput['actors'] = [
	{
		id: 'ruto',
		name: 'William Ruto',
		short: 'Ruto',
		kind: 'person',
		role: 'President of Kenya; called on the international community to fulfill their financial pledges to the MSS',
		evidence: [URGED, PLEDGES]
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
		role: 'Contributes to the MSS, “prominently leading in the deployment of security personnel”',
		evidence: [KENYA_LEADING]
	},
	{
		id: 'haiti',
		name: 'Haiti',
		kind: 'country',
		role: 'The country where the MSS mission operates',
		evidence: [URGED]
	},
	{
		id: 'mss',
		name: 'Multinational Security Support Mission',
		short: 'MSS',
		kind: 'force',
		role: 'Security mission authorised by the UN Security Council (Resolution 2699) to give operational support to the Haitian National Police',
		evidence: [ESTABLISHED, RES_2699, HNP_MANDATE]
	},
	{
		id: 'un',
		name: 'United Nations Security Council',
		short: 'UN Security Council',
		kind: 'organisation',
		role: 'Authorised the MSS in 2023 and extended its authorisation for a year in 2024',
		evidence: [COMMENDED, RES_2699, RES_2751]
	},
	{
		id: 'hnp',
		name: 'Haitian National Police',
		short: 'Haitian Police',
		kind: 'force',
		role: 'Haiti’s police force, which the MSS is mandated to support',
		evidence: [COLLABORATION, HNP_MANDATE]
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
		role: 'The countries and partners called on to fulfill their financial pledges to the MSS',
		evidence: [PLEDGES]
	},
	{
		id: 'gangs',
		name: 'Gang members',
		short: 'Gangs',
		kind: 'group',
		role: '“A handful of gang members” holding Haiti hostage, in Conille’s words',
		evidence: [HOSTAGE]
	},
	{
		id: 'jamaica',
		name: 'Jamaica',
		kind: 'country',
		role: 'Pledged soldiers and police to the MSS',
		evidence: [bg('mb-ap', '200 (170 soldiers+30 police, AP)')]
	},
	{
		id: 'belize',
		name: 'Belize',
		kind: 'country',
		role: 'Contributed personnel to the MSS',
		evidence: [bg('prensa-latina', '| Belize | 50 | 2 (12 Sep 2024) |')]
	},
	{
		id: 'bahamas',
		name: 'The Bahamas',
		short: 'Bahamas',
		kind: 'country',
		role: 'Contributed personnel to the MSS',
		evidence: BAHAMAS
	},
	{
		id: 'guatemala',
		name: 'Guatemala',
		kind: 'country',
		role: 'Contributed personnel to the MSS',
		evidence: GUATEMALA_PLEDGE
	},
	{
		id: 'el-salvador',
		name: 'El Salvador',
		kind: 'country',
		role: 'Pledged soldiers and helicopters to the MSS',
		evidence: EL_SALVADOR_PLEDGE
	},
	{
		id: 'benin',
		name: 'Benin',
		kind: 'country',
		role: 'Pledged personnel to the MSS',
		evidence: [bg('reuters-socast', '~1,500 (UN, 29 Feb 2024)')]
	},
	{
		id: 'usa',
		name: 'United States',
		kind: 'country',
		role: 'Pledged money to the MSS',
		evidence: US_TOTAL
	},
	{
		id: 'canada',
		name: 'Canada',
		kind: 'country',
		role: 'Pledged money to the MSS',
		evidence: CANADA
	},
	{
		id: 'trust-fund',
		name: 'UN Trust Fund for the MSS',
		short: 'UN trust fund',
		kind: 'organisation',
		role: 'The UN fund for the MSS, which has voluntary funding under Resolution 2699',
		evidence: [RES_2699, GUTERRES]
	},
	{
		id: 'guterres',
		name: 'Guterres',
		kind: 'person',
		role: 'Called the trust fund, at $85.3 million, “totally inadequate”',
		evidence: [GUTERRES]
	},
	{
		id: 'tpc',
		name: 'Transitional Presidential Council',
		short: 'Transitional Council',
		kind: 'organisation',
		role: '7 voting members and 2 observers, brokered by CARICOM; sworn in 25 Apr 2024; replaced Conille in Nov 2024',
		evidence: [TPC_LINE]
	},
	{
		id: 'fils-aime',
		name: 'Alix Didier Fils-Aimé',
		short: 'Fils-Aimé',
		kind: 'person',
		role: 'Chosen by the Transitional Presidential Council to replace Conille, Nov 2024',
		evidence: [TPC]
	},
	{
		id: 'caricom',
		name: 'CARICOM',
		kind: 'organisation',
		role: 'Brokered the Transitional Presidential Council (Kingston, 11 Mar 2024)',
		evidence: [TPC_LINE]
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
		name: 'IG Kanja',
		kind: 'person',
		role: 'Gave the promised timing on 12 Oct: “early next month”',
		evidence: [KANJA]
	}
];
