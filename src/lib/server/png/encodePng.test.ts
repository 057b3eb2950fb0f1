import { decode } from 'fast-png';
import { crc32 } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { rasterise, svgToPngByResvg } from '../png';
import { encodePng, textChunk } from './encodePng';

/** The chunks of a PNG, each checked against its CRC. */
function chunks(png: Buffer) {
	const found: { type: string; data: Buffer }[] = [];
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		const data = png.subarray(at + 8, at + 8 + length);
		expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(
			crc32(data, crc32(type)) >>> 0
		);
		found.push({ type, data });
		at += 12 + length;
	}
	return found;
}

/** Keyword → text of every tEXt (Latin-1) and uncompressed iTXt (UTF-8) chunk. */
function textChunks(png: Buffer): Record<string, string> {
	const text: Record<string, string> = {};
	for (const { type, data } of chunks(png)) {
		const nul = data.indexOf(0);
		const keyword = data.toString('latin1', 0, nul);
		if (type === 'tEXt') text[keyword] = data.toString('latin1', nul + 1);
		if (type === 'iTXt') {
			expect(data[nul + 1], 'iTXt compression flag').toBe(0);
			const language = data.indexOf(0, nul + 3);
			const translated = data.indexOf(0, language + 1);
			text[keyword] = new TextDecoder('utf-8', { fatal: true }).decode(
				data.subarray(translated + 1)
			);
		}
	}
	return text;
}

const translucent = `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2">
	<rect width="2" height="2" fill="#b35500" fill-opacity="0.5"/>
	<rect x="2" width="2" height="2" fill="#0060a8"/>
</svg>`;

describe('encodePng', () => {
	test('a 50% #b35500 pixel is stored as [179, 86, 0, 128], not premultiplied', () => {
		const { pixels, width, height } = rasterise(translucent, 1);
		expect([...pixels.subarray(0, 4)]).toEqual([90, 43, 0, 128]); // resvg's premultiplied pixel
		const image = decode(encodePng(pixels, width, height));
		expect([...image.data.subarray(0, 4)]).toEqual([179, 86, 0, 128]);
		expect([...image.data.subarray(8, 12)]).toEqual([0, 0x60, 0xa8, 255]);
	});

	test('decodes to the same pixels as resvg’s own encoder, translucent and opaque', () => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32">
			<circle cx="16" cy="16" r="14" fill="#b3003c" opacity="0.3"/>
			<path d="M30 2L62 30" stroke="#007a5a" stroke-width="3" stroke-opacity="0.7"/>
			<rect x="40" y="4" width="20" height="10" fill="#1b1b1b"/>
		</svg>`;
		const { pixels, width, height } = rasterise(svg, 2);
		const ours = decode(encodePng(Buffer.from(pixels), width, height));
		const resvgs = decode(svgToPngByResvg(svg, 2));
		expect(ours.width).toBe(resvgs.width);
		expect(Buffer.from(ours.data)).toEqual(Buffer.from(resvgs.data));
	});

	test('leaves the pixels it is given as they are', () => {
		const { pixels, width, height } = rasterise(translucent, 1);
		const before = Buffer.from(pixels);
		encodePng(pixels, width, height);
		expect(Buffer.from(pixels)).toEqual(before);
	});

	test('rejects pixels that are not width × height RGBA', () => {
		expect(() => encodePng(Buffer.alloc(12), 2, 2)).toThrow(/not 2 × 2 RGBA/);
	});
});

describe('metadata', () => {
	const metadata = {
		title: 'Kenyan police in Haiti: promised, then fewer and later',
		description: 'The article said 600 more officers would be “operational” by Nov 2024.',
		source: 'allAfrica; Le Nouvelliste; Dépêche de l’AFP'
	};
	const { pixels, width, height } = rasterise(translucent, 1);
	const png = encodePng(pixels, width, height, metadata);

	test('Title, Description and Source are text chunks that decode to the strings given', () => {
		expect(textChunks(png)).toEqual({
			Title: metadata.title,
			Description: metadata.description,
			Source: metadata.source
		});
	});

	test('Latin-1 text goes in tEXt, text beyond Latin-1 (curly quotes) in iTXt, before the pixels', () => {
		expect(chunks(png).map((c) => c.type)).toEqual([
			'IHDR',
			'tEXt',
			'iTXt',
			'iTXt',
			'IDAT',
			'IEND'
		]);
		expect(textChunk('Source', 'Dépêche').toString('latin1', 4, 8)).toBe('tEXt');
	});

	test('a decoder that knows only tEXt still reads the image and the Latin-1 title', () => {
		const image = decode(png);
		expect(image.width).toBe(4);
		expect(image.text).toEqual({ Title: metadata.title });
	});

	test('no metadata, no text chunks', () => {
		expect(chunks(encodePng(pixels, width, height)).map((c) => c.type)).toEqual([
			'IHDR',
			'IDAT',
			'IEND'
		]);
	});

	test('line breaks become spaces (text chunks hold one line here)', () => {
		const text = textChunks(
			encodePng(pixels, width, height, { title: 'Two\nlines', description: 'a\r\n  b' })
		);
		expect(text).toEqual({ Title: 'Two lines', Description: 'a b' });
	});
});
