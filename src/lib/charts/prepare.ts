import type { Dataset } from '$lib/data/schema';
import { ruleNote } from '$lib/words/phrase';
import { frameLayout, plotWidthOf } from './frame/frameLayout';
import type { ChartSpec, ChartState, Table } from './types';

export const SITE_NAME = 'MSS Haiti dashboard';

/**
 * The widths a chart is drawn at for a card, narrowest first. The page carries the first, which every
 * screen can read; a wider card fetches the widest whose 13-unit text stays at 12 px or more.
 */
export const CARD_WIDTHS = [300, 460, 720] as const;
export type CardWidth = (typeof CARD_WIDTHS)[number];

/** "Sources: allAfrica (article); background: Reuters, UN …" from the outlets a table's rows cite. */
export function sourceLine(table: Table, dataset: Dataset): string {
	const ids = new Set(table.rows.flatMap((r) => r.evidence.map((e) => e.source)));
	const outlets = (kind: 'article' | 'background') => [
		...new Set(dataset.sources.filter((s) => s.kind === kind && ids.has(s.id)).map((s) => s.outlet))
	];
	const article = outlets('article');
	const background = outlets('background');
	const parts = [
		article.length ? `${article.join(', ')} article (solid marks)` : '',
		background.length ? `background: ${background.join('; ')} (hatched marks)` : ''
	].filter(Boolean);
	// A value we derived carries † in the chart; the footer names each rule, so an exported image says it.
	const rules = table.rows
		.flatMap((r) => r.rules ?? [])
		.filter((r, i, list) => list.findIndex((o) => o.id === r.id) === i);
	return [`Sources: ${parts.join('; ')}.`, ruleNote(rules)].filter(Boolean).join(' ');
}

/** Everything a chart needs to draw once: its data, plot geometry, frame, words and table. */
export function prepareChart<D, G extends { height: number }>(
	spec: ChartSpec<D, G>,
	dataset: Dataset,
	state: ChartState,
	options: {
		/** Width of the whole drawing, frame included, in SVG units. */
		width: number;
		/**
		 * For a standalone file (title, legend, source and credit inside the SVG): the day it was made
		 * and where the chart lives, for its credit line. Without it, the chart is drawn for a card.
		 */
		made?: { date: string; permalink: string };
	}
) {
	const data = spec.select(dataset, state);
	const geometry = spec.layout(data, { width: plotWidthOf(options.width) });
	const table = spec.table(data);
	const subtitle = spec.subtitle(data);
	const source = sourceLine(table, dataset);
	const credit = options.made
		? `${SITE_NAME} · ${options.made.permalink} · meeting of ${dataset.meeting.date} · made ${options.made.date}`
		: '';
	const frame = frameLayout({
		width: options.width,
		title: spec.title,
		subtitle,
		legend: spec.legend,
		sourceLine: source,
		creditLine: credit,
		standalone: !!options.made,
		plotHeight: geometry.height
	});
	return {
		id: spec.id,
		title: spec.title,
		subtitle,
		description: spec.describe(data),
		/** The same sentences as claims, with what each rests on, for the page to show their evidence. */
		words: spec.words(data),
		data,
		geometry,
		frame,
		table,
		source,
		credit
	};
}

export type PreparedChart = ReturnType<typeof prepareChart>;

/** What drawing a chart takes: no data, no table. */
export type DrawableChart = Pick<
	PreparedChart,
	'id' | 'title' | 'description' | 'frame' | 'geometry'
>;
