import { csvFormat } from 'd3-dsv';
import { charts, type ChartId } from '$lib/charts/registry';
import type { ChartState } from '$lib/charts/types';
import { renderer } from './site';

const { dataset, markers } = renderer;

/**
 * The rows a chart draws, as its data table shows them, each with its evidence: the source's outlet,
 * whether it is the article or background, the verbatim quote, and its article offsets.
 */
export function chartRows(id: ChartId, state: ChartState) {
	const spec = charts[id];
	const table = spec.table(spec.select(dataset, state));
	const rows = table.rows.map((row) => ({
		...row.cells,
		provenance: row.evidence.some((e) => e.kind === 'article') ? 'article' : 'background',
		source: [...new Set(row.evidence.map((e) => markers.outlets[e.source]))].join('; '),
		quote: row.evidence.map((e) => e.quote).join(' | '),
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
	const keys = [...columns.map((c) => c.key), 'provenance', 'source', 'quote'];
	return csvFormat(
		rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k as keyof typeof r] ?? '']))),
		keys
	);
}
