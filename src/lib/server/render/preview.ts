import { CARD_WIDTHS } from '$lib/charts/prepare';
import PreviewCard from '$lib/charts/preview/Preview.svelte';
import { previewLayout } from '$lib/charts/preview/layout';
import type { Preview } from '../pages';
import { svgToPng } from '../png';
import { renderHtml, type Renderer } from './renderer';

/**
 * A page's link preview as a PNG: the chart's card drawing (with the page's selection) composed with
 * the page's title and the chart's finding, drawn by the same components and rasterised like an export.
 * Prerendered with the pages, so that a preview always shows exactly what its link shows.
 */
export function previewPng(renderer: Renderer, preview: Preview): Uint8Array {
	const { id, state } = preview.chart;
	const chart = renderer.prepared(id, state, CARD_WIDTHS.at(-1)!);
	const geometry = previewLayout({
		kicker: 'MSS Haiti dashboard',
		title: preview.headline,
		finding: chart.description,
		footer: `Every figure traced to its sentence · ${preview.url.replace(/^https?:\/\//, '')}`,
		chart
	});
	return svgToPng(renderHtml(PreviewCard, { geometry }, renderer.markers), 1, {
		title: preview.headline,
		description: preview.imageAlt,
		source: preview.url
	});
}
