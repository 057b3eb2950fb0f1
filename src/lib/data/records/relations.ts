import type { DatasetInput } from '../schema';
import {
	bg,
	PLEDGES,
	SIX_HUNDRED_LEDE,
	URGED,
	PRESS_CONFERENCE,
	SIX_HUNDRED,
	COLLABORATION,
	COMMENDED,
	TOURISM,
	CONILLE_COMMENDED,
	HOSTAGE,
	KENYA_LEADING,
	RES_2699,
	RES_2751,
	RES_2793,
	AT_MEETING,
	KENYA_ROW,
	TPC,
	US_FREEZE,
	CANADA
} from './evidence';

/** Who does what to whom: directed relations between actors, each with its evidence. */
export const relations: DatasetInput['relations'] = [
	{
		id: 'ruto-urges-international-community',
		from: 'ruto',
		to: 'international-community',
		kind: 'urges',
		label: 'calls for MSS pledges to be honoured by',
		evidence: [URGED, PLEDGES]
	},
	{
		id: 'ruto-leads-kenya',
		from: 'ruto',
		to: 'kenya',
		kind: 'leads',
		label: 'is President of',
		evidence: [URGED]
	},
	{
		id: 'conille-leads-haiti',
		from: 'conille',
		to: 'haiti',
		kind: 'leads',
		label: 'was Prime Minister of',
		evidence: [CONILLE_COMMENDED, TPC]
	},
	{
		id: 'ruto-discusses-with-conille',
		from: 'ruto',
		to: 'conille',
		kind: 'discusses-with',
		label: 'holds talks and a press conference with',
		evidence: [PRESS_CONFERENCE]
	},
	{
		id: 'kenya-deploys-to-haiti',
		from: 'kenya',
		to: 'haiti',
		kind: 'deploys-to',
		label: 'deploys 600 more police officers to',
		evidence: [SIX_HUNDRED, SIX_HUNDRED_LEDE]
	},
	{
		id: 'kenyan-police-works-with-hnp',
		from: 'kenyan-police',
		to: 'hnp',
		kind: 'works-with',
		label: 'works closely with',
		evidence: [COLLABORATION]
	},
	{
		id: 'ruto-commends-kenyan-police',
		from: 'ruto',
		to: 'kenyan-police',
		kind: 'commends',
		label: 'commends the professionalism of',
		evidence: [COMMENDED]
	},
	{
		id: 'un-extends-mss',
		from: 'un',
		to: 'mss',
		kind: 'extends',
		label: 'extends for one more year its authorisation of',
		evidence: [COMMENDED, RES_2751]
	},
	{
		id: 'kenya-discusses-with-haiti',
		from: 'kenya',
		to: 'haiti',
		kind: 'discusses-with',
		label: 'discusses tourism and cultural exchanges with',
		evidence: [TOURISM]
	},
	{
		id: 'conille-commends-kenyan-police',
		from: 'conille',
		to: 'kenyan-police',
		kind: 'commends',
		label: 'commends the efficacy and professionalism of',
		evidence: [CONILLE_COMMENDED]
	},
	{
		id: 'conille-urges-international-community',
		from: 'conille',
		to: 'international-community',
		kind: 'urges',
		label: 'calls for immediate assistance from',
		evidence: [HOSTAGE]
	},
	{
		id: 'gangs-hold-hostage-haiti',
		from: 'gangs',
		to: 'haiti',
		kind: 'holds-hostage',
		label: 'hold hostage',
		evidence: [HOSTAGE]
	},
	{
		id: 'kenya-leads-mss',
		from: 'kenya',
		to: 'mss',
		kind: 'leads',
		label: 'leads the deployment of',
		evidence: [KENYA_LEADING]
	},
	{
		id: 'kenyan-police-part-of-mss',
		from: 'kenyan-police',
		to: 'mss',
		kind: 'part-of',
		label: 'serves in',
		evidence: [CONILLE_COMMENDED, KENYA_ROW]
	},
	{
		id: 'international-community-supports-mss',
		from: 'international-community',
		to: 'mss',
		kind: 'supports',
		label: 'gives support to',
		evidence: [CONILLE_COMMENDED]
	},
	{
		id: 'international-community-pledges-to-mss',
		from: 'international-community',
		to: 'mss',
		kind: 'pledges-to',
		label: 'pledged money and personnel to',
		evidence: [PLEDGES, AT_MEETING]
	},
	{
		id: 'ruto-urges-kenyan-police',
		from: 'ruto',
		to: 'kenyan-police',
		kind: 'urges',
		label: 'urges continued dedicated service from',
		evidence: [COMMENDED]
	},
	{
		id: 'un-authorises-mss',
		from: 'un',
		to: 'mss',
		kind: 'authorises',
		label: 'authorised, by Resolution 2699 (2 Oct 2023),',
		evidence: [RES_2699]
	},
	{
		id: 'mss-supports-hnp',
		from: 'mss',
		to: 'hnp',
		kind: 'supports',
		label: 'gives operational support to',
		evidence: [bg('cgtn', 'MSS mandate is "operational support to the Haitian National Police"')]
	},
	{
		id: 'mss-becomes-gsf',
		from: 'mss',
		to: 'gsf',
		kind: 'becomes',
		label: 'became, under Resolution 2793 (30 Sep 2025),',
		evidence: [RES_2793]
	},
	{
		id: 'kenya-pledges-to-mss',
		from: 'kenya',
		to: 'mss',
		kind: 'pledges-to',
		label: 'pledged 1,000 officers to',
		evidence: [bg('capitalfm-gsf', '| Kenya | 1,000 |')]
	},
	{
		id: 'jamaica-deploys-to-mss',
		from: 'jamaica',
		to: 'mss',
		kind: 'deploys-to',
		label: 'sent personnel to',
		evidence: [bg('negasiranslan', '24 (12 Sep 2024)')]
	},
	{
		id: 'belize-deploys-to-mss',
		from: 'belize',
		to: 'mss',
		kind: 'deploys-to',
		label: 'sent personnel to',
		evidence: [bg('prensa-latina', '| Belize | 50 | 2 (12 Sep 2024) |')]
	},
	{
		id: 'bahamas-deploys-to-mss',
		from: 'bahamas',
		to: 'mss',
		kind: 'deploys-to',
		label: 'sent an advance team to',
		evidence: [bg('rbdf', '| Bahamas | 150 | 6 advance team (18 Oct 2024) |')]
	},
	{
		id: 'guatemala-deploys-to-mss',
		from: 'guatemala',
		to: 'mss',
		kind: 'deploys-to',
		label: 'sent personnel to',
		evidence: [bg('frontierpost-reuters', '| Guatemala | 150 | 75 (3 Jan 2025)')]
	},
	{
		id: 'el-salvador-deploys-to-mss',
		from: 'el-salvador',
		to: 'mss',
		kind: 'deploys-to',
		label: 'sent soldiers to',
		evidence: [bg('ctninfo', '8 (3 Jan 2025) + 70 (4 Feb 2025) = 78')]
	},
	{
		id: 'benin-pledges-to-mss',
		from: 'benin',
		to: 'mss',
		kind: 'pledges-to',
		label: 'pledged personnel to',
		evidence: [bg('reuters-socast', '~1,500 (UN, 29 Feb 2024)')]
	},
	{
		id: 'usa-pledges-to-mss',
		from: 'usa',
		to: 'mss',
		kind: 'pledges-to',
		label: 'pledged $300 million to',
		evidence: [bg('cnn-webjosh', '$300M pledged ($200M DoD + $100M State)')]
	},
	{
		id: 'usa-pledges-to-trust-fund',
		from: 'usa',
		to: 'trust-fund',
		kind: 'pledges-to',
		label: 'froze $13.3 million of the $15 million it had committed to',
		evidence: [US_FREEZE]
	},
	{
		id: 'canada-pledges-to-mss',
		from: 'canada',
		to: 'mss',
		kind: 'pledges-to',
		label: 'pledged C$80.5 million, then C$5.7 million, to',
		evidence: [CANADA]
	},
	{
		id: 'trust-fund-supports-mss',
		from: 'trust-fund',
		to: 'mss',
		kind: 'supports',
		label: 'finances',
		evidence: [RES_2699]
	},
	{
		id: 'guterres-urges-international-community',
		from: 'guterres',
		to: 'trust-fund',
		kind: 'urges',
		label: 'judges “totally inadequate” the money in',
		evidence: [bg('un-sgsm22385', 'fund "now stands at $85.3 million"; "totally inadequate"')]
	},
	{
		id: 'caricom-brokered-tpc',
		from: 'caricom',
		to: 'tpc',
		kind: 'brokered',
		label: 'brokered, in Kingston on 11 Mar 2024,',
		evidence: [bg('mercopress', 'CARICOM-brokered (Kingston, 11 Mar 2024)')]
	},
	{
		id: 'tpc-replaces-conille',
		from: 'tpc',
		to: 'conille',
		kind: 'replaces',
		label: 'replaced, in Nov 2024, Prime Minister',
		evidence: [TPC]
	},
	{
		id: 'fils-aime-leads-haiti',
		from: 'fils-aime',
		to: 'haiti',
		kind: 'leads',
		label: 'is, from Nov 2024, Prime Minister of',
		evidence: [TPC]
	},
	{
		id: 'kanja-leads-kenyan-police',
		from: 'kanja',
		to: 'kenyan-police',
		kind: 'leads',
		label: 'heads the police service that sends',
		evidence: [bg('kahawatungu-conille', 'IG Kanja on 12 Oct: "early next month"')]
	},
	{
		id: 'kenyan-police-part-of-kenya',
		from: 'kenyan-police',
		to: 'kenya',
		kind: 'part-of',
		label: 'are the police officers sent by',
		evidence: [SIX_HUNDRED_LEDE, bg('capitalfm-gsf', '| Kenya | 1,000 | ~400 (Jul 2024)')]
	}
];
