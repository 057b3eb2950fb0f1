import { createHash } from 'node:crypto';
import { error, type RequestHandler } from '@sveltejs/kit';
import { today } from '$lib/charts/cards.server';
import { charts } from '$lib/charts/registry';
import { renderChartSvg } from '$lib/charts/render.server';
import { chartIds, type ChartId, type ChartState } from '$lib/charts/types';
import { dataset, datasetHash } from './dataset';
import { badRequest, parseQuery, type Rule } from './params';
import { svgToPng } from './png';
import { SizedCache } from './sizedCache';

const MIN_WIDTH = 320;
const MAX_WIDTH = 2400;
/** Largest image side in device pixels: 2400 px at 2x, 1200 px at 4x. */
export const MAX_PIXEL_WIDTH = 4800;

/** The chart an export URL names; any other id is a 404 that lists the ones there are. */
export function chartOf(id: string): ChartId {
	const found = chartIds.find((c) => c === id && charts[c]);
	if (!found)
		error(
			404,
			`No chart "${id.slice(0, 40)}". Charts: ${chartIds.filter((c) => charts[c]).join(', ')}`
		);
	return found;
}

const actorRule = (): Rule => ({ kind: 'enum', values: dataset.actors.map((a) => a.id) });

/** The query rules of an export: image size and theme for images, plus the chart's own state. */
export function rulesFor(id: ChartId, kind: 'image' | 'data') {
	const rules: Record<string, Rule> = {};
	if (kind === 'image') {
		rules.width = { kind: 'int', min: MIN_WIDTH, max: MAX_WIDTH, fallback: 720 };
		rules.scale = { kind: 'int', min: 1, max: 4, fallback: 1 };
		rules.theme = { kind: 'enum', values: ['light', 'dark'], fallback: 'light' };
	}
	if (id === 'network') rules.actor = actorRule();
	return rules;
}

interface ImageRequest {
	id: ChartId;
	width: number;
	scale: number;
	theme: 'light' | 'dark';
	state: ChartState;
	date: string;
	etag: string;
}

export function imageRequest(id: ChartId, url: URL): ImageRequest | Response {
	const q = parseQuery(url, rulesFor(id, 'image'));
	if (q instanceof Response) return q;
	const width = q.width as number;
	const scale = q.scale as number;
	if (width * scale > MAX_PIXEL_WIDTH) {
		return badRequest(
			'scale',
			`width × scale must be at most ${MAX_PIXEL_WIDTH} pixels (got ${width * scale})`,
			`scale ≤ ${Math.floor(MAX_PIXEL_WIDTH / width)} at width ${width}`
		);
	}
	const state: ChartState = q.actor ? { actor: q.actor as string } : {};
	const date = today();
	const key = JSON.stringify([id, width, scale, q.theme, state, date]);
	const etag = `"${datasetHash}-${createHash('sha1').update(key).digest('hex').slice(0, 12)}"`;
	return { id, width, scale, theme: q.theme as 'light' | 'dark', state, date, etag };
}

function chartSvg(r: Pick<ImageRequest, 'id' | 'width' | 'theme' | 'state' | 'date'>): string {
	return renderChartSvg(r.id, dataset, r.state, { width: r.width, theme: r.theme, date: r.date });
}

/** Rendered files by key, bounded by their bytes. */
export class ByteCache extends SizedCache<Buffer> {
	constructor(maxBytes: number) {
		super(maxBytes, (b) => b.length);
	}
}

/** Sends a cached or freshly made file with its ETag, answering 304 when the client has it. */
function sendCached(
	request: Request,
	cache: ByteCache,
	etag: string,
	type: string,
	make: () => Buffer,
	filename: string
): Response {
	const headers = {
		'content-type': type,
		etag,
		'cache-control': 'public, max-age=3600',
		'content-disposition': `inline; filename="${filename}"`
	};
	if (request.headers.get('if-none-match') === etag)
		return new Response(null, { status: 304, headers });
	let body = cache.get(etag);
	if (!body) {
		body = make();
		cache.set(etag, body);
	}
	return new Response(new Uint8Array(body), { headers });
}

export const fileName = (id: ChartId, suffix: string) => `mss-haiti-${id}${suffix}`;

/**
 * `/charts/{id}.svg` and `/charts/{id}.png`: the chart drawn by the page's own component, as a
 * standalone SVG, or that SVG rasterised by resvg with the page's font as TrueType. Each distinct
 * request is made once, then answered from a cache bounded in bytes.
 */
export function imageEndpoint(format: 'svg' | 'png'): RequestHandler<{ id: string }> {
	const cache = new ByteCache((format === 'png' ? 64 : 16) * 1024 * 1024);
	return ({ params, url, request }) => {
		const r = imageRequest(chartOf(params.id), url);
		if (r instanceof Response) return r;
		return format === 'svg'
			? sendCached(
					request,
					cache,
					r.etag,
					'image/svg+xml; charset=utf-8',
					() => Buffer.from(chartSvg(r)),
					fileName(r.id, '.svg')
				)
			: sendCached(
					request,
					cache,
					r.etag,
					'image/png',
					() => svgToPng(chartSvg(r), r.scale),
					fileName(r.id, `-${r.scale}x.png`)
				);
	};
}
