import { error } from '@sveltejs/kit';
import { CARD_WIDTHS, type CardWidth } from '$lib/charts/prepare';
import { chartIds, isChartId } from '$lib/charts/registry';
import { renderer } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * A card's drawing at a wider card width (`/drawings/troops-720.svg`), as markup that a page puts in
 * place of its narrow drawing when the card has room: prerendered, one file per chart and width.
 */
export const prerender = true;

export const entries = (() =>
	chartIds.flatMap((id) =>
		CARD_WIDTHS.slice(1).map((width) => ({ drawing: `${id}-${width}` }))
	)) satisfies EntryGenerator;

export const GET: RequestHandler = ({ params }) => {
	const [, id, width] = /^([a-z]+)-(\d+)$/.exec(params.drawing) ?? [];
	if (!id || !isChartId(id) || !CARD_WIDTHS.includes(Number(width) as CardWidth))
		error(404, `No drawing "${params.drawing.slice(0, 40)}"`);
	return new Response(renderer.cardSvg(id, Number(width) as CardWidth), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
