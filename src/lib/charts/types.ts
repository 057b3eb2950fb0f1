import type { Component } from 'svelte';
import type { Dataset, LocatedEvidence, RecordRef, Rule } from '$lib/data/schema';
import type { Claim } from '$lib/words/claim';
import type { ChartId } from './registry';

export type { ChartId };

/** Per-chart state that a URL can carry (`?actor=kenya` for the network). */
export interface ChartState {
	actor?: string;
}

/** Where a mark's figure comes from: article facts and background facts are drawn differently. */
export type Provenance = 'article' | 'background';

export function provenanceOf(evidence: LocatedEvidence[]): Provenance {
	return evidence.some((e) => e.kind === 'article') ? 'article' : 'background';
}

/** A mark's link to its evidence: the article highlight or the source entry, and the words it rests on. */
export interface MarkLink {
	href: string;
	provenance: Provenance;
	/** Ids of the article highlights the mark rests on (`hl-…`), for linking highlight ⇄ marks. */
	highlights: string[];
	/** What a screen reader and the tooltip say: the figure in words. */
	label: string;
}

export function markLink(label: string, evidence: LocatedEvidence[]): MarkLink {
	const article = evidence.find((e) => e.kind === 'article');
	return {
		href: (article ?? evidence[0])?.anchor ?? '#sources',
		provenance: article ? 'article' : 'background',
		highlights: evidence.filter((e) => e.kind === 'article').map((e) => e.anchor.slice(1)),
		label
	};
}

export interface LegendItem {
	label: string;
	/** Swatch class from the palette: `article`, `background`, `conflict`, `accent`, `neutral`. */
	swatch: string;
	shape?: 'rect' | 'line' | 'dashed' | 'circle' | 'diamond' | 'triangle' | 'rounded';
}

export interface TableColumn {
	key: string;
	label: string;
	numeric?: boolean;
}

export interface TableRow {
	cells: Record<string, string | number | null>;
	/** The row's evidence: source id, quote and on-page anchor. */
	evidence: LocatedEvidence[];
	/** The records the row shows, and the rules of any value in it that we derived. */
	records?: RecordRef[];
	rules?: Rule[];
}

export interface Table {
	columns: TableColumn[];
	rows: TableRow[];
}

export interface LayoutOptions {
	/** Width of the plot area in SVG units (the frame adds margins around it). */
	width: number;
}

/** The props every chart component takes. */
export interface ChartProps<Geometry> {
	geometry: Geometry;
	/** Unique id prefix of this SVG (pattern and clip ids must start with it). */
	uid: string;
	/** For the network map: where selecting an actor leads on the page that shows it. */
	selectHref?: (actor: string) => string;
	/** A downloaded SVG or PNG: nothing pans or zooms it. */
	standalone?: boolean;
}

/**
 * One chart: what it selects from the dataset, its pure layout, its generated description and table,
 * and the component that draws the layout (only the server draws charts). The page, the chart pages,
 * the embeds and /charts/{id}.svg|png all go through this spec.
 */
export interface ChartSpec<
	Data = unknown,
	Geometry extends { height: number } = { height: number }
> {
	id: ChartId;
	title: string;
	subtitle: (data: Data) => string;
	legend: LegendItem[];
	select: (dataset: Dataset, state: ChartState) => Data;
	layout: (data: Data, options: LayoutOptions) => Geometry;
	/** One sentence stating the main finding, generated from the data. */
	describe: (data: Data) => string;
	table: (data: Data) => Table;
	/** Draws the layout's geometry inside the chart frame. */
	component: Component<ChartProps<Geometry>>;
	/** Title, subtitle and finding as claims: each sentence with the records and rules it rests on. */
	words: (data: Data) => ChartWords;
}

/** A chart's own sentences, as the phrasing writes them (src/lib/words). */
export interface ChartWords {
	title: Claim;
	subtitle: Claim;
	description: Claim;
}
