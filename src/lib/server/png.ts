import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/**
 * The page's font family as TrueType: resvg ignores woff2 silently (a PNG without text), so the PNG
 * is drawn with the .ttf files of the same family, shipped as an npm dependency, and no system fonts.
 */
const fontFiles = ['Regular', 'Semibold', 'Bold', 'It'].map((style) =>
	require.resolve(`source-sans/TTF/SourceSans3-${style}.ttf`)
);

function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'ascii');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(data, crc32(type)) >>> 0, 0);
	return Buffer.concat([head, data, crc]);
}

/**
 * RGBA pixels to PNG. resvg's own encoder spends more time compressing than drawing; rows without a
 * filter and deflate level 3 make files about 40% larger in a quarter of the time (measured: 5 ms vs
 * 19 ms for an 1600×1000 chart).
 */
export function encodePng(rgba: Buffer, width: number, height: number): Buffer {
	const stride = width * 4;
	const raw = Buffer.alloc((stride + 1) * height); // each row: filter byte 0 (none), then its pixels
	for (let y = 0; y < height; y++)
		rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no interlace
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw, { level: 3 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

/** Rasterises a standalone chart SVG at `scale` device pixels per SVG unit: RGBA pixels. */
export function rasterise(svg: string, scale: number, fonts: string[] = fontFiles) {
	const image = new Resvg(svg, {
		font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' },
		fitTo: { mode: 'zoom', value: scale },
		textRendering: 1,
		shapeRendering: 2
	}).render();
	return { pixels: image.pixels, width: image.width, height: image.height };
}

export function svgToPng(svg: string, scale: number): Buffer {
	const { pixels, width, height } = rasterise(svg, scale);
	return encodePng(pixels, width, height);
}
