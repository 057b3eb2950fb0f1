import { createHash } from 'node:crypto';
import { error, type RequestHandler } from '@sveltejs/kit';
import { LRUCache } from 'lru-cache';
import { chartIds, isChartId, type ChartId } from '$lib/charts/registry';
import type { ChartState } from '$lib/charts/types';
import { chartPageUrl } from '$lib/urls';
import { absolute, dataset, datasetHash } from './site';
import { badRequest, parseQuery, type Rule } from './params';
import { PoolBusy, runExport } from './render/pool';
import type { ExportJob } from './render/task';

const MIN_WIDTH = 320;
const MAX_WIDTH = 2400;
/** Largest image side in device pixels: 2400 px at 2x, 1200 px at 4x. */
export const MAX_PIXEL_WIDTH = 4800;

/** The chart an export URL names; any other id is a 404 that lists the ones there are. */
export function chartOf(id: string): ChartId {
	if (!isChartId(id)) error(404, `No chart "${id.slice(0, 40)}". Charts: ${chartIds.join(', ')}`);
	return id;
}

const actorRule = (): Rule => ({ kind: 'enum', values: dataset.actors.map((a) => a.id) });

/** The query rules of an export: image size and theme for images, plus the chart's own state. */
export function rulesFor(id: ChartId, kind: 'image' | 'data') {
	const rules: Record<string, Rule> = {};
	if (kind === 'image') {
		rules.width = { kind: 'int', min: MIN_WIDTH, max: MAX_WIDTH, fallback: 720 };
		rules.scale = { kind: 'int', min: 1, max: 4, fallback: 1 };
		rules.theme = { kind: 'enum', values: ['light', 'dark'], fallback: 'light' };
		if (id === 'network') rules.actor = actorRule();
	}
	return rules;
}

/** Today's date for credit lines, in UTC so that every server prints the same. */
const today = () => new Date().toISOString().slice(0, 10);

/** An image request, validated: the export job and its ETag, or the 400 to send. */
export function imageRequest(
	id: ChartId,
	format: ExportJob['format'],
	url: URL
): { job: ExportJob; etag: string } | Response {
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
	const job: ExportJob = {
		format,
		id,
		state,
		width,
		// An SVG has no pixels: one file whatever the scale asked.
		scale: format === 'png' ? scale : 1,
		theme: q.theme as 'light' | 'dark',
		date: today(),
		permalink: absolute(chartPageUrl(id, state.actor))
	};
	const key = JSON.stringify(job);
	return {
		job,
		etag: `"${datasetHash}-${createHash('sha1').update(key).digest('hex').slice(0, 12)}"`
	};
}

export const fileName = (job: ExportJob) =>
	`mss-haiti-${job.id}${job.state.actor ? `-${job.state.actor}` : ''}${job.theme === 'dark' ? '-dark' : ''}${job.format === 'png' ? `-${job.scale}x` : ''}.${job.format}`;

const types = { svg: 'image/svg+xml; charset=utf-8', png: 'image/png' };

/**
 * `/charts/{id}.svg` and `/charts/{id}.png`: the chart drawn by the page's own component as a
 * standalone SVG, or that SVG rasterised, made in the render pool (see render/pool.ts). Each distinct
 * request is made once, by one thread even when asked for many times at once, then answered from a
 * cache bounded in bytes. When the pool is full the answer is 503 with Retry-After.
 */
export function imageEndpoint(format: ExportJob['format']): RequestHandler<{ id: string }> {
	// Bounded in bytes: the server's memory budget (400 MB, every process) holds these, the pages and
	// the render threads; a CDN in front keeps what readers ask for most.
	const made = new LRUCache<string, Uint8Array>({
		maxSize: (format === 'png' ? 24 : 8) * 1024 * 1024,
		sizeCalculation: (bytes) => bytes.length
	});
	const making = new Map<string, ReturnType<typeof runExport>>();
	return async ({ params, url, request }) => {
		const r = imageRequest(chartOf(params.id), format, url);
		if (r instanceof Response) return r;
		const headers = {
			'content-type': types[format],
			etag: r.etag,
			'cache-control': 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800',
			'content-disposition': `inline; filename="${fileName(r.job)}"`
		};
		if (request.headers.get('if-none-match') === r.etag)
			return new Response(null, { status: 304, headers });
		let bytes = made.get(r.etag);
		if (!bytes) {
			let pending = making.get(r.etag);
			if (!pending) {
				try {
					pending = runExport(r.job);
				} catch (e) {
					if (e instanceof PoolBusy) return busy();
					throw e;
				}
				making.set(r.etag, pending);
				void pending.finally(() => making.delete(r.etag)).catch(() => {});
			}
			const result = await pending;
			if (!result.ok) return badRequest(result.parameter, result.message, result.allowed);
			bytes = result.bytes;
			made.set(r.etag, bytes);
		}
		return new Response(bytes as Uint8Array<ArrayBuffer>, { headers });
	};
}

function busy(): Response {
	return new Response(
		JSON.stringify({
			error: 'Too many images are being drawn right now; try again in a few seconds.'
		}),
		{
			status: 503,
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'retry-after': '5',
				'cache-control': 'no-store'
			}
		}
	);
}
