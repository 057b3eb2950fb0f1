import { describe, expect, test } from 'vitest';
import { renderChartSvg } from '$lib/charts/render.server';
import { dataset } from './dataset';
import { rasterise, svgToPng } from './png';

const svg = renderChartSvg(
	'troops',
	dataset,
	{},
	{ width: 640, theme: 'light', date: '2026-01-01' }
);

/** Share of pixels in a horizontal band that differ from the band's first pixel (the background). */
function inkIn(image: { pixels: Buffer; width: number }, top: number, bottom: number): number {
	const { pixels, width } = image;
	const bg = pixels.readUInt32BE(top * width * 4);
	let ink = 0;
	for (let y = top; y < bottom; y++)
		for (let x = 0; x < width; x++) if (pixels.readUInt32BE((y * width + x) * 4) !== bg) ink++;
	return ink / ((bottom - top) * width);
}

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

	test('draws the title text with the shipped font', () => {
		// The title sits in the first 32 SVG units: with the font it carries ink, without it nothing.
		expect(inkIn(rasterise(svg, 1), 12, 32)).toBeGreaterThan(0.02);
	});

	test('the text check fails for a PNG rendered without the font', () => {
		expect(inkIn(rasterise(svg, 1, []), 12, 32)).toBe(0);
	});
});
