import { isWorkerThread } from 'piscina';
import type { ChartId } from '$lib/charts/registry';
import type { ChartState } from '$lib/charts/types';
import { svgToPng } from '../png';
import { renderer } from '../site';

/** One exported image to make: what `/charts/{id}.svg|png` asked for, validated. */
export interface ExportJob {
	format: 'svg' | 'png';
	id: ChartId;
	state: ChartState;
	width: number;
	/** Device pixels per SVG unit (PNG only). */
	scale: number;
	theme: 'light' | 'dark';
	date: string;
	permalink: string;
}

/** Largest PNG in device pixels (width × height): about 64 MB of pixels while it is drawn. */
export const MAX_PNG_PIXELS = 16_000_000;

export type ExportResult =
	| { ok: true; bytes: Uint8Array }
	| { ok: false; parameter: string; message: string; allowed: string };

/**
 * Makes one export: the standalone SVG, and for a PNG that SVG rasterised. It runs in the render pool's
 * worker threads (see pool.ts), off the server's event loop; a PNG taller than the pixel limit allows
 * is refused before any pixel is drawn.
 */
export default function renderExport(job: ExportJob): ExportResult {
	const { id, state, width, theme, date, permalink } = job;
	const { svg, chart } = renderer.standalone(id, state, { width, theme, date, permalink });
	if (job.format === 'svg') return { ok: true, bytes: Buffer.from(svg) };
	const height = chart.frame.height;
	const pixels = width * height * job.scale ** 2;
	if (pixels > MAX_PNG_PIXELS) {
		const most = Math.floor(Math.sqrt(MAX_PNG_PIXELS / (width * height)));
		return {
			ok: false,
			parameter: 'scale',
			message: `this chart at width ${width} and scale ${job.scale} would be ${(pixels / 1e6).toFixed(1)} million pixels; the limit is ${MAX_PNG_PIXELS / 1e6} million`,
			allowed: most >= 1 ? `scale ≤ ${most} at width ${width}` : 'a smaller width'
		};
	}
	// The file says what it is and where it lives, for whoever finds it in a slide deck.
	const metadata = { title: chart.title, description: chart.description, source: permalink };
	return { ok: true, bytes: svgToPng(svg, job.scale, metadata) };
}

/** Where this module is once built: the pool's threads load it from there (see pool.ts). */
export const taskModule = import.meta.url;

// A thread's first PNG pays for loading the fonts and setting up the shaper (about 0.3 s of CPU): a
// pool's thread pays it as it starts, not while a reader waits.
if (isWorkerThread)
	renderExport({
		format: 'png',
		id: 'funding',
		state: {},
		width: 320,
		scale: 1,
		theme: 'light',
		date: '2026-01-01',
		permalink: 'warm-up'
	});
