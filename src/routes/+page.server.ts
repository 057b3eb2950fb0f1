import { segmentArticle } from '$lib/article/segments';
import { supportsByHighlight } from '$lib/article/supports';
import { prepareCards } from '$lib/charts/cards.server';
import { prepareNetwork } from '$lib/charts/network/card.server';
import { keyFigures } from '$lib/figures/keyFigures';
import { dataset } from '$lib/server/dataset';
import { citationsBySource } from '$lib/sources/citations';
import type { PageServerLoad } from './$types';

const article = dataset.sources.find((s) => s.kind === 'article')!;
const figures = keyFigures(dataset);
// The charts depend on the dataset alone (the network's selected actor is its own card's business).
const cards = prepareCards(dataset, {});

/** Everything on the page that depends on the dataset alone: shaped once, when the server starts. */
const page = {
	meeting: dataset.meeting,
	article: {
		outlet: article.outlet,
		url: article.url,
		paragraphs: segmentArticle(article.text!, dataset.highlights)
	},
	figures,
	quotes: dataset.quotes.map((q) => ({
		...q,
		speakerName: dataset.actors.find((a) => a.id === q.speaker)!.name
	})),
	sources: dataset.sources.filter((s) => s.kind === 'background'),
	citations: citationsBySource(dataset),
	supports: supportsByHighlight(dataset, figures, cards),
	charts: cards.filter((card) => card.id !== 'network')
};

export const load = (({ url }) => ({
	...page,
	// The network has its own card, which carries the selected actor (`?actor=`, validated there).
	network: prepareNetwork(dataset, url.searchParams.get('actor'))
})) satisfies PageServerLoad;
