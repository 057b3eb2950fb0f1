import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { encodePng, type PngMetadata } from './png/encode';

export type { PngMetadata } from './png/encode';

const require = createRequire(import.meta.url);

/**
 * The page's font family as TrueType: resvg ignores woff2 silently (a PNG without text), so the PNG
 * is drawn with the .ttf files of the same family, shipped as an npm dependency, and no system fonts.
 */
const fontFiles = ['Regular', 'Semibold', 'Bold', 'It'].map((style) =>
	require.resolve(`source-sans/TTF/SourceSans3-${style}.ttf`)
);

/**
 * Rasterises a standalone chart SVG at `scale` device pixels per SVG unit: RGBA pixels, premultiplied
 * by alpha as resvg keeps them.
 */
export function rasterise(svg: string, scale: number, fonts: string[] = fontFiles) {
	const image = render(svg, scale, fonts);
	return { pixels: image.pixels, width: image.width, height: image.height };
}

function render(svg: string, scale: number, fonts: string[]) {
	return new Resvg(svg, {
		font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' },
		fitTo: { mode: 'zoom', value: scale },
		textRendering: 1,
		shapeRendering: 2
	}).render();
}

/**
 * A standalone chart SVG as PNG bytes, `scale` device pixels per SVG unit, with `metadata` as text
 * chunks. A pure function of its arguments (worker threads may call it side by side).
 */
export function svgToPng(svg: string, scale: number, metadata: PngMetadata = {}): Buffer {
	const { pixels, width, height } = rasterise(svg, scale);
	return encodePng(pixels, width, height, metadata);
}

/** The same image encoded by resvg's own `asPng()`: the reference that the bench and tests compare with. */
export function svgToPngByResvg(svg: string, scale: number, fonts: string[] = fontFiles): Buffer {
	return render(svg, scale, fonts).asPng();
}
