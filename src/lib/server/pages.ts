import { segmentArticle } from '$lib/article/segments';
import { supportsByHighlight } from '$lib/article/supports';
import { CARD_WIDTHS } from '$lib/charts/prepare';
import { chartIds, type ChartId } from '$lib/charts/registry';
import type { ChartState } from '$lib/charts/types';
import facts from '$lib/data/facts.md?raw';
import { notChartedLines } from '$lib/data/notCharted';
import { plainFacts } from '$lib/data/validate';
import { citationsBySource } from '$lib/sources/citations';
import { pageClaims } from '$lib/words/page';
import { chartPageUrl, embedUrl, previewUrl, selectionUrl } from '$lib/urls';
import { absolute, renderer } from './site';

const { dataset } = renderer;
const article = dataset.sources.find((s) => s.kind === 'article')!;
// Every sentence the dashboard writes, with what it rests on (the same function serves /api/claims.json).
const claims = pageClaims(dataset);
const figures = claims.figures;
/** What the sources section lists besides the sources: our rules, and the conflicts not charted. */
const method = { rules: claims.rules, notCharted: notChartedLines(plainFacts(facts)) };
const SITE = 'MSS Haiti dashboard';

/** What a page tells link previews (Open Graph, Twitter cards): its image shows exactly what the link shows. */
export interface Preview {
	/** The page's title, and the shorter one its image carries. */
	title: string;
	headline: string;
	description: string;
	/** Absolute URL of the page and of its 1200×630 image. */
	url: string;
	image: string;
	imageAlt: string;
	/** The chart the image shows, in the page's state. */
	chart: { id: ChartId; state: ChartState };
}

function preview(
	path: string,
	headline: string,
	description: string,
	chart: { id: ChartId; state: ChartState }
): Preview {
	const card = renderer.card(chart.id, chart.state);
	return {
		title: `${headline} · ${SITE}`,
		headline,
		description,
		url: absolute(path),
		image: absolute(previewUrl(path)),
		imageAlt: `${headline}. Chart: ${card.title}. ${card.description}`,
		chart
	};
}

/** A known actor id, or a 404 that names the one asked for. */
export function actorOf(id: string) {
	const actor = dataset.actors.find((a) => a.id === id);
	return actor ?? null;
}

/** The share menu's URLs for a card: its page, its embed, and the embed's height without the resizer. */
function share(id: ChartId, state: ChartState) {
	const wide = renderer.prepared(id, state, CARD_WIDTHS.at(-1)!);
	return {
		page: absolute(chartPageUrl(id, state.actor)),
		embed: absolute(embedUrl(id, state.actor)),
		// The card's words, source line and menus take about this much beside the drawing.
		embedHeight: Math.round(wide.frame.height + 380)
	};
}

/** A chart card with what its share menu needs. */
export function cardOf(id: ChartId, state: ChartState = {}) {
	return { card: renderer.card(id, state), share: share(id, state) };
}

const citations = citationsBySource(dataset);

/** The dashboard, with `actor` selected in the network map or with none. */
export function dashboard(actor: string | null) {
	const cards = chartIds.map((id) => cardOf(id, id === 'network' && actor ? { actor } : {}));
	const name = actor ? actorOf(actor)?.name : undefined;
	const network = cards.find((c) => c.card.id === 'network')!;
	return {
		headline: claims.headline,
		meeting: dataset.meeting,
		outlet: article.outlet,
		paragraphs: segmentArticle(article.text!, dataset.highlights),
		supports: supportsByHighlight(
			dataset,
			figures,
			cards.map((c) => c.card)
		),
		figures: figures.map((f) => ({
			...f,
			article: f.claim.evidence.some((e) => e.kind === 'article')
		})),
		quotes: dataset.quotes.map((q) => ({
			...q,
			speakerName: dataset.actors.find((a) => a.id === q.speaker)!.name
		})),
		// The background sources something here rests on, each with the words it is cited for.
		sources: dataset.sources.filter((s) => s.kind === 'background' && citations[s.id]),
		citations,
		...method,
		cards: cards.filter((c) => c.card.id !== 'network'),
		network,
		preview: name
			? preview(
					selectionUrl('/', actor),
					`${name} among the actors of the MSS mission in Haiti`,
					network.card.description,
					{ id: 'network', state: { actor: actor! } }
				)
			: preview('/', claims.title.replace(/ · MSS Haiti dashboard$/, ''), claims.description, {
					id: cards[0]!.card.id,
					state: {}
				})
	};
}

/** A chart's own page: the card, the article sentences it draws on, and the sources it cites. */
export function chartPage(id: ChartId, actor: string | null) {
	const { card, share: links } = cardOf(id, actor ? { actor } : {});
	const words = [card.words.title, card.words.subtitle, card.words.description];
	// The rules of this chart's sentences and table, listed on its page, where its † marks lead.
	const rules = [
		...words.flatMap((c) => c.rules),
		...card.table.rows.flatMap((r) => r.rules ?? [])
	].filter((r, i, list) => list.findIndex((o) => o.id === r.id) === i);
	// Everything the page links to: its sentences, its table's rows and its rules, and for the network
	// its actors' panels and quotes; every one of those sentences and sources is on the page.
	const evidence = [
		...words.flatMap((c) => c.evidence),
		...card.table.rows.flatMap((r) => r.evidence),
		...rules.flatMap((r) => r.evidence),
		...(id === 'network' ? [...dataset.actors, ...dataset.quotes].flatMap((r) => r.evidence) : [])
	];
	const cited = new Set(evidence.map((e) => e.source));
	const anchors = new Set(evidence.map((e) => e.anchor));
	return {
		card,
		share: links,
		sentences: dataset.highlights.filter((h) => anchors.has(`#${h.id}`)),
		outlet: article.outlet,
		sources: dataset.sources.filter((s) => s.kind === 'background' && cited.has(s.id)),
		citations,
		rules,
		preview: preview(
			chartPageUrl(id, actor),
			actor ? `${card.title}: ${actorOf(actor)?.name}` : card.title,
			card.description,
			{ id, state: card.state }
		)
	};
}
