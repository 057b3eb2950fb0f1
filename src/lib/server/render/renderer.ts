import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { LRUCache } from 'lru-cache';
import Chart from '$lib/charts/Chart.svelte';
import { CARD_WIDTHS, prepareChart, type CardWidth, type PreparedChart } from '$lib/charts/prepare';
import { charts, type ChartId } from '$lib/charts/registry';
import type { ChartState } from '$lib/charts/types';
import type { Dataset } from '$lib/data/schema';
import { markerContext, type MarkerContext } from '$lib/sources/markerContext';

/** What every source marker needs to name its evidence: outlet by source, sentence number by highlight. */
export function markersOf(dataset: Dataset): MarkerContext {
	return {
		outlets: Object.fromEntries(dataset.sources.map((s) => [s.id, s.outlet])),
		numbers: Object.fromEntries(dataset.highlights.map((h, i) => [h.id, i + 1]))
	};
}

/** A component's HTML, as the server draws it: no hydration markers, since nothing hydrates it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Svelte's own bound on component props
export function renderHtml<Props extends Record<string, any>>(
	component: Component<Props>,
	props: NoInfer<Props>,
	markers: MarkerContext
): string {
	const { body } = render(component as Component<Props>, {
		props: props as Props,
		context: new Map([markerContext.entry(markers)])
	});
	return body.replace(/<!--[\s\S]*?-->/g, '').trim();
}

export interface SvgOptions {
	width: number;
	theme: 'light' | 'dark';
	/** The date printed on the credit line (YYYY-MM-DD). */
	date: string;
	/** Where the chart lives, printed on the credit line: `https://…/charts/troops`. */
	permalink: string;
}

/** A card of a page: the chart's words and table, drawn at the narrowest card width. */
export interface Card {
	id: ChartId;
	state: ChartState;
	title: string;
	subtitle: string;
	description: string;
	source: string;
	table: PreparedChart['table'];
	data: PreparedChart['data'];
	words: PreparedChart['words'];
	drawing: PreparedChart;
}

const stateKey = (state: ChartState) => state.actor ?? '';

/**
 * The one way from a dataset to a drawing. A renderer lays each card out once per chart, state and card
 * width, and serves the page's cards, the browser's wider drawings and the link previews from that one
 * result; a standalone SVG (and through it the PNG) is laid out from the same spec and component, at
 * the width asked, each time (its bytes are what the export endpoint keeps). The dataset is an
 * argument, so a fixture renders exactly as production data does.
 */
export function createRenderer(dataset: Dataset) {
	const markers = markersOf(dataset);
	// Charts × states × card widths: about 400 with every actor's selection.
	const laid = new LRUCache<string, PreparedChart>({ max: 400 });

	function prepared(id: ChartId, state: ChartState, width: number) {
		const key = `${id}|${stateKey(state)}|${width}`;
		let chart = laid.get(key);
		if (!chart) {
			chart = prepareChart(charts[id], dataset, state, { width });
			laid.set(key, chart);
		}
		return chart;
	}

	/** The chart as a standalone SVG document: title, legend, source and credit lines inside, one theme. */
	function standalone(id: ChartId, state: ChartState, options: SvgOptions) {
		const { width, date, permalink } = options;
		const chart = prepareChart(charts[id], dataset, state, { width, made: { date, permalink } });
		const drawn = renderHtml(
			Chart,
			{ chart, uid: `mss-${id}`, theme: options.theme, standalone: true },
			markers
		);
		return { chart, svg: `<?xml version="1.0" encoding="UTF-8"?>\n${drawn}\n` };
	}

	return {
		dataset,
		markers,
		prepared,
		standalone,

		/** A page card: words, table, and the drawing the page carries. */
		card(id: ChartId, state: ChartState = {}): Card {
			const drawing = prepared(id, state, CARD_WIDTHS[0]);
			const { title, subtitle, description, source, table, data, words } = drawing;
			return { id, state, title, subtitle, description, source, table, data, words, drawing };
		},

		/** A card's drawing at one of the card widths, as SVG markup that follows the reader's colour scheme. */
		cardSvg(id: ChartId, width: CardWidth, state: ChartState = {}): string {
			const chart = prepared(id, state, width);
			return renderHtml(
				Chart,
				{ chart, uid: `${id}-${width}`, theme: 'auto', standalone: false },
				markers
			);
		},

		/** The standalone SVG document alone. */
		svg: (id: ChartId, state: ChartState, options: SvgOptions) => standalone(id, state, options).svg
	};
}

export type Renderer = ReturnType<typeof createRenderer>;
