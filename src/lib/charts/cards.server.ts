import type { Dataset } from '$lib/data/schema';
import { serverDrawn } from '$lib/server/markup';
import DataTable from './DataTable.svelte';
import { prepareChart } from './prepare';
import { charts } from './registry';
import { cardMarkup } from './render.server';
import { chartIds, type ChartState } from './types';

/** The widths each card is laid out at; the card shows the widest that keeps text at 12 px or more. */
export const cardWidths = [300, 460, 720] as const;

/** Today's date for credit lines, in UTC so that every server prints the same. */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * Every registered chart as a page card: its words and table once, and its drawing at each card
 * width, as server markup.
 */
export function prepareCards(dataset: Dataset, state: ChartState) {
	const date = today();
	return chartIds.flatMap((id) => {
		const spec = charts[id];
		if (!spec) return [];
		const laid = cardWidths.map((width) =>
			prepareChart(spec, dataset, state, { width, standalone: false, date })
		);
		const { title, subtitle, description, source, table } = laid[0]!;
		const variants = laid.map((chart) => ({ width: chart.frame.width, svg: cardMarkup(chart) }));
		return [{ id, title, subtitle, description, source, table, variants }];
	});
}

type PreparedCard = ReturnType<typeof prepareCards>[number];

/** The server-drawn data table of a card. */
export const drawnTable = (card: Pick<PreparedCard, 'title' | 'table'>) =>
	serverDrawn(DataTable, { table: card.table, caption: `Data: ${card.title}` });

/** A card as a page sends it to the browser: its drawings and table as HTML, not as data. */
export const drawnCard = ({ table, ...card }: PreparedCard) => ({
	...card,
	table: drawnTable({ title: card.title, table })
});

export type Card = ReturnType<typeof drawnCard>;
