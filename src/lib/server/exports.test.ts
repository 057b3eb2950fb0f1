import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { chartCsv, chartRows } from './chartData';
import { ByteCache, imageRequest, MAX_PIXEL_WIDTH } from './exports';

describe('ByteCache', () => {
	test('keeps at most its byte budget, dropping the least recently used', () => {
		const cache = new ByteCache(10);
		cache.set('a', Buffer.alloc(4));
		cache.set('b', Buffer.alloc(4));
		cache.get('a');
		cache.set('c', Buffer.alloc(4));
		expect(cache.get('b')).toBeUndefined();
		expect(cache.get('a')).toBeDefined();
		expect(cache.bytes).toBeLessThanOrEqual(10);
		cache.set('huge', Buffer.alloc(11));
		expect(cache.get('huge')).toBeUndefined();
	});
});

describe('imageRequest', () => {
	test('bounds the image: width × scale may not pass the pixel limit', async () => {
		const r = imageRequest('troops', new URL('http://x/charts/troops.png?width=2400&scale=4'));
		expect(r).toBeInstanceOf(Response);
		expect(((await (r as Response).json()) as { parameter: string }).parameter).toBe('scale');
		const ok = imageRequest(
			'troops',
			new URL(`http://x/charts/troops.png?width=${MAX_PIXEL_WIDTH / 2}&scale=2`)
		);
		expect(ok).not.toBeInstanceOf(Response);
	});

	test('the ETag changes with every parameter', () => {
		const tag = (q: string) =>
			(imageRequest('troops', new URL(`http://x/charts/troops.png${q}`)) as { etag: string }).etag;
		const tags = new Set(['', '?scale=2', '?width=800', '?theme=dark'].map(tag));
		expect(tags.size).toBe(4);
	});

	test('accepts actor only for the network', async () => {
		const r = imageRequest('troops', new URL('http://x/charts/troops.png?actor=kenya'));
		expect(r).toBeInstanceOf(Response);
		expect(((await (r as Response).json()) as { parameter: string }).parameter).toBe('actor');
		const network = imageRequest('network', new URL('http://x/charts/network.png?actor=kenya'));
		expect(network).not.toBeInstanceOf(Response);
		expect((network as { state: unknown }).state).toEqual({ actor: 'kenya' });
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
				expect(row.basis, `row ${i}`).toMatch(/^(stated by the source|.+ said|our calculation†)$/);
				expect(row.rule).toBe(json.rows[i]!.rule);
				expect(row.basis === 'our calculation†', `row ${i}`).toBe(row.rule!.startsWith('†'));
			});
		}
	);
});
