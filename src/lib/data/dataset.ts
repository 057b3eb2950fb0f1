import type { DatasetInput, Evidence } from './schema';
import { sources } from './sources';

/** Evidence from the article: the quote must stand verbatim in article.txt. */
const art = (quote: string): Evidence => ({ source: 'article', quote });
/** Evidence from a background source: the quote must stand verbatim in the fact sheet (facts.md). */
const bg = (source: string, quote: string): Evidence => ({ source, quote });

// Article sentences that several records cite: one highlight on the page supports all of them.
const PLEDGES = art(
	'President William Ruto of Kenya has called on the international community to fulfill their financial pledges to support the MSS Mission in Haiti, highlighting the need for personnel and resources.'
);
const SIX_HUNDRED_LEDE = art(
	'Kenya is set to send an additional 600 police officers to Haiti, with both leaders discussing the successful outcomes of collaboration and the urgent need for global support to sustain peace efforts.'
);
const URGED = art(
	'In a recent statement, President William Ruto of Kenya has urged the international community to fulfill their financial commitments to the Multinational Security Support (MSS) Mission currently operating in Haiti.'
);
const PRESS_CONFERENCE = art(
	'During a press conference following discussions with Prime Minister Garry Conille at the State House in Nairobi, President Ruto emphasized the immediate need for additional personnel, logistics, and financial resources to both sustain and expand the mission’s operations.'
);
const SIX_HUNDRED = art(
	'He revealed that Kenya is preparing to deploy an additional 600 police officers to Haiti, who are currently participating in pre-deployment training and are expected to be operational by the following month.'
);
const BATTLE = art(
	'He stated, “This is a battle we can win if our friends stand resolute in solidarity with Haiti.”'
);
const COLLABORATION = art(
	'Furthermore, he acknowledged the close collaboration between Kenyan officers and the Haitian National Police in efforts to restore order and protect critical infrastructure.'
);
const COMMENDED = art(
	'President Ruto commended the Kenyan officers’ professionalism, urging them to continue their dedicated service, while also mentioning the United Nations’ recent decision to extend the MSS mission’s duration for another year as a testament to global support.'
);
const TOURISM = art(
	'Beyond security matters, discussions between Kenya and Haiti have extended to enhancing tourism and cultural exchanges, with an emphasis on the importance of investing in economic growth and fostering social connections to achieve enduring change.'
);
const CONILLE_COMMENDED = art(
	'Prime Minister Conille commended the efficacy and professionalism displayed by the Kenyan contingent, crediting their deployment for significantly garnering support from global partners.'
);
const HOSTAGE = art(
	'He reiterated the necessity for immediate global assistance to sustain the mission’s current momentum, stating, “Haiti is a country of 12 million people held hostage by a handful of gang members.”'
);
const ESTABLISHED = art(
	'The Multinational Security Support (MSS) Mission in Haiti was established to address escalating security challenges in the nation, plagued by gang violence and instability.'
);
const KENYA_LEADING = art(
	'The mission has seen contributions from various nations, with Kenya prominently leading in the deployment of security personnel.'
);

// Background rows cited by several records.
const RES_2699 = bg(
	'un-sc15432',
	'Authorizes MSS, "initial period of 12 months, with a review after nine"; voluntary funding'
);
const RES_2751 = bg('un-sc15838', 'Extends authorization 12 months, to 2 Oct 2025');
const RES_2793 = bg(
	'un-sc16185',
	'MSS → Gang Suppression Force, 12 months; ceiling 5,550 (5,500 uniformed + 50 civilians)'
);
const AT_MEETING = bg(
	'stabroek-reuters',
	'"only about 430 have deployed … nearly 400 of them from Kenya"; 10 countries pledged "about 2,900"'
);
const PRESS_CONFERENCE_DATE = [
	bg('capitalfm-pledges', 'Fri 11 Oct 2024, State House Nairobi'),
	bg(
		'stabroek-reuters',
		'"joint press conference … State House in Nairobi, Kenya, October 11, 2024"'
	)
];
const ARRIVAL_217 = [
	bg('mkenyaleo', '217 landed Sat 18 Jan 2025'),
	bg('kahawatungu-217', '"217 Kenyan police officers, including 30 women, arrived"')
];
const ARRIVAL_144 = [
	bg('kenyans-108735', '144 arrived Thu 6 Feb 2025 → 744 Kenyans'),
	bg('capitalfm-2025-02', '"brings the total … to 744"')
];
const FIRST_CONTINGENTS = bg(
	'haitilibre-42781',
	'left Nairobi 24 Jun 2024, landed 25 Jun 2024; second (~200) landed 16 Jul 2024'
);
const KENYA_ROW = bg(
	'capitalfm-gsf',
	'~400 (Jul 2024); ~617 (18 Jan 2025); 744 (6 Feb 2025); 735 (1 Oct 2025)'
);
const TPC = bg(
	'mercopress',
	'replaced Conille with Alix Didier Fils-Aimé, Nov 2024 (mercopress 11 Nov 2024)'
);
const AT_MEETING_FUNDS_HRW = bg(
	'capitalfm-bbc',
	'"Only $85m … of estimated $600m required annually … received" (HRW via BBC)'
);
const AT_MEETING_FUNDS_AP = bg(
	'webwave-ap',
	'"$85 million in pledges … $68 million has been received" (AP)'
);
const END_2024 = bg('kbc', '$110.3M pledged, $85M received');
const US_FREEZE = bg('the-star-freeze', '$15M committed to fund, $1.7M spent, $13.3M frozen');
const CANADA = bg('miragenews', 'C$80.5M (Feb 2024) + C$5.7M (26 Jun 2024)');

/**
 * The dataset: every record carries its evidence. Figures are as the sources give them; where
 * sources disagree each value is its own record, tied to a `conflict`.
 */
export const raw: DatasetInput = {
	meeting: {
		date: '2024-10-11',
		place: 'State House, Nairobi',
		evidence: [PRESS_CONFERENCE, ...PRESS_CONFERENCE_DATE]
	},
	sources,
	actors: [
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
	],
	relations: [
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
	],
	quantities: [
		// The article's own figures.
		{
			id: 'additional-officers',
			label: 'Additional Kenyan police officers announced',
			subject: 'kenyan-police',
			measure: 'personnel',
			value: 600,
			unit: 'officers',
			status: 'announced',
			asOf: '2024-10-11',
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
			label: 'Population of Haiti, in Conille’s words',
			subject: 'haiti',
			measure: 'population',
			value: 12_000_000,
			unit: 'people',
			status: 'stated',
			asOf: '2024-10-11',
			approx: 'about',
			conflict: 'population',
			evidence: [HOSTAGE, bg('lenouvelliste', '"12 million" (Haitian officials)')]
		},
		{
			id: 'population-un',
			label: 'Population of Haiti, UN 2024 estimate',
			subject: 'haiti',
			measure: 'population',
			value: 11_772_557,
			unit: 'people',
			status: 'estimate',
			asOf: '2024',
			conflict: 'population',
			evidence: [bg('danso', '11,772,557 (UN 2024 est., aggregator)')]
		},
		// Kenyan contingents as they landed.
		{
			id: 'kenya-arrival-2024-06-200',
			label: 'First Kenyan contingent, as Kenya’s police reported it',
			subject: 'kenyan-police',
			measure: 'arrival',
			value: 200,
			unit: 'officers',
			status: 'deployed',
			asOf: '2024-06-25',
			conflict: 'first-contingent',
			evidence: [
				bg('kenyan-post', '"200" (Kenya IG Koome, kenyan-post.com; AP: 200+200)'),
				FIRST_CONTINGENTS
			]
		},
		{
			id: 'kenya-arrival-2024-06-400',
			label: 'First Kenyan contingent, as AlterPresse reported it',
			subject: 'kenyan-police',
			measure: 'arrival',
			value: 400,
			unit: 'officers',
			status: 'deployed',
			asOf: '2024-06-25',
			conflict: 'first-contingent',
			evidence: [bg('haitify-alterpresse', '"400" (AlterPresse via haitify.com)')]
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
			label: 'First group of the announced 600',
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
			label: 'Second group of the announced 600',
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
			id: 'kenya-deployed-2024-07',
			label: 'Kenyan officers in Haiti',
			subject: 'kenyan-police',
			measure: 'personnel',
			value: 400,
			unit: 'officers',
			status: 'deployed',
			asOf: '2024-07',
			approx: 'about',
			evidence: [KENYA_ROW]
		},
		{
			id: 'kenya-deployed-2024-09',
			label: 'Kenyan officers in Haiti, as Ruto told the UN General Assembly',
			subject: 'kenyan-police',
			measure: 'personnel',
			value: 382,
			unit: 'officers',
			status: 'stated',
			asOf: '2024-09-26',
			evidence: [
				bg(
					'devdiscourse',
					'Kenya: "382 officers" (Ruto at UNGA, 26 Sep 2024, devdiscourse/Reuters)'
				)
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
			approx: 'about',
			evidence: [AT_MEETING]
		},
		{
			id: 'kenya-deployed-2025-01-617',
			label: 'Kenyan officers in Haiti after the 18 January arrival (The Informer)',
			subject: 'kenyan-police',
			measure: 'personnel',
			value: 617,
			unit: 'officers',
			status: 'deployed',
			asOf: '2025-01-18',
			conflict: 'kenya-after-january',
			evidence: [bg('theinformer', 'After 18 Jan: "617" Kenyans (theinformer.co.ke)')]
		},
		{
			id: 'kenya-deployed-2025-01-600',
			label: 'Kenyan officers in Haiti after the 18 January arrival (Mkenya Leo)',
			subject: 'kenyan-police',
			measure: 'personnel',
			value: 600,
			unit: 'officers',
			status: 'deployed',
			asOf: '2025-01-18',
			conflict: 'kenya-after-january',
			evidence: [bg('mkenyaleo', 'vs "600" (mkenyaleo)')]
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
			label: 'Kenyan officers in Haiti when the MSS became the Gang Suppression Force',
			subject: 'kenyan-police',
			measure: 'personnel',
			value: 735,
			unit: 'officers',
			status: 'deployed',
			asOf: '2025-10-01',
			evidence: [KENYA_ROW]
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
			label: 'Personnel pledged by 10 countries (Reuters)',
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
			label: 'Personnel pledged (AP)',
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
			id: 'mss-deployed-2025-02-859',
			label: 'MSS personnel in February 2025 (Radio Télé Dromage)',
			subject: 'mss',
			measure: 'personnel',
			value: 859,
			unit: 'personnel',
			status: 'deployed',
			asOf: '2025-02',
			conflict: 'mission-total-2025-02',
			evidence: [bg('radiotvdromage', 'Mission total Feb 2025: 859 (radiotvdromage)')]
		},
		{
			id: 'mss-deployed-2025-02-900',
			label: 'MSS personnel in February 2025 (EFE)',
			subject: 'mss',
			measure: 'personnel',
			value: 900,
			unit: 'personnel',
			status: 'deployed',
			asOf: '2025-02',
			approx: 'more-than',
			conflict: 'mission-total-2025-02',
			evidence: [bg('hch-efe', '">900" (EFE, hch.tv)')]
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
			label: 'Jamaican personnel pledged (AP)',
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
			label: 'Jamaican personnel pledged (Haitian Times copy)',
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
			label: 'Second Guatemalan group (75)',
			subject: 'guatemala',
			measure: 'arrival',
			value: 75,
			unit: 'personnel',
			status: 'deployed',
			asOf: '2025-01-04',
			conflict: 'guatemala-second-group',
			evidence: [
				bg('devdiscourse', '75/77 (4 Jan 2025)'),
				bg('haitichronicle', '75/77 (4 Jan 2025)')
			]
		},
		{
			id: 'guatemala-arrival-2025-01-04-77',
			label: 'Second Guatemalan group (77)',
			subject: 'guatemala',
			measure: 'arrival',
			value: 77,
			unit: 'personnel',
			status: 'deployed',
			asOf: '2025-01-04',
			conflict: 'guatemala-second-group',
			evidence: [
				bg('devdiscourse', '75/77 (4 Jan 2025)'),
				bg('haitichronicle', '75/77 (4 Jan 2025)')
			]
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
			label: 'Beninese personnel pledged (US ambassador)',
			subject: 'benin',
			measure: 'personnel',
			value: 2000,
			unit: 'personnel',
			status: 'pledged',
			asOf: '2024-02',
			conflict: 'benin-pledge',
			evidence: [bg('ctninfo', '2,000 (US amb., Feb 2024)')]
		},
		{
			id: 'benin-pledged-1500',
			label: 'Beninese personnel pledged (UN)',
			subject: 'benin',
			measure: 'personnel',
			value: 1500,
			unit: 'personnel',
			status: 'pledged',
			asOf: '2024-02-29',
			approx: 'about',
			conflict: 'benin-pledge',
			evidence: [bg('reuters-socast', '~1,500 (UN, 29 Feb 2024)')]
		},
		// Money.
		{
			id: 'fund-2024-09-guterres',
			label: 'Trust fund total, as the Secretary-General put it',
			subject: 'trust-fund',
			measure: 'funding',
			value: 85_300_000,
			unit: 'USD',
			status: 'stated',
			asOf: '2024-09-25',
			evidence: [bg('un-sgsm22385', 'fund "now stands at $85.3 million"; "totally inadequate"')]
		},
		{
			id: 'fund-needed-annual',
			label: 'Estimated annual cost of the mission',
			subject: 'trust-fund',
			measure: 'funding',
			value: 600_000_000,
			unit: 'USD',
			status: 'needed',
			asOf: '2024-09',
			approx: 'about',
			evidence: [bg('carnegie', '~$600M'), AT_MEETING_FUNDS_HRW]
		},
		{
			id: 'fund-received-2024-10-hrw',
			label: 'Trust-fund money received (HRW, via BBC)',
			subject: 'trust-fund',
			measure: 'funding',
			value: 85_000_000,
			unit: 'USD',
			status: 'received',
			asOf: '2024-10-11',
			conflict: 'fund-at-meeting',
			evidence: [AT_MEETING_FUNDS_HRW]
		},
		{
			id: 'fund-pledged-2024-10-ap',
			label: 'Trust-fund pledges (AP)',
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
			label: 'Trust-fund money received (AP)',
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
			evidence: [US_FREEZE]
		},
		{
			id: 'usa-pledged-2024-03',
			label: 'US support pledged ($200M Defense + $100M State)',
			subject: 'usa',
			measure: 'funding',
			value: 300_000_000,
			unit: 'USD',
			status: 'pledged',
			asOf: '2024-03-11',
			evidence: [
				bg('cnn-webjosh', '$300M pledged ($200M DoD + $100M State)'),
				bg('theeastafrican', '$300M pledged ($200M DoD + $100M State)')
			]
		},
		{
			id: 'usa-delivered-blinken',
			label: 'US support delivered (Blinken)',
			subject: 'usa',
			measure: 'funding',
			value: 300_000_000,
			unit: 'USD',
			status: 'received',
			asOf: '2024-09-25',
			approx: 'more-than',
			conflict: 'usa-delivered',
			evidence: [
				bg('magneticmediatv-ap', '"well over $300 million" delivered (Blinken, 25 Sep 2024)')
			]
		},
		{
			id: 'usa-delivered-carnegie',
			label: 'US support delivered (Carnegie)',
			subject: 'usa',
			measure: 'funding',
			value: 380_000_000,
			unit: 'USD',
			status: 'received',
			asOf: '2024-09',
			conflict: 'usa-delivered',
			evidence: [bg('carnegie', 'vs $380M (Carnegie)')]
		},
		{
			id: 'usa-delivered-singoei',
			label: 'US support delivered (Kenya PS Sing’oei)',
			subject: 'usa',
			measure: 'funding',
			value: 600_000_000,
			unit: 'USD',
			status: 'received',
			asOf: '2025-02',
			approx: 'about',
			conflict: 'usa-delivered',
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
		}
	],
	events: [
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
			evidence: [bg('mercopress', 'CARICOM-brokered (Kingston, 11 Mar 2024)')]
		},
		{
			id: 'tpc-sworn-in',
			date: '2024-04-25',
			label: 'Transitional Presidential Council sworn in',
			kind: 'political',
			actors: ['tpc'],
			evidence: [bg('mercopress', 'sworn in 25 Apr 2024')]
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
			evidence: [bg('un-sgsm22385', 'fund "now stands at $85.3 million"; "totally inadequate"')]
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
			evidence: [PRESS_CONFERENCE, ...PRESS_CONFERENCE_DATE]
		},
		{
			id: 'promised-operational',
			date: '2024-11',
			label: 'The 600 “expected to be operational by the following month”',
			kind: 'announcement',
			actors: ['kenyan-police'],
			claim: true,
			evidence: [SIX_HUNDRED, bg('stabroek-reuters', '"ready for duty next month"')]
		},
		{
			id: 'officers-graduate',
			date: '2024-11-08',
			label: 'The 600 graduate from pre-deployment training',
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
			label: 'Planned departure of the 600 (did not happen)',
			kind: 'deployment',
			actors: ['kenyan-police'],
			evidence: [bg('planetgim', '"departure set for November 27"')]
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
			label: 'US freezes $13.3 million of its trust-fund money',
			kind: 'funding',
			actors: ['usa', 'trust-fund'],
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
			label: 'Resolution 2793 turns the MSS into the Gang Suppression Force (12-0-3)',
			kind: 'resolution',
			actors: ['un', 'mss', 'gsf'],
			evidence: [RES_2793]
		},
		{
			id: 'mandate-end-2751',
			date: '2025-10-02',
			label: 'End of the authorisation as extended by Resolution 2751',
			kind: 'resolution',
			actors: ['mss'],
			evidence: [RES_2751, bg('juno7', '"échéance fixée au 2 octobre 2025"')]
		}
	],
	quotes: [
		{
			id: 'ruto-battle',
			speaker: 'ruto',
			text: 'This is a battle we can win if our friends stand resolute in solidarity with Haiti.',
			evidence: [BATTLE]
		},
		{
			id: 'conille-hostage',
			speaker: 'conille',
			text: 'Haiti is a country of 12 million people held hostage by a handful of gang members.',
			note: 'Not found in any other source the fact sheet read.',
			evidence: [HOSTAGE]
		},
		{
			id: 'guterres-inadequate',
			speaker: 'guterres',
			text: 'totally inadequate',
			evidence: [bg('un-sgsm22385', 'fund "now stands at $85.3 million"; "totally inadequate"')]
		},
		{
			id: 'kanja-early-next-month',
			speaker: 'kanja',
			text: 'early next month',
			evidence: [bg('kahawatungu-conille', 'IG Kanja on 12 Oct: "early next month"')]
		}
	],
	conflicts: [
		{
			id: 'population',
			topic: 'Haiti’s population',
			note: 'Conille and Haitian officials say 12 million; the UN’s 2024 estimate, via an aggregator, is 11,772,557. The round figure is roughly right.'
		},
		{
			id: 'first-contingent',
			topic: 'Size of the first Kenyan contingent (25 Jun 2024)',
			note: 'Kenya’s police chief said 200 (AP reported 200 then 200 more); AlterPresse reported 400.'
		},
		{
			id: 'kenya-after-january',
			topic: 'Kenyan officers in Haiti after 18 Jan 2025',
			note: 'The Informer says 617, Mkenya Leo says 600.'
		},
		{
			id: 'pledged-personnel',
			topic: 'Personnel pledged to the MSS by October 2024',
			note: 'Reuters: about 2,900 from 10 countries; AP: more than 3,100. The BBC spoke of “at least 1,900 more” still to come.'
		},
		{
			id: 'mission-total-2025-02',
			topic: 'MSS personnel in February 2025',
			note: 'Radio Télé Dromage counts 859; EFE says more than 900.'
		},
		{
			id: 'jamaica-pledge',
			topic: 'Jamaica’s pledge',
			note: 'AP: 200 (170 soldiers and 30 police); a Haitian Times copy: 250.'
		},
		{
			id: 'guatemala-second-group',
			topic: 'Second Guatemalan group (4 Jan 2025)',
			note: 'Reports give 75 or 77; the fact sheet does not say which outlet gives which.'
		},
		{
			id: 'benin-pledge',
			topic: 'Benin’s pledge',
			note: 'The US ambassador spoke of 2,000; the UN of about 1,500 (primary source).'
		},
		{
			id: 'fund-at-meeting',
			topic: 'Trust-fund money at the time of the meeting',
			note: 'HRW (via the BBC): only $85m received; AP: $85m pledged, of which $68m received.'
		},
		{
			id: 'usa-delivered',
			topic: 'US support delivered',
			note: 'Blinken: “well over $300 million” (Sep 2024); Carnegie: $380M; Kenya’s PS Sing’oei: about $600M (Feb 2025).'
		}
	]
};
