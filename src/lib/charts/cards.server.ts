import type { Dataset } from '$lib/data/schema';
import { prepareChart } from './prepare';
import { charts } from './registry';
import { chartIds, type ChartState } from './types';

/** The widths each card is laid out at; the card shows the widest that keeps text at 12 px or more. */
export const cardWidths = [300, 460, 720] as const;

/** Today's date for credit lines, in UTC so that every server prints the same. */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * Every registered chart as a page card: its words and table once, and its drawing at each card
 * width. Only what the card shows goes in, since the page sends it to the browser for hydration.
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
		const variants = laid.map(({ frame, geometry }) => ({ frame, geometry }));
		return [{ id, title, subtitle, description, source, table, variants }];
	});
}

export type Card = ReturnType<typeof prepareCards>[number];
