import type { DatasetInput } from './schema';
import article from './article.txt?raw';

/**
 * The article (primary source, text kept byte-for-byte in article.txt) and the background sources
 * cited in the fact sheet (facts.md). URLs are kept exactly as the fact sheet gives them.
 */
export const sources: DatasetInput['sources'] = [
	{
		id: 'article',
		kind: 'article',
		outlet: 'allAfrica',
		about:
			'The Ruto–Conille press conference at State House, Nairobi (the seed text carries no headline)',
		url: 'allafrica.com',
		text: article
	},
	{
		id: 'capitalfm-pledges',
		kind: 'background',
		named: [
			'capitalfm.co.ke/news/2024/10/ruto-urges-international-community-to-fulfill-haiti-mission-pledges'
		],
		outlet: 'Capital FM Kenya',
		about: 'Ruto urges international community to fulfill Haiti mission pledges',
		url: 'capitalfm.co.ke/news/2024/10/ruto-urges-international-community-to-fulfill-haiti-mission-pledges',
		date: '2024-10'
	},
	{
		id: 'stabroek-reuters',
		kind: 'background',
		named: ['stabroeknews.com/2024/10/11 (Reuters)', 'Reuters/Stabroek'],
		outlet: 'Reuters via Stabroek News',
		about: 'Reuters report on the Ruto–Conille press conference',
		url: 'stabroeknews.com/2024/10/11',
		date: '2024-10-11'
	},
	{
		id: 'kahawatungu-conille',
		kind: 'background',
		named: ['kahawatungu.com (Conille meets team)'],
		outlet: 'Kahawatungu',
		about: 'Conille meets team',
		url: 'kahawatungu.com'
	},
	{
		id: 'planetgim',
		kind: 'background',
		named: ['planetgim.co.ke/2024/11/11'],
		outlet: 'Planet GIM',
		about: 'Planned departure date of the officers',
		url: 'planetgim.co.ke/2024/11/11',
		date: '2024-11-11'
	},
	{
		id: 'mkenyaleo',
		kind: 'background',
		named: ['mkenyaleo'],
		outlet: 'Mkenya Leo',
		about: '217 Kenyan police officers arrive in Haiti',
		url: 'mkenyaleo.co.ke'
	},
	{
		id: 'kahawatungu-217',
		kind: 'background',
		named: ['kahawatungu.com/217-kenyan-cops-leave-for-haiti', 'kahawatungu (18 Jan 2025)'],
		outlet: 'Kahawatungu',
		about: '217 Kenyan cops leave for Haiti',
		url: 'kahawatungu.com/217-kenyan-cops-leave-for-haiti',
		date: '2025-01-18'
	},
	{
		id: 'theinformer',
		kind: 'background',
		named: ['theinformer.co.ke'],
		outlet: 'The Informer, Kenya',
		about: 'Kenyan officers in Haiti after the January 2025 arrival',
		url: 'theinformer.co.ke'
	},
	{
		id: 'kenyans-108735',
		kind: 'background',
		named: ['kenyans.co.ke/news/108735'],
		outlet: 'Kenyans.co.ke',
		about: '144 more officers arrive in Haiti',
		url: 'kenyans.co.ke/news/108735'
	},
	{
		id: 'capitalfm-2025-02',
		kind: 'background',
		named: ['capitalfm.co.ke 2025/02'],
		outlet: 'Capital FM Kenya',
		about: '144 more officers arrive in Haiti',
		url: 'capitalfm.co.ke 2025/02',
		date: '2025-02'
	},
	{
		id: 'un-sc15432',
		kind: 'background',
		named: ['press.un.org/2023/sc15432.doc.htm'],
		outlet: 'UN Security Council press release SC/15432',
		about: 'Security Council authorizes Multinational Security Support mission (Resolution 2699)',
		url: 'press.un.org/2023/sc15432.doc.htm',
		date: '2023'
	},
	{
		id: 'un-sc15838',
		kind: 'background',
		named: ['press.un.org/en/2024/sc15838.doc.htm'],
		outlet: 'UN Security Council press release SC/15838',
		about: 'Security Council extends the MSS authorization (Resolution 2751)',
		url: 'press.un.org/en/2024/sc15838.doc.htm',
		date: '2024'
	},
	{
		id: 'juno7',
		kind: 'background',
		named: ['juno7'],
		outlet: 'Juno7',
		about: 'Renewal of the MSS authorization to 2 October 2025',
		url: 'juno7.ht'
	},
	{
		id: 'un-sc16185',
		kind: 'background',
		named: ['press.un.org/en/2025/sc16185.doc.htm', 'UN SC/16185'],
		outlet: 'UN Security Council press release SC/16185',
		about: 'Security Council turns the MSS into the Gang Suppression Force (Resolution 2793)',
		url: 'press.un.org/en/2025/sc16185.doc.htm',
		date: '2025'
	},
	{
		id: 'devdiscourse',
		kind: 'background',
		named: ['devdiscourse'],
		outlet: 'Devdiscourse',
		about:
			'Reports on the MSS: Ruto at the UN General Assembly, Guatemala deployment, Resolution 2793 vote',
		url: 'devdiscourse'
	},
	{
		id: 'capitalfm-bbc',
		kind: 'background',
		named: ['BBC via Capital FM', 'capitalfm.co.ke (urgent cash call)'],
		outlet: 'BBC via Capital FM',
		about: 'Urgent cash call for the Haiti mission',
		url: 'capitalfm.co.ke',
		date: '2024-10-11'
	},
	{
		id: 'magneticmediatv-ap',
		kind: 'background',
		named: ['magneticmediatv'],
		outlet: 'AP via Magnetic Media',
		about: 'AP report on MSS pledges and US support',
		url: 'magneticmediatv',
		date: '2024-10'
	},
	{
		id: 'webwave-ap',
		kind: 'background',
		named: ['l6omjd.webwave.dev (AP text)'],
		outlet: 'AP, text copy',
		about: 'AP report on trust-fund pledges and receipts',
		url: 'l6omjd.webwave.dev'
	},
	{
		id: 'xinhua',
		kind: 'background',
		named: ['Xinhua'],
		outlet: 'Xinhua',
		about: 'Planned strength of the MSS',
		url: 'xinhua',
		date: '2024-09-30'
	},
	{
		id: 'haitilibre-42781',
		kind: 'background',
		named: ['haitilibre.com news-42781'],
		outlet: 'HaitiLibre',
		about: 'Second Kenyan contingent lands in Haiti',
		url: 'haitilibre.com news-42781'
	},
	{
		id: 'haitify-alterpresse',
		kind: 'background',
		named: ['AlterPresse via haitify.com'],
		outlet: 'AlterPresse via Haitify',
		about: 'Size of the first Kenyan group',
		url: 'haitify.com'
	},
	{
		id: 'kenyan-post',
		kind: 'background',
		named: ['kenyan-post.com'],
		outlet: 'Kenyan Post',
		about: 'Size of the first Kenyan group',
		url: 'kenyan-post.com'
	},
	{
		id: 'capitalfm-gsf',
		kind: 'background',
		named: ['capitalfm.co.ke 2025/10 GSF article'],
		outlet: 'Capital FM Kenya',
		about: 'Gang Suppression Force article',
		url: 'capitalfm.co.ke 2025/10',
		date: '2025-10'
	},
	{
		id: 'mb-ap',
		kind: 'background',
		named: ['mb.com.ph (AP)'],
		outlet: 'AP via Manila Bulletin',
		about: 'Jamaica’s contribution to the MSS',
		url: 'mb.com.ph'
	},
	{
		id: 'negasiranslan',
		kind: 'background',
		named: ['negasiranslan.com'],
		outlet: 'Negasiranslan',
		about: 'Jamaica’s personnel: pledged (a Haitian Times copy) and deployed',
		url: 'negasiranslan.com'
	},
	{
		id: 'prensa-latina',
		kind: 'background',
		named: ['vocesdelsur.prensa-latina.cu'],
		outlet: 'Prensa Latina via Voces del Sur',
		about: 'Belize’s contribution to the MSS',
		url: 'vocesdelsur.prensa-latina.cu'
	},
	{
		id: 'kahawatungu-bahamas',
		kind: 'background',
		named: ['kahawatungu.com (Bahamas)'],
		outlet: 'Kahawatungu',
		about: 'Bahamas advance team arrives',
		url: 'kahawatungu.com (Bahamas)'
	},
	{
		id: 'rbdf',
		kind: 'background',
		named: ['rbdf.gov.bs'],
		outlet: 'Royal Bahamas Defence Force',
		about: 'Bahamas contribution to the MSS',
		url: 'rbdf.gov.bs'
	},
	{
		id: 'frontierpost-reuters',
		kind: 'background',
		named: ['thefrontierpost.com'],
		outlet: 'Reuters via The Frontier Post',
		about: 'Guatemalan and Salvadoran personnel arrive in Haiti',
		url: 'thefrontierpost.com'
	},
	{
		id: 'haitichronicle',
		kind: 'background',
		named: ['haitichronicle.com'],
		outlet: 'Haiti Chronicle',
		about: 'Second Guatemalan group arrives',
		url: 'haitichronicle.com'
	},
	{
		id: 'ctninfo',
		kind: 'background',
		named: ['ctninfo.com'],
		outlet: 'CTN Info',
		about: 'El Salvador and Benin contributions',
		url: 'ctninfo.com'
	},
	{
		id: 'reuters-socast',
		kind: 'background',
		named: ['Reuters via d2233.cms.socastsrm.com'],
		outlet: 'Reuters, copy',
		about: 'Countries notify the UN of their contributions',
		url: 'd2233.cms.socastsrm.com',
		date: '2024-02-29'
	},
	{
		id: 'radiotvdromage',
		kind: 'background',
		named: ['radiotvdromage'],
		outlet: 'Radio Télé Dromage',
		about: 'Mission strength in February 2025',
		url: 'radiotvdromage'
	},
	{
		id: 'hch-efe',
		kind: 'background',
		named: ['EFE, hch.tv'],
		outlet: 'EFE via HCH',
		about: 'Mission strength in February 2025',
		url: 'hch.tv'
	},
	{
		id: 'un-sgsm22385',
		kind: 'background',
		named: ['press.un.org/en/2024/sgsm22385.doc.htm'],
		outlet: 'UN press release SG/SM/22385',
		about: 'Guterres on the MSS trust fund',
		url: 'press.un.org/en/2024/sgsm22385.doc.htm',
		date: '2024'
	},
	{
		id: 'kbc',
		kind: 'background',
		named: ['kbc.co.ke (Monica Juma/Mwaura)'],
		outlet: 'KBC',
		about: 'Trust-fund pledges and receipts at the end of 2024',
		url: 'kbc.co.ke',
		date: '2025-02'
	},
	{
		id: 'the-star-freeze',
		kind: 'background',
		named: ['the-star.co.ke 2025-02-06 (Dujarric)'],
		outlet: 'The Star, Kenya',
		about: 'US freeze of its trust-fund contribution',
		url: 'the-star.co.ke 2025-02-06',
		date: '2025-02-06'
	},
	{
		id: 'carnegie',
		kind: 'background',
		named: ['carnegieendowment.org/emissary/2024/09', 'carnegie'],
		outlet: 'Carnegie Endowment, Emissary',
		about: 'Funding the Haiti mission',
		url: 'carnegieendowment.org/emissary/2024/09',
		date: '2024-09'
	},
	{
		id: 'cnn-webjosh',
		kind: 'background',
		named: ['webjosh.com (CNN)'],
		outlet: 'CNN via webjosh.com',
		about: 'US pledges $300 million',
		url: 'webjosh.com'
	},
	{
		id: 'theeastafrican',
		kind: 'background',
		named: ['theeastafrican.co.ke'],
		outlet: 'The EastAfrican',
		about: 'US pledges to the MSS',
		url: 'theeastafrican.co.ke'
	},
	{
		id: 'trt',
		kind: 'background',
		named: ['trt.global'],
		outlet: 'TRT Global',
		about: 'Kenya PS Sing’oei on US support',
		url: 'trt.global'
	},
	{
		id: 'miragenews',
		kind: 'background',
		named: ['miragenews.com'],
		outlet: 'Mirage News',
		about: 'Canada’s contributions to the MSS',
		url: 'miragenews.com'
	},
	{
		id: 'newsaz',
		kind: 'background',
		named: ['news.az'],
		outlet: 'News.az',
		about: 'Canada’s contributions to the MSS',
		url: 'news.az'
	},
	{
		id: 'the-star',
		kind: 'background',
		named: ['the-star.co.ke'],
		outlet: 'The Star, Kenya',
		about: 'Other countries’ money for the mission (France, Germany)',
		url: 'the-star.co.ke'
	},
	{
		id: 'danso',
		kind: 'background',
		named: ['danso.info'],
		outlet: 'danso.info, an aggregator',
		about: 'Population of Haiti',
		url: 'danso.info'
	},
	{
		id: 'lenouvelliste',
		kind: 'background',
		named: ['lenouvelliste.com/en/article/243387'],
		outlet: 'Le Nouvelliste',
		about: 'Haiti’s population, according to Haitian officials',
		url: 'lenouvelliste.com/en/article/243387'
	},
	{
		id: 'mercopress',
		kind: 'background',
		named: ['mercopress'],
		outlet: 'MercoPress',
		about: 'Transitional council replaces Prime Minister Conille',
		url: 'mercopress',
		date: '2024-11-11'
	},
	{
		id: 'cgtn',
		kind: 'background',
		named: ['CGTN'],
		outlet: 'CGTN',
		about: 'MSS mandate and BINUH support',
		url: 'cgtn'
	},
	{
		id: 'icihaiti',
		kind: 'background',
		named: ['icihaiti.com'],
		outlet: 'Ici Haïti',
		about: 'Resolution 2743 extends BINUH',
		url: 'icihaiti.com'
	},
	{
		id: 'jamaicaobserver',
		kind: 'background',
		named: ['jamaicaobserver'],
		outlet: 'Jamaica Observer',
		about: 'CARICOM joint task force advanced team',
		url: 'jamaicaobserver'
	}
];
