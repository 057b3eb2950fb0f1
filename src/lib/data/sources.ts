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
		outlet: 'Capital FM (Kenya)',
		about: 'Ruto urges international community to fulfill Haiti mission pledges',
		url: 'capitalfm.co.ke/news/2024/10/ruto-urges-international-community-to-fulfill-haiti-mission-pledges',
		date: '2024-10'
	},
	{
		id: 'stabroek-reuters',
		kind: 'background',
		outlet: 'Stabroek News (Reuters)',
		about: 'Reuters report on the Ruto–Conille press conference',
		url: 'stabroeknews.com/2024/10/11',
		date: '2024-10-11'
	},
	{
		id: 'kahawatungu-conille',
		kind: 'background',
		outlet: 'Kahawatungu',
		about: 'Conille meets team',
		url: 'kahawatungu.com'
	},
	{
		id: 'planetgim',
		kind: 'background',
		outlet: 'Planet GIM',
		about: 'Departure date of the 600 officers',
		url: 'planetgim.co.ke/2024/11/11',
		date: '2024-11-11'
	},
	{
		id: 'mkenyaleo',
		kind: 'background',
		outlet: 'Mkenya Leo',
		about: '217 Kenyan police officers arrive in Haiti',
		url: 'mkenyaleo.co.ke'
	},
	{
		id: 'kahawatungu-217',
		kind: 'background',
		outlet: 'Kahawatungu',
		about: '217 Kenyan cops leave for Haiti',
		url: 'kahawatungu.com/217-kenyan-cops-leave-for-haiti',
		date: '2025-01-18'
	},
	{
		id: 'theinformer',
		kind: 'background',
		outlet: 'The Informer (Kenya)',
		about: 'Kenyan officers in Haiti after the January 2025 arrival',
		url: 'theinformer.co.ke'
	},
	{
		id: 'kenyans-108735',
		kind: 'background',
		outlet: 'Kenyans.co.ke',
		about: '144 more officers arrive in Haiti',
		url: 'kenyans.co.ke/news/108735'
	},
	{
		id: 'capitalfm-2025-02',
		kind: 'background',
		outlet: 'Capital FM (Kenya)',
		about: 'Second batch of the 600 arrives in Haiti',
		url: 'capitalfm.co.ke 2025/02',
		date: '2025-02'
	},
	{
		id: 'un-sc15432',
		kind: 'background',
		outlet: 'UN Security Council press release SC/15432',
		about: 'Security Council authorizes Multinational Security Support mission (Resolution 2699)',
		url: 'press.un.org/2023/sc15432.doc.htm',
		date: '2023-10-02'
	},
	{
		id: 'un-sc15838',
		kind: 'background',
		outlet: 'UN Security Council press release SC/15838',
		about: 'Security Council extends the MSS authorization (Resolution 2751)',
		url: 'press.un.org/en/2024/sc15838.doc.htm',
		date: '2024-09-30'
	},
	{
		id: 'juno7',
		kind: 'background',
		outlet: 'Juno7',
		about: 'Renewal of the MSS authorization to 2 October 2025',
		url: 'juno7.ht'
	},
	{
		id: 'un-sc16185',
		kind: 'background',
		outlet: 'UN Security Council press release SC/16185',
		about: 'Security Council turns the MSS into the Gang Suppression Force (Resolution 2793)',
		url: 'press.un.org/en/2025/sc16185.doc.htm',
		date: '2025-09-30'
	},
	{
		id: 'devdiscourse',
		kind: 'background',
		outlet: 'Devdiscourse (Reuters copy)',
		about:
			'Reports on the MSS: Ruto at the UN General Assembly, Guatemala deployment, Resolution 2793 vote',
		url: 'devdiscourse'
	},
	{
		id: 'capitalfm-bbc',
		kind: 'background',
		outlet: 'Capital FM (BBC)',
		about: 'Urgent cash call for the Haiti mission',
		url: 'capitalfm.co.ke',
		date: '2024-10-11'
	},
	{
		id: 'magneticmediatv-ap',
		kind: 'background',
		outlet: 'Magnetic Media (AP)',
		about: 'AP report on MSS pledges and US support',
		url: 'magneticmediatv',
		date: '2024-10'
	},
	{
		id: 'webwave-ap',
		kind: 'background',
		outlet: 'AP text (copy)',
		about: 'AP report on trust-fund pledges and receipts',
		url: 'l6omjd.webwave.dev',
		date: '2024-10-11'
	},
	{
		id: 'xinhua',
		kind: 'background',
		outlet: 'Xinhua',
		about: 'Planned strength of the MSS',
		url: 'xinhua',
		date: '2024-09-30'
	},
	{
		id: 'haitilibre-42781',
		kind: 'background',
		outlet: 'HaitiLibre',
		about: 'Second Kenyan contingent lands in Haiti',
		url: 'haitilibre.com news-42781'
	},
	{
		id: 'haitify-alterpresse',
		kind: 'background',
		outlet: 'AlterPresse (via Haitify)',
		about: 'First Kenyan contingent in Port-au-Prince',
		url: 'haitify.com'
	},
	{
		id: 'kenyan-post',
		kind: 'background',
		outlet: 'Kenyan Post (IG Koome)',
		about: 'Size of the first Kenyan group',
		url: 'kenyan-post.com'
	},
	{
		id: 'capitalfm-gsf',
		kind: 'background',
		outlet: 'Capital FM (Kenya)',
		about: 'Gang Suppression Force article',
		url: 'capitalfm.co.ke 2025/10',
		date: '2025-10'
	},
	{
		id: 'mb-ap',
		kind: 'background',
		outlet: 'Manila Bulletin (AP)',
		about: 'Jamaica’s contribution to the MSS',
		url: 'mb.com.ph'
	},
	{
		id: 'negasiranslan',
		kind: 'background',
		outlet: 'Negasiranslan (Haitian Times copy)',
		about: 'Jamaican and Belizean personnel arrive',
		url: 'negasiranslan.com'
	},
	{
		id: 'prensa-latina',
		kind: 'background',
		outlet: 'Voces del Sur (Prensa Latina)',
		about: 'Belize’s contribution to the MSS',
		url: 'vocesdelsur.prensa-latina.cu'
	},
	{
		id: 'kahawatungu-bahamas',
		kind: 'background',
		outlet: 'Kahawatungu',
		about: 'Bahamas advance team arrives',
		url: 'kahawatungu.com (Bahamas)'
	},
	{
		id: 'rbdf',
		kind: 'background',
		outlet: 'Royal Bahamas Defence Force',
		about: 'Bahamas contribution to the MSS',
		url: 'rbdf.gov.bs'
	},
	{
		id: 'frontierpost-reuters',
		kind: 'background',
		outlet: 'The Frontier Post (Reuters)',
		about: 'Guatemalan and Salvadoran personnel arrive in Haiti',
		url: 'thefrontierpost.com'
	},
	{
		id: 'haitichronicle',
		kind: 'background',
		outlet: 'Haiti Chronicle',
		about: 'Second Guatemalan group arrives',
		url: 'haitichronicle.com'
	},
	{
		id: 'ctninfo',
		kind: 'background',
		outlet: 'CTN Info',
		about: 'El Salvador and Benin contributions',
		url: 'ctninfo.com'
	},
	{
		id: 'reuters-socast',
		kind: 'background',
		outlet: 'Reuters (copy)',
		about: 'Countries notify the UN of their contributions',
		url: 'd2233.cms.socastsrm.com',
		date: '2024-02-29'
	},
	{
		id: 'radiotvdromage',
		kind: 'background',
		outlet: 'Radio Télé Dromage',
		about: 'Mission strength in February 2025',
		url: 'radiotvdromage'
	},
	{
		id: 'hch-efe',
		kind: 'background',
		outlet: 'HCH (EFE)',
		about: 'Mission strength in February 2025',
		url: 'hch.tv'
	},
	{
		id: 'un-sgsm22385',
		kind: 'background',
		outlet: 'UN Secretary-General statement SG/SM/22385',
		about: 'Secretary-General on the MSS trust fund',
		url: 'press.un.org/en/2024/sgsm22385.doc.htm',
		date: '2024-09-25'
	},
	{
		id: 'kbc',
		kind: 'background',
		outlet: 'KBC',
		about: 'Trust-fund pledges and receipts at the end of 2024',
		url: 'kbc.co.ke',
		date: '2025-02'
	},
	{
		id: 'the-star-freeze',
		kind: 'background',
		outlet: 'The Star (Kenya)',
		about: 'US freeze of its trust-fund contribution',
		url: 'the-star.co.ke 2025-02-06',
		date: '2025-02-06'
	},
	{
		id: 'carnegie',
		kind: 'background',
		outlet: 'Carnegie Endowment (Emissary)',
		about: 'Funding the Haiti mission',
		url: 'carnegieendowment.org/emissary/2024/09',
		date: '2024-09'
	},
	{
		id: 'cnn-webjosh',
		kind: 'background',
		outlet: 'CNN (via webjosh.com)',
		about: 'US pledges $300 million',
		url: 'webjosh.com',
		date: '2024-03-11'
	},
	{
		id: 'theeastafrican',
		kind: 'background',
		outlet: 'The EastAfrican',
		about: 'US pledges to the MSS',
		url: 'theeastafrican.co.ke',
		date: '2024-03-11'
	},
	{
		id: 'trt',
		kind: 'background',
		outlet: 'TRT Global',
		about: 'Kenya PS Sing’oei on US support',
		url: 'trt.global',
		date: '2025-02'
	},
	{
		id: 'miragenews',
		kind: 'background',
		outlet: 'Mirage News',
		about: 'Canada’s contributions to the MSS',
		url: 'miragenews.com'
	},
	{
		id: 'the-star',
		kind: 'background',
		outlet: 'The Star (Kenya)',
		about: 'Germany’s contribution',
		url: 'the-star.co.ke',
		date: '2024'
	},
	{
		id: 'danso',
		kind: 'background',
		outlet: 'danso.info (UN 2024 estimate, aggregator)',
		about: 'Population of Haiti',
		url: 'danso.info',
		date: '2024'
	},
	{
		id: 'lenouvelliste',
		kind: 'background',
		outlet: 'Le Nouvelliste',
		about: 'Haiti’s population, according to Haitian officials',
		url: 'lenouvelliste.com/en/article/243387',
		date: '2024'
	},
	{
		id: 'mercopress',
		kind: 'background',
		outlet: 'MercoPress',
		about: 'Transitional council replaces Prime Minister Conille',
		url: 'mercopress',
		date: '2024-11-11'
	},
	{
		id: 'cgtn',
		kind: 'background',
		outlet: 'CGTN',
		about: 'MSS mandate and BINUH support',
		url: 'cgtn'
	},
	{
		id: 'icihaiti',
		kind: 'background',
		outlet: 'Ici Haïti',
		about: 'Resolution 2743 extends BINUH',
		url: 'icihaiti.com'
	},
	{
		id: 'jamaicaobserver',
		kind: 'background',
		outlet: 'Jamaica Observer',
		about: 'CARICOM joint task force advanced team',
		url: 'jamaicaobserver'
	}
];
