import type { Dataset } from '$lib/data/schema';
import Chart from './Chart.svelte';
import { renderHtml, serverDrawn } from '$lib/server/markup';
import type { ThemeChoice } from './palette';
import { prepareChart, type DrawableChart } from './prepare';
import { charts } from './registry';
import type { ChartId, ChartState } from './types';

interface SvgOptions {
	width: number;
	theme: Exclude<ThemeChoice, 'auto'>;
	/** The date printed on the credit line (YYYY-MM-DD). */
	date: string;
}

/** A chart on a page card, drawn by the server (see serverDrawn), following the reader's colour scheme. */
export const cardMarkup = (chart: DrawableChart) =>
	serverDrawn(Chart, {
		chart,
		uid: `${chart.id}-${chart.frame.width}`,
		theme: 'auto' as const,
		standalone: false
	});

/**
 * A chart as a standalone SVG document, drawn by the same component as the page: title, subtitle,
 * legend, source and credit lines inside, fixed theme, no external references.
 */
export function renderChartSvg(
	id: ChartId,
	dataset: Dataset,
	state: ChartState,
	options: SvgOptions
): string {
	const spec = charts[id];
	if (!spec) throw new Error(`Unknown chart "${id}"`);
	const chart = prepareChart(spec, dataset, state, {
		width: options.width,
		standalone: true,
		date: options.date
	});
	const svg = renderHtml(Chart, {
		chart,
		uid: `mss-${id}`,
		theme: options.theme,
		standalone: true
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
