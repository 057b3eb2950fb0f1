import type { Dataset } from '$lib/data/schema';
import { prepareChart } from './prepare';
import { charts } from './registry';
import { chartIds, type ChartState } from './types';

/** The widths each card is laid out at; the card shows the widest that keeps text at 12 px or more. */
export const cardWidths = [300, 460, 720] as const;

/** Today's date for credit lines, in UTC so that every server prints the same. */
export const today = () => new Date().toISOString().slice(0, 10);

/** Every registered chart, laid out at each card width, in the page's order. */
export function prepareCards(dataset: Dataset, state: ChartState) {
	const date = today();
	return chartIds.flatMap((id) => {
		const spec = charts[id];
		if (!spec) return [];
		return [
			cardWidths.map((width) =>
				prepareChart(spec, dataset, state, { width, standalone: false, date })
			)
		];
	});
}
