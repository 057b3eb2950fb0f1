import { chartIds, charts, type ChartId } from '$lib/charts/registry';
import type { ChartWords, Table } from '$lib/charts/types';
import { byId } from '$lib/data/lookup';
import type { Dataset, Rule } from '$lib/data/schema';
import { keyFigures, type KeyFigure } from '$lib/figures/keyFigures';
import { claim, ofActor, ofQuantity, ofRelation, type Claim } from './claim';
import { figureWords, relationIn } from './phrase';

/** Every sentence the page writes, each with what it rests on: the page and /api/claims.json read this. */
export interface PageClaims {
	headline: Claim;
	/** The document's title and description, in the same words as the headline. */
	title: string;
	description: string;
	figures: KeyFigure[];
	charts: Record<ChartId, ChartWords>;
	/** Each relation of the network, as its list and its panel write it. */
	relations: Claim[];
	/** Each chart's table, as its card shows it: /api/claims.json lists its rows. */
	tables: Record<ChartId, Table>;
	/** Every rule we derived a value by, once: the page lists them under Sources. */
	rules: Rule[];
}

/**
 * The page's sentences, built from the dataset by the phrasing alone. The headline joins two relations:
 * Ruto's call and Kenya's plan, in their own status (“is set to send”, never “sends”).
 */
export function pageClaims(ds: Dataset): PageClaims {
	const call = byId(ds.relations, 'ruto-urges-international-community');
	const plan = byId(ds.relations, 'kenya-deploys-to-haiti');
	const announced = byId(ds.quantities, plan.figures?.[0] ?? 'additional-officers');
	const ruto = byId(ds.actors, call.from);
	const headline = claim('headline', `${relationIn(ds, call)}; ${relationIn(ds, plan)}`, [
		ofRelation(call),
		ofRelation(plan),
		ofActor(ruto),
		ofQuantity(announced)
	]);
	const figures = keyFigures(ds);
	// Each chart's data selected once, for its words and its table.
	const selected = chartIds.map((id) => [id, charts[id].select(ds, {})] as const);
	const chartWords = Object.fromEntries(
		selected.map(([id, data]) => [id, charts[id].words(data)])
	) as PageClaims['charts'];
	const tables = Object.fromEntries(
		selected.map(([id, data]) => [id, charts[id].table(data)])
	) as PageClaims['tables'];
	const relations = ds.relations.map((r) =>
		claim(`relation-${r.id}`, relationIn(ds, r), [ofRelation(r)])
	);
	const page = {
		headline,
		title: `${figureWords(announced)} for Haiti, traced to the sentence · MSS Haiti dashboard`,
		description: `${headline.text}: the article’s figures and actors, with background reporting, as charts and a network map, each traced to its sentence.`,
		figures,
		charts: chartWords,
		relations
	};
	// The rules of our sentences and of the values in the charts' tables, each once.
	const tableRules = Object.values(tables).flatMap((t) => t.rows.flatMap((r) => r.rules ?? []));
	const rules = [...allClaims(page).flatMap((c) => c.rules), ...tableRules].filter(
		(r, i, list) => list.findIndex((o) => o.id === r.id) === i
	);
	return { ...page, tables, rules };
}

/** Every claim of the page in reading order: what /api/claims.json lists. */
export const allClaims = (p: Omit<PageClaims, 'rules' | 'tables'>): Claim[] => [
	p.headline,
	...p.figures.flatMap((f) => [f.claim, ...f.context]),
	...Object.values(p.charts).flatMap((w) => [w.title, w.subtitle, w.description]),
	...p.relations
];
