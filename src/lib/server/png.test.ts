import { Resvg } from '@resvg/resvg-wasm';
import { describe, expect, test } from 'vitest';
import { chartIds } from '$lib/charts/registry';
import { expectSamePicture, inkIn } from './png/pixels';
import { rasterise, svgToPng } from './png';
import { prepareSvg } from './png/prepareSvg';
import { fontPaths } from './png/textRun';
import { renderer } from './site';

const chartSvg = (id: (typeof chartIds)[number], theme: 'light' | 'dark' = 'light', width = 640) =>
	renderer.svg(
		id,
		{},
		{ width, theme, date: '2026-01-01', permalink: 'https://example.org/charts/' + id }
	);

const svg = chartSvg('troops');

describe('svgToPng', () => {
	test.each([1, 2, 4])(
		'at scale %i the PNG is width × scale wide, with a valid signature',
		(scale) => {
			const png = svgToPng(svg, scale);
			expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
			expect(png.toString('ascii', 12, 16)).toBe('IHDR');
			expect(png.readUInt32BE(16)).toBe(640 * scale);
			const height = Number(/viewBox="0 0 640 (\d+)"/.exec(svg)![1]);
			expect(png.readUInt32BE(20)).toBe(height * scale);
		}
	);

	test('draws the whole image: the same size and pixels as resvg without the crop option', () => {
		const plain = new Resvg(prepareSvg(svg).svg, {
			font: { fontBuffers: [] },
			fitTo: { mode: 'zoom', value: 2 },
			textRendering: 1,
			shapeRendering: 2
		}).render();
		const ours = rasterise(svg, 2);
		expect([ours.width, ours.height]).toEqual([plain.width, plain.height]);
		expect(ours.pixels.equals(plain.pixels)).toBe(true);
		plain.free();
	});

	test('draws the title text', () => {
		// The title sits in the first 32 SVG units: with the font it carries ink, without it nothing.
		expect(inkIn(rasterise(svg, 1), 12, 32)).toBeGreaterThan(0.02);
	});

	test('the text check fails for a PNG rendered as text without the font', () => {
		expect(inkIn(rasterise(svg, 1, []), 12, 32)).toBe(0);
	});
});

describe.each(chartIds)('the %s chart', (id) => {
	test.each(['light', 'dark'] as const)(
		'%s: every text becomes glyph paths, so resvg loads no font',
		(theme) => {
			const outlined = prepareSvg(chartSvg(id, theme));
			expect(outlined.texts).toBe(0);
			expect(outlined.svg).not.toContain('<text');
		}
	);

	test.each([
		['light', 2],
		['dark', 1]
	] as const)('%s, %ix: looks as resvg draws its text with the font files', (theme, scale) => {
		const page = chartSvg(id, theme, 800);
		expectSamePicture(rasterise(page, scale).pixels, rasterise(page, scale, fontPaths).pixels);
	});
});

test('the network with an actor selected (its label bold by a style rule, the rest dimmed) looks as resvg draws it', () => {
	const page = renderer.svg(
		'network',
		{ actor: 'kenya' },
		{
			width: 800,
			theme: 'light',
			date: '2026-01-01',
			permalink: 'https://example.org/charts/network/kenya'
		}
	);
	expect(page).toContain('class="net-node selected');
	expect(prepareSvg(page).texts).toBe(0);
	expectSamePicture(rasterise(page, 2).pixels, rasterise(page, 2, fontPaths).pixels);
});
