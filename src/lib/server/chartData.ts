import { json, type RequestHandler } from '@sveltejs/kit';
import { csvFormat } from 'd3-dsv';
import { charts, type ChartId } from '$lib/charts/registry';
import type { ChartState } from '$lib/charts/types';
import { ruleNote } from '$lib/words/phrase';
import { chartOf } from './exports';
import { parseQuery } from './params';
import { datasetHash, renderer } from './site';

const { dataset, markers } = renderer;

/** The columns every row gets besides the table's own: a table may not reuse their names. */
export const evidenceColumns = ['rule', 'provenance', 'source', 'quote', 'records', 'evidence'];

/**
 * The rows a chart draws, as its data table shows them (with its Basis column), each with the rule of
 * any value we derived, and its evidence: the source's outlet, whether it is the article or background
 * (or none, for a row saying what our sources do not have), the verbatim quote, and its article offsets.
 */
export function chartRows(id: ChartId, state: ChartState) {
	const spec = charts[id];
	const table = spec.table(spec.select(dataset, state));
	const clash = table.columns.find((c) => evidenceColumns.includes(c.key));
	if (clash)
		throw new Error(`chart "${id}" column "${clash.key}" collides with an evidence column`);
	const rows = table.rows.map((row) => ({
		...row.cells,
		rule: ruleNote(row.rules ?? []),
		provenance: !row.evidence.length
			? 'none'
			: row.evidence.some((e) => e.kind === 'article')
				? 'article'
				: 'background',
		source: [...new Set(row.evidence.map((e) => markers.outlets[e.source]))].join('; '),
		quote: row.evidence.map((e) => e.quote).join(' | '),
		records: row.records ?? [],
		evidence: row.evidence.map(({ source, kind, quote, start, end }) => ({
			source,
			kind,
			quote,
			start,
			end
		}))
	}));
	return { chart: id, title: spec.title, columns: table.columns, rows };
}

export function chartCsv(id: ChartId, state: ChartState): string {
	const { columns, rows } = chartRows(id, state);
	const keys = [...columns.map((c) => c.key), 'rule', 'provenance', 'source', 'quote'];
	return csvFormat(
		rows.map((r) =>
			Object.fromEntries(keys.map((k) => [k, (r as Record<string, unknown>)[k] ?? '']))
		) as Record<string, string>[],
		keys
	);
}

/** `/data/{id}.csv` and `/data/{id}.json`: the rows of a chart, which take no query parameter. */
export function dataEndpoint(format: 'csv' | 'json'): RequestHandler<{ id: string }> {
	return ({ params, url }) => {
		const id = chartOf(params.id);
		const q = parseQuery(url, {});
		if (q instanceof Response) return q;
		const headers = {
			etag: `"${datasetHash}-${id}"`,
			'cache-control': 'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800'
		};
		if (format === 'json') return json(chartRows(id, {}), { headers });
		return new Response(chartCsv(id, {}), {
			headers: {
				...headers,
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="mss-haiti-${id}.csv"`
			}
		});
	};
}
