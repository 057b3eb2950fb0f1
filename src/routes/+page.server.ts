import ArticleReader from '$lib/article/ArticleReader.svelte';
import { segmentArticle } from '$lib/article/segments';
import { supportsByHighlight } from '$lib/article/supports';
import { hiddenBy, prepareNetwork } from '$lib/charts/network/card.server';
import facts from '$lib/data/facts.md?raw';
import { notChartedLines } from '$lib/data/notCharted';
import { plainFacts } from '$lib/data/validate';
import { drawnCards, laidCards } from '$lib/server/cards';
import { dataset } from '$lib/server/dataset';
import { serverDrawn } from '$lib/server/markup';
import { citationsBySource } from '$lib/sources/citations';
import SourceList from '$lib/sources/SourceList.svelte';
import { shown, shownWords } from '$lib/words/shown.server';
import { pageClaims } from '$lib/words/page';
import type { PageServerLoad } from './$types';

const article = dataset.sources.find((s) => s.kind === 'article')!;
// Every sentence the page writes, with what it rests on (the same function serves /api/claims.json).
const claims = pageClaims(dataset);
const figures = claims.figures;

/**
 * Everything on the page that depends on the dataset alone: shaped once, when the server starts. What
 * JavaScript never changes (the charts, their tables, the article, the sources) goes as HTML only.
 */
const page = {
	meeting: dataset.meeting,
	article: {
		outlet: article.outlet,
		reader: serverDrawn(ArticleReader, {
			paragraphs: segmentArticle(article.text!, dataset.highlights),
			supports: supportsByHighlight(dataset, figures, laidCards)
		})
	},
	figures: figures.map((f) => ({
		...f,
		claim: shown(f.claim),
		context: f.context.map(shown),
		article: f.claim.evidence.some((e) => e.kind === 'article')
	})),
	quotes: dataset.quotes.map((q) => ({
		...q,
		speakerName: dataset.actors.find((a) => a.id === q.speaker)!.name
	})),
	sources: serverDrawn(SourceList, {
		sources: dataset.sources.filter((s) => s.kind === 'background'),
		citations: citationsBySource(dataset),
		rules: claims.rules,
		notCharted: notChartedLines(plainFacts(facts))
	}),
	claims: {
		headline: shown(claims.headline),
		title: claims.title,
		description: claims.description,
		charts: Object.fromEntries(Object.entries(claims.charts).map(([id, w]) => [id, shownWords(w)]))
	},
	charts: drawnCards
};

export const load = (({ url }) => ({
	...page,
	// The network has its own card, which carries the selected actor (`?actor=`, validated there) and
	// the filters (a GET form that works without JavaScript).
	network: prepareNetwork(
		dataset,
		url.searchParams.get('actor'),
		hiddenBy(url.searchParams, dataset.relations)
	)
})) satisfies PageServerLoad;
