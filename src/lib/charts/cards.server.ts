import type { Dataset } from '$lib/data/schema';
import { serverDrawn } from '$lib/server/markup';
import DataTable from './DataTable.svelte';
import { prepareChart, type DrawableChart } from './prepare';
import { charts } from './registry';
import { cardMarkup } from './render.server';
import { chartIds, type ChartSpec, type ChartState, type Table } from './types';

/** The widths each card is laid out at; the card shows the widest that keeps text at 12 px or more. */
export const cardWidths = [300, 460, 720] as const;

/** Today's date for credit lines, in UTC so that every server prints the same. */
export const today = () => new Date().toISOString().slice(0, 10);

/** A chart laid out at each card width, narrowest first. */
export function atCardWidths<D, G extends { height: number }>(
	spec: ChartSpec<D, G>,
	dataset: Dataset,
	state: ChartState
) {
	const date = today();
	return cardWidths.map((width) =>
		prepareChart(spec, dataset, state, { width, standalone: false, date })
	);
}

/** Every registered chart as a page card: its words and table once, and its layout at each card width. */
export function prepareCards(dataset: Dataset, state: ChartState) {
	return chartIds.flatMap((id) => {
		const spec = charts[id];
		if (!spec) return [];
		const laid = atCardWidths(spec, dataset, state);
		const { title, subtitle, description, source, table } = laid[0]!;
		return [{ id, title, subtitle, description, source, table, laid }];
	});
}

/** A card's drawings, one per card width, as server markup. */
export const drawnVariants = (laid: DrawableChart[]) =>
	laid.map((chart) => ({ width: chart.frame.width, svg: cardMarkup(chart) }));

/** A card's data table, as server markup. */
export const drawnTable = (title: string, table: Table) =>
	serverDrawn(DataTable, { table, caption: `Data: ${title}` });

/** A card as a page sends it to the browser: its drawings and table as HTML, not as data. */
export const drawnCard = ({ table, laid, ...card }: ReturnType<typeof prepareCards>[number]) => ({
	...card,
	table: drawnTable(card.title, table),
	variants: drawnVariants(laid)
});

export type Card = ReturnType<typeof drawnCard>;
