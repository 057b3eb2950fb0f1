import { crc32, deflateSync } from 'node:zlib';

/** Text chunks of a PNG, written under the PNG specification's registered keywords. */
export interface PngMetadata {
	title?: string;
	description?: string;
	source?: string;
}

const keywords: Record<keyof PngMetadata, string> = {
	title: 'Title',
	description: 'Description',
	source: 'Source'
};

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'ascii');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(data, crc32(type)) >>> 0, 0);
	return Buffer.concat([head, data, crc]);
}

/**
 * A text chunk: tEXt when the text is Latin-1 (what tEXt allows), otherwise iTXt in UTF-8 (curly
 * quotes, names beyond Latin-1). Line breaks become spaces and NUL is dropped, as both chunks forbid NUL.
 */
export function textChunk(keyword: string, text: string): Buffer {
	const clean = text.replace(/\0/g, '').replace(/\s*[\r\n]+\s*/g, ' ');
	const latin1 = /^[\x20-\x7e\xa0-\xff]*$/.test(clean);
	if (latin1) return chunk('tEXt', Buffer.from(`${keyword}\0${clean}`, 'latin1'));
	// keyword, NUL, compression flag and method (none), empty language tag and translated keyword
	const head = Buffer.from(`${keyword}\0\0\0\0\0`, 'latin1');
	return chunk('iTXt', Buffer.concat([head, Buffer.from(clean, 'utf8')]));
}

/**
 * resvg's pixels are premultiplied by alpha; PNG stores straight alpha. Each translucent pixel of
 * `pixels` gets its colour divided by its alpha in `raw` (the unfiltered rows, one filter byte ahead of
 * each), rounded as resvg's own PNG encoder does. Opaque pixels, all of a chart with a background, are
 * skipped by one comparison each.
 */
function unpremultiply(pixels: Uint8Array, width: number, raw: Uint8Array): void {
	const stride = width * 4;
	for (let i = 3; i < pixels.length; i += 4) {
		const alpha = pixels[i]!;
		if (alpha === 255 || alpha === 0) continue;
		const row = Math.floor(i / stride);
		const at = i - 3 + row + 1; // the pixel's first byte in raw: one filter byte per row so far, and its own
		for (let c = at; c < at + 3; c++) raw[c] = Math.min(255, Math.round((raw[c]! * 255) / alpha));
	}
}

/**
 * Premultiplied RGBA pixels (resvg's) to a PNG with straight alpha. Every row unfiltered, deflate at
 * level 1: a chart is mostly long runs of one colour, which deflate's fastest level already packs
 * well. The bench compares this encoder with resvg's own `asPng()` (time and size).
 */
export function encodePng(
	pixels: Uint8Array,
	width: number,
	height: number,
	metadata: PngMetadata = {}
): Buffer {
	if (pixels.length !== width * height * 4)
		throw new Error(`encodePng: ${pixels.length} bytes are not ${width} × ${height} RGBA pixels`);
	const stride = width * 4;
	const raw = Buffer.alloc((stride + 1) * height); // each row: filter byte 0 (none), then its pixels
	for (let y = 0; y < height; y++)
		raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
	unpremultiply(pixels, width, raw);
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method beyond the standard, no interlace
	const text = (Object.keys(keywords) as (keyof PngMetadata)[])
		.filter((key) => metadata[key])
		.map((key) => textChunk(keywords[key], metadata[key]!));
	return Buffer.concat([
		signature,
		chunk('IHDR', ihdr),
		...text,
		chunk('IDAT', deflateSync(raw, { level: 1 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}
