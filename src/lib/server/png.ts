import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { encodePng, type PngMetadata } from './png/encodePng';
import { prepareSvg } from './png/prepareSvg';
import { fontPaths } from './png/textRun';

export type { PngMetadata } from './png/encodePng';

/**
 * resvg as WebAssembly rather than its native addon: as fast here (31 ms for the same 2x timeline),
 * and each image is freed when we say so. The native addon (resvg-js 2.6.2) never frees an image until
 * its thread ends: 8 MB more resident memory per 2000×1000 render, 4 GB within a 30-s load test.
 */
const require = createRequire(import.meta.url);
await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));

/** The font files' bytes, read once, for the rare text left to resvg (see prepareSvg). */
const fontBuffers = new Map<string, Uint8Array>();
const buffersOf = (files: string[]) =>
	files.map((file) => {
		let bytes = fontBuffers.get(file);
		if (!bytes) fontBuffers.set(file, (bytes = readFileSync(file)));
		return bytes;
	});

/**
 * Rasterises a standalone chart SVG at `scale` device pixels per SVG unit: RGBA pixels, premultiplied
 * by alpha as resvg keeps them. The SVG is first made cheaper to draw (prepareSvg): text becomes paths
 * of its glyphs in the page's family as TrueType (resvg ignores woff2 silently: a PNG without text),
 * and resvg loads the font files only for a text left to it. With `fonts`, the SVG goes to resvg as
 * it is, with those font files (tests compare the two).
 */
export function rasterise(svg: string, scale: number, fonts?: string[], stages?: Stages) {
	return render(svg, scale, fonts, stages, (image) => {
		// A copy out of the WebAssembly memory, so the image may be freed.
		const { buffer, byteOffset, byteLength } = image.pixels;
		return {
			pixels: Buffer.from(buffer, byteOffset, byteLength),
			width: image.width,
			height: image.height
		};
	});
}

/** Renders, reads what `use` needs of the image, then frees the image and the tree at once. */
function render<T>(
	svg: string,
	scale: number,
	fonts: string[] | undefined,
	stages: Stages | undefined,
	use: (image: ReturnType<InstanceType<typeof Resvg>['render']>) => T
): T {
	const lap = stopwatch(stages);
	const prepared = fonts ? { svg, texts: 1 } : prepareSvg(svg);
	lap('prepare');
	const resvg = new Resvg(prepared.svg, {
		font: {
			fontBuffers: prepared.texts ? buffersOf(fonts ?? fontPaths) : [],
			defaultFontFamily: 'Source Sans 3'
		},
		fitTo: { mode: 'zoom', value: scale },
		textRendering: 1,
		shapeRendering: 2,
		// resvg 2.6.2 crops every image to this rectangle, by default the whole image: a second
		// pixmap, allocated and copied (a quarter of troops' 2x render, measured). An empty rectangle
		// is no crop at all; png.test.ts checks the size and pixels are those of an uncropped render.
		crop: { left: 0, top: 0, right: 0, bottom: 0 }
	});
	lap('parse');
	const image = resvg.render();
	lap('draw');
	try {
		return use(image);
	} finally {
		image.free();
		resvg.free();
		lap('free');
	}
}

/** Milliseconds spent in each stage of a render, for the bench: prepare, parse, draw, free, encode. */
export type Stages = Record<string, number>;

function stopwatch(stages: Stages | undefined) {
	let last = performance.now();
	return (stage: string) => {
		if (!stages) return;
		const now = performance.now();
		stages[stage] = (stages[stage] ?? 0) + now - last;
		last = now;
	};
}

/**
 * A standalone chart SVG as PNG bytes, `scale` device pixels per SVG unit, with `metadata` as text
 * chunks. A pure function of its arguments: the caches it fills (fonts, shaped labels, style sheets)
 * only ever gain entries that never change, so worker threads may each call it side by side.
 */
export function svgToPng(
	svg: string,
	scale: number,
	metadata: PngMetadata = {},
	stages?: Stages
): Buffer {
	const { pixels, width, height } = rasterise(svg, scale, undefined, stages);
	const lap = stopwatch(stages);
	const png = encodePng(pixels, width, height, metadata);
	lap('encode');
	return png;
}

/** The same image encoded by resvg's own `asPng()`: the reference that the bench and tests compare with. */
export function svgToPngByResvg(svg: string, scale: number): Buffer {
	return Buffer.from(render(svg, scale, undefined, undefined, (image) => image.asPng()));
}
