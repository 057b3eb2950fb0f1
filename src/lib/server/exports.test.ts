import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { chartCsv, chartRows } from './chartData';
import { imageRequest, MAX_PIXEL_WIDTH } from './exports';
import renderExport, { MAX_PNG_PIXELS } from './render/task';

const request = (id: 'troops' | 'network' | 'timeline', format: 'svg' | 'png', q: string) =>
	imageRequest(id, format, new URL(`http://x/charts/${id}.${format}${q}`));

const parameterOf = async (r: unknown) =>
	((await (r as Response).json()) as { parameter: string }).parameter;

describe('imageRequest', () => {
	test('bounds the image: width × scale may not pass the pixel limit', async () => {
		const r = request('troops', 'png', '?width=2400&scale=4');
		expect(r).toBeInstanceOf(Response);
		expect(await parameterOf(r)).toBe('scale');
		expect(request('troops', 'png', `?width=${MAX_PIXEL_WIDTH / 2}&scale=2`)).not.toBeInstanceOf(
			Response
		);
	});

	test('the ETag changes with every parameter, and an SVG ignores the scale', () => {
		const tag = (format: 'svg' | 'png', q: string) =>
			(request('troops', format, q) as { etag: string }).etag;
		const tags = new Set(['', '?scale=2', '?width=800', '?theme=dark'].map((q) => tag('png', q)));
		expect(tags.size).toBe(4);
		expect(tag('svg', '?scale=2')).toBe(tag('svg', ''));
	});

	test('accepts actor only for the network', async () => {
		const r = request('troops', 'png', '?actor=kenya');
		expect(r).toBeInstanceOf(Response);
		expect(await parameterOf(r)).toBe('actor');
		const network = request('network', 'png', '?actor=kenya');
		expect(network).not.toBeInstanceOf(Response);
		expect((network as { job: { state: unknown } }).job.state).toEqual({ actor: 'kenya' });
	});

	test('prints the chart’s permalink on the file, with the selected actor', () => {
		const network = request('network', 'svg', '?actor=kenya') as { job: { permalink: string } };
		expect(network.job.permalink).toMatch(/\/charts\/network\/kenya$/);
	});
});

describe('renderExport', () => {
	test('refuses a PNG past the pixel limit, naming the scale and what would fit', () => {
		const { job } = request('timeline', 'png', '?width=1200&scale=4') as Exclude<
			ReturnType<typeof request>,
			Response
		>;
		const result = renderExport(job);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.parameter).toBe('scale');
		expect(result.message).toContain(`${MAX_PNG_PIXELS / 1e6} million`);
	});
});

describe('chart data', () => {
	test('CSV rows match the JSON rows, with source and quote columns correctly quoted', () => {
		const json = chartRows('troops', {});
		const csv = csvParse(chartCsv('troops', {}));
		expect(csv.length).toBe(json.rows.length);
		expect(csv.columns).toEqual([
			...json.columns.map((c) => c.key),
			'rule',
			'provenance',
			'source',
			'quote'
		]);
		csv.forEach((row, i) => {
			expect(row.quote).toBe(json.rows[i]!.quote);
			expect(row.source).toBe(json.rows[i]!.source);
		});
		expect(csv.some((r) => r.quote!.includes('"'))).toBe(true);
	});

	test.each(['troops', 'contributors', 'timeline', 'funding', 'network'] as const)(
		'%s: every row says its basis, and a derived value its rule, in CSV and JSON alike',
		(id) => {
			const json = chartRows(id, {});
			const csv = csvParse(chartCsv(id, {}));
			expect(new Set(csv.columns).size, 'no column twice').toBe(csv.columns.length);
			csv.forEach((row, i) => {
				expect(row.basis, `row ${i}`).toMatch(
					/^(stated by the source|.+ said|our calculation†|none in our sources)$/
				);
				expect(row.basis === 'none in our sources', `row ${i} names no source`).toBe(
					row.source === ''
				);
				expect(row.provenance === 'none', `row ${i}`).toBe(row.source === '');
				expect(row.rule).toBe(json.rows[i]!.rule);
				expect(row.basis === 'our calculation†', `row ${i}`).toBe(row.rule!.startsWith('†'));
			});
		}
	);
});
