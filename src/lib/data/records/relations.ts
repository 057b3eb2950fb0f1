import type { DatasetInput } from '../schema';
import {
	bg,
	CANADA,
	BAHAMAS,
	GUATEMALA_ARRIVALS,
	EL_SALVADOR_ARRIVALS,
	JAMAICA_DEPLOYED,
	COLLABORATION,
	COMMENDED,
	CONILLE_COMMENDED,
	GUTERRES,
	HNP_MANDATE,
	HOSTAGE,
	KANJA,
	KENYA_LEADING,
	PLEDGES,
	PRESS_CONFERENCE,
	PRESS_CONFERENCE_DATE,
	RES_2699,
	RES_2751,
	RES_2793,
	AT_MEETING,
	SIX_HUNDRED,
	SIX_HUNDRED_LEDE,
	TOURISM,
	TPC,
	TPC_LINE,
	URGED,
	US_FREEZE,
	US_TOTAL
} from './evidence';

/**
 * Who does what to whom: directed relations between actors. The words the page writes for each come
 * from its kind, status and basis (src/lib/words/phrase.ts); `object` holds what the evidence says it
 * is about, `figures` the quantities it carries.
 */
export const relations: DatasetInput['relations'] = [
	{
		id: 'ruto-urges-international-community',
		from: 'ruto',
		to: 'international-community',
		kind: 'urges',
		status: 'past',
		object: 'to fulfill their financial pledges to the MSS',
		evidence: [URGED, PLEDGES]
	},
	{
		id: 'ruto-leads-kenya',
		from: 'ruto',
		to: 'kenya',
		kind: 'leads',
		status: 'ongoing',
		object: 'President',
		evidence: [URGED]
	},
	{
		id: 'conille-leads-haiti',
		from: 'conille',
		to: 'haiti',
		kind: 'leads',
		status: 'past',
		object: 'Prime Minister',
		evidence: [PRESS_CONFERENCE, TPC]
	},
	{
		id: 'ruto-discusses-with-conille',
		from: 'ruto',
		to: 'conille',
		kind: 'discusses-with',
		status: 'past',
		object: 'at the State House in Nairobi',
		date: '2024-10-11',
		evidence: [PRESS_CONFERENCE, ...PRESS_CONFERENCE_DATE]
	},
	{
		// The lede says it in the article's own voice; the body has Ruto reveal the same plan.
		id: 'kenya-deploys-to-haiti',
		from: 'kenya',
		to: 'haiti',
		kind: 'deploys-to',
		status: 'announced',
		figures: ['additional-officers'],
		object: 'an additional',
		evidence: [SIX_HUNDRED_LEDE, SIX_HUNDRED]
	},
	{
		id: 'kenyan-police-works-with-hnp',
		from: 'kenyan-police',
		to: 'hnp',
		kind: 'works-with',
		status: 'ongoing',
		object: 'in close collaboration',
		basis: { kind: 'attributed', speaker: 'Ruto', actor: 'ruto' },
		evidence: [COLLABORATION]
	},
	{
		id: 'ruto-commends-kenyan-police',
		from: 'ruto',
		to: 'kenyan-police',
		kind: 'commends',
		status: 'past',
		object: 'professionalism',
		evidence: [COMMENDED]
	},
	{
		id: 'un-extends-mss',
		from: 'un',
		to: 'mss',
		kind: 'extends',
		status: 'past',
		object: 'for another year',
		evidence: [COMMENDED, RES_2751]
	},
	{
		id: 'kenya-discusses-with-haiti',
		from: 'kenya',
		to: 'haiti',
		kind: 'discusses-with',
		status: 'past',
		object: 'on enhancing tourism and cultural exchanges',
		evidence: [TOURISM]
	},
	{
		id: 'conille-commends-kenyan-police',
		from: 'conille',
		to: 'kenyan-police',
		kind: 'commends',
		status: 'past',
		object: 'efficacy and professionalism',
		evidence: [CONILLE_COMMENDED]
	},
	{
		id: 'conille-urges-international-community',
		from: 'conille',
		to: 'international-community',
		kind: 'urges',
		status: 'past',
		object: 'for immediate global assistance',
		evidence: [HOSTAGE]
	},
	{
		id: 'gangs-hold-hostage-haiti',
		from: 'gangs',
		to: 'haiti',
		kind: 'holds-hostage',
		status: 'ongoing',
		basis: { kind: 'attributed', speaker: 'Conille', actor: 'conille' },
		evidence: [HOSTAGE]
	},
	{
		id: 'kenya-leads-mss',
		from: 'kenya',
		to: 'mss',
		kind: 'leads',
		status: 'ongoing',
		object: 'the deployment of security personnel',
		evidence: [KENYA_LEADING]
	},
	{
		id: 'kenyan-police-part-of-mss',
		from: 'kenyan-police',
		to: 'mss',
		kind: 'part-of',
		status: 'ongoing',
		evidence: [KENYA_LEADING]
	},
	{
		// Conille credits the Kenyan deployment with the support: his words, not a fact we state.
		id: 'international-community-supports-mss',
		from: 'international-community',
		to: 'mss',
		kind: 'supports',
		status: 'ongoing',
		basis: { kind: 'attributed', speaker: 'Conille', actor: 'conille' },
		evidence: [CONILLE_COMMENDED]
	},
	{
		id: 'international-community-pledges-to-mss',
		from: 'international-community',
		to: 'mss',
		kind: 'pledges-to',
		status: 'pledged',
		object: 'money and personnel',
		evidence: [PLEDGES, AT_MEETING]
	},
	{
		id: 'ruto-urges-kenyan-police',
		from: 'ruto',
		to: 'kenyan-police',
		kind: 'urges',
		status: 'past',
		object: 'to continue their dedicated service',
		evidence: [COMMENDED]
	},
	{
		id: 'un-authorises-mss',
		from: 'un',
		to: 'mss',
		kind: 'authorises',
		status: 'past',
		object: 'by Resolution 2699',
		date: '2023-10-02',
		evidence: [RES_2699]
	},
	{
		id: 'mss-supports-hnp',
		from: 'mss',
		to: 'hnp',
		kind: 'supports',
		status: 'mandated',
		object: 'operational support',
		evidence: [HNP_MANDATE]
	},
	{
		id: 'mss-becomes-gsf',
		from: 'mss',
		to: 'gsf',
		kind: 'becomes',
		status: 'past',
		object: 'under Resolution 2793',
		date: '2025-09-30',
		evidence: [RES_2793]
	},
	{
		id: 'kenya-pledges-to-mss',
		from: 'kenya',
		to: 'mss',
		kind: 'pledges-to',
		status: 'pledged',
		figures: ['kenya-pledged'],
		evidence: [bg('capitalfm-gsf', '| Kenya | 1,000 |')]
	},
	{
		id: 'jamaica-deploys-to-mss',
		from: 'jamaica',
		to: 'mss',
		kind: 'deploys-to',
		status: 'deployed',
		figures: ['jamaica-deployed'],
		evidence: JAMAICA_DEPLOYED
	},
	{
		id: 'belize-deploys-to-mss',
		from: 'belize',
		to: 'mss',
		kind: 'deploys-to',
		status: 'deployed',
		figures: ['belize-deployed'],
		evidence: [bg('prensa-latina', '| Belize | 50 | 2 (12 Sep 2024) |')]
	},
	{
		id: 'bahamas-deploys-to-mss',
		from: 'bahamas',
		to: 'mss',
		kind: 'deploys-to',
		status: 'deployed',
		figures: ['bahamas-deployed'],
		evidence: BAHAMAS
	},
	{
		id: 'guatemala-deploys-to-mss',
		from: 'guatemala',
		to: 'mss',
		kind: 'deploys-to',
		status: 'deployed',
		figures: [
			'guatemala-arrival-2025-01-03',
			'guatemala-arrival-2025-01-04-75',
			'guatemala-arrival-2025-01-04-77'
		],
		evidence: GUATEMALA_ARRIVALS
	},
	{
		id: 'el-salvador-deploys-to-mss',
		from: 'el-salvador',
		to: 'mss',
		kind: 'deploys-to',
		status: 'deployed',
		figures: ['el-salvador-arrival-2025-01', 'el-salvador-arrival-2025-02'],
		evidence: EL_SALVADOR_ARRIVALS
	},
	{
		id: 'benin-pledges-to-mss',
		from: 'benin',
		to: 'mss',
		kind: 'pledges-to',
		status: 'pledged',
		figures: ['benin-pledged-1500', 'benin-pledged-2000'],
		evidence: [
			bg('ctninfo', '2,000 (US amb., Feb 2024) vs ~1,500 (UN, 29 Feb 2024)'),
			bg('reuters-socast', '~1,500 (UN, 29 Feb 2024)')
		]
	},
	{
		id: 'usa-pledges-to-mss',
		from: 'usa',
		to: 'mss',
		kind: 'pledges-to',
		status: 'pledged',
		figures: ['usa-pledged-2024-03'],
		evidence: US_TOTAL
	},
	{
		id: 'usa-commits-to-trust-fund',
		from: 'usa',
		to: 'trust-fund',
		kind: 'pledges-to',
		status: 'committed',
		figures: ['usa-fund-committed'],
		basis: { kind: 'attributed', speaker: 'Dujarric' },
		evidence: [US_FREEZE]
	},
	{
		id: 'canada-pledges-to-mss',
		from: 'canada',
		to: 'mss',
		kind: 'pledges-to',
		status: 'pledged',
		figures: ['canada-pledged-2024-02', 'canada-pledged-2024-06'],
		evidence: CANADA
	},
	{
		id: 'trust-fund-supports-mss',
		from: 'trust-fund',
		to: 'mss',
		kind: 'supports',
		status: 'ongoing',
		object: 'voluntary funding',
		evidence: [RES_2699, GUTERRES]
	},
	{
		id: 'guterres-criticises-trust-fund',
		from: 'guterres',
		to: 'trust-fund',
		kind: 'criticises',
		status: 'past',
		object: '“totally inadequate”',
		date: '2024-09-25',
		evidence: [GUTERRES]
	},
	{
		id: 'caricom-brokered-tpc',
		from: 'caricom',
		to: 'tpc',
		kind: 'brokered',
		status: 'past',
		object: 'in Kingston',
		date: '2024-03-11',
		evidence: [TPC_LINE]
	},
	{
		id: 'tpc-replaces-conille',
		from: 'tpc',
		to: 'conille',
		kind: 'replaces',
		status: 'past',
		object: 'with Alix Didier Fils-Aimé',
		date: '2024-11',
		evidence: [TPC]
	},
	{
		id: 'fils-aime-replaces-conille',
		from: 'fils-aime',
		to: 'conille',
		kind: 'replaces',
		status: 'past',
		date: '2024-11',
		evidence: [TPC]
	},
	{
		id: 'kanja-announces-kenyan-police',
		from: 'kanja',
		to: 'kenyan-police',
		kind: 'announces',
		status: 'past',
		object: 'the promised timing, “early next month”,',
		date: '2024-10-12',
		evidence: [KANJA]
	},
	{
		id: 'kenyan-police-part-of-kenya',
		from: 'kenyan-police',
		to: 'kenya',
		kind: 'part-of',
		status: 'ongoing',
		evidence: [COMMENDED, SIX_HUNDRED_LEDE]
	}
];
