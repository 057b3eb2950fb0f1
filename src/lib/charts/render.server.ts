import { render } from 'svelte/server';
import type { Dataset } from '$lib/data/schema';
import Chart from './Chart.svelte';
import type { ThemeChoice } from './palette';
import { prepareChart } from './prepare';
import { charts } from './registry';
import type { ChartId, ChartState } from './types';

export interface SvgOptions {
	width: number;
	theme: Exclude<ThemeChoice, 'auto'>;
	/** The date printed on the credit line (YYYY-MM-DD). */
	date: string;
}

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
	const { body } = render(Chart, {
		props: { chart, uid: `mss-${id}`, theme: options.theme, standalone: true }
	});
	// Svelte's hydration markers are HTML comments: harmless in XML, but noise in a file people open.
	const svg = body.replace(/<!--[\s\S]*?-->/g, '').trim();
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
