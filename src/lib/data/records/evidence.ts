import type { Evidence } from '../schema';

/** Evidence from the article: the quote must stand verbatim in article.txt. */
export const art = (quote: string): Evidence => ({ source: 'article', quote });
/** Evidence from a background source: the quote must stand verbatim in the fact sheet (facts.md). */
export const bg = (source: string, quote: string): Evidence => ({ source, quote });

// Article sentences that several records cite: one highlight on the page supports all of them.
export const PLEDGES = art(
	'President William Ruto of Kenya has called on the international community to fulfill their financial pledges to support the MSS Mission in Haiti, highlighting the need for personnel and resources.'
);
export const SIX_HUNDRED_LEDE = art(
	'Kenya is set to send an additional 600 police officers to Haiti, with both leaders discussing the successful outcomes of collaboration and the urgent need for global support to sustain peace efforts.'
);
export const URGED = art(
	'In a recent statement, President William Ruto of Kenya has urged the international community to fulfill their financial commitments to the Multinational Security Support (MSS) Mission currently operating in Haiti.'
);
export const PRESS_CONFERENCE = art(
	'During a press conference following discussions with Prime Minister Garry Conille at the State House in Nairobi, President Ruto emphasized the immediate need for additional personnel, logistics, and financial resources to both sustain and expand the mission’s operations.'
);
export const SIX_HUNDRED = art(
	'He revealed that Kenya is preparing to deploy an additional 600 police officers to Haiti, who are currently participating in pre-deployment training and are expected to be operational by the following month.'
);
export const BATTLE = art(
	'He stated, “This is a battle we can win if our friends stand resolute in solidarity with Haiti.”'
);
export const COLLABORATION = art(
	'Furthermore, he acknowledged the close collaboration between Kenyan officers and the Haitian National Police in efforts to restore order and protect critical infrastructure.'
);
export const COMMENDED = art(
	'President Ruto commended the Kenyan officers’ professionalism, urging them to continue their dedicated service, while also mentioning the United Nations’ recent decision to extend the MSS mission’s duration for another year as a testament to global support.'
);
export const TOURISM = art(
	'Beyond security matters, discussions between Kenya and Haiti have extended to enhancing tourism and cultural exchanges, with an emphasis on the importance of investing in economic growth and fostering social connections to achieve enduring change.'
);
export const CONILLE_COMMENDED = art(
	'Prime Minister Conille commended the efficacy and professionalism displayed by the Kenyan contingent, crediting their deployment for significantly garnering support from global partners.'
);
export const HOSTAGE = art(
	'He reiterated the necessity for immediate global assistance to sustain the mission’s current momentum, stating, “Haiti is a country of 12 million people held hostage by a handful of gang members.”'
);
export const ESTABLISHED = art(
	'The Multinational Security Support (MSS) Mission in Haiti was established to address escalating security challenges in the nation, plagued by gang violence and instability.'
);
export const KENYA_LEADING = art(
	'The mission has seen contributions from various nations, with Kenya prominently leading in the deployment of security personnel.'
);

// Background rows cited by several records.
export const RES_2699 = bg(
	'un-sc15432',
	'2699 | 2 Oct 2023 | Authorizes MSS, "initial period of 12 months, with a review after nine"; voluntary funding | 13-0-2 (China, Russia abstain)'
);
export const RES_2751 = bg(
	'un-sc15838',
	'2751 | 30 Sep 2024 | Extends authorization 12 months, to 2 Oct 2025 | unanimous'
);
export const RES_2793 = bg(
	'un-sc16185',
	'2793 | 30 Sep 2025 | MSS → Gang Suppression Force, 12 months; ceiling 5,550 (5,500 uniformed + 50 civilians); creates UN Support Office (UNSOH) | 12-0-3 (China, Pakistan, Russia)'
);
export const AT_MEETING = bg(
	'stabroek-reuters',
	'"only about 430 have deployed … nearly 400 of them from Kenya"; 10 countries pledged "about 2,900" (Reuters/Stabroek, 11 Oct 2024)'
);
export const PRESS_CONFERENCE_DATE = [
	bg('capitalfm-pledges', 'Fri 11 Oct 2024, State House Nairobi'),
	bg(
		'stabroek-reuters',
		'"joint press conference … State House in Nairobi, Kenya, October 11, 2024"'
	)
];
export const ARRIVAL_217 = [
	bg('mkenyaleo', '217 landed Sat 18 Jan 2025'),
	bg('kahawatungu-217', '"217 Kenyan police officers, including 30 women, arrived"')
];
export const ARRIVAL_144 = [
	bg('kenyans-108735', '144 arrived Thu 6 Feb 2025 → 744 Kenyans'),
	bg('capitalfm-2025-02', '"brings the total … to 744"')
];
export const FIRST_CONTINGENTS = bg(
	'haitilibre-42781',
	'left Nairobi 24 Jun 2024, landed 25 Jun 2024; second (~200) landed 16 Jul 2024'
);
/** The Kenya row's one figure that its source cell ties to Capital FM (the others are “above”). */
export const KENYA_735 = bg('capitalfm-gsf', '735 (1 Oct 2025)');
export const TPC = bg(
	'mercopress',
	'replaced Conille with Alix Didier Fils-Aimé, Nov 2024 (mercopress 11 Nov 2024)'
);
export const AT_MEETING_FUNDS_HRW = bg(
	'capitalfm-bbc',
	'At meeting | "Only $85m … of estimated $600m required annually … received" (HRW via BBC) vs "$85 million in pledges … $68 million has been received" (AP) | 11 Oct 2024'
);
export const AT_MEETING_FUNDS_AP = bg(
	'webwave-ap',
	'"$85 million in pledges … $68 million has been received" (AP) | 11 Oct 2024'
);
export const END_2024 = bg(
	'kbc',
	'End-2024 | $110.3M pledged, $85M received | Feb 2025 | kbc.co.ke (Monica Juma/Mwaura)'
);
export const US_FREEZE = bg(
	'the-star-freeze',
	'$15M committed to fund, $1.7M spent, $13.3M frozen | 4 Feb 2025 | the-star.co.ke 2025-02-06 (Dujarric)'
);
export const GUTERRES = bg(
	'un-sgsm22385',
	'Guterres | fund "now stands at $85.3 million"; "totally inadequate" | 25 Sep 2024'
);
export const US_TOTAL = [
	bg('cnn-webjosh', '$300M pledged ($200M DoD + $100M State) | 11 Mar 2024'),
	bg('theeastafrican', '$300M pledged ($200M DoD + $100M State) | 11 Mar 2024')
];
export const NEED = bg('carnegie', 'Annual need | ~$600M | Sep 2024');
export const TPC_LINE = bg(
	'mercopress',
	'7 voting + 2 observers, CARICOM-brokered (Kingston, 11 Mar 2024); sworn in 25 Apr 2024; replaced Conille with Alix Didier Fils-Aimé, Nov 2024 (mercopress 11 Nov 2024)'
);
export const HNP_MANDATE = bg(
	'cgtn',
	'MSS mandate is "operational support to the Haitian National Police" (2699; CGTN)'
);
/**
 * Table rows whose source cell names several outlets without tying a figure to one of them: each
 * figure of such a cell cites every outlet of the row, and the page names them all (“X or Y”).
 */
const row = (quote: string, ...sources: string[]) => sources.map((s) => bg(s, quote));
export const CANADA = row('C$80.5M (Feb 2024) + C$5.7M (26 Jun 2024)', 'miragenews', 'newsaz');
export const BAHAMAS = row(
	'| Bahamas | 150 | 6 advance team (18 Oct 2024) |',
	'kahawatungu-bahamas',
	'rbdf'
);
export const GUATEMALA_PLEDGE = row(
	'| Guatemala | 150 |',
	'frontierpost-reuters',
	'devdiscourse',
	'haitichronicle'
);
export const GUATEMALA_ARRIVALS = row(
	'75 (3 Jan 2025) + ⚠ 75/77 (4 Jan 2025)',
	'frontierpost-reuters',
	'devdiscourse',
	'haitichronicle'
);
export const EL_SALVADOR_PLEDGE = row(
	'78 soldiers + 3 helicopters (Aug 2024)',
	'frontierpost-reuters',
	'ctninfo'
);
export const EL_SALVADOR_ARRIVALS = row(
	'8 (3 Jan 2025) + 70 (4 Feb 2025) = 78',
	'frontierpost-reuters',
	'ctninfo'
);
export const JAMAICA_DEPLOYED = row('24 (12 Sep 2024)', 'mb-ap', 'negasiranslan');
export const KANJA = bg(
	'kahawatungu-conille',
	'"next month" (Nov 2024); IG Kanja on 12 Oct: "early next month"'
);
