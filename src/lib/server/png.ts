import { Resvg } from '@resvg/resvg-js';
import { encodePng, type PngMetadata } from './png/encodePng';
import { prepareSvg } from './png/prepareSvg';
import { fontPaths } from './png/textRun';

export type { PngMetadata } from './png/encodePng';

/**
 * Rasterises a standalone chart SVG at `scale` device pixels per SVG unit: RGBA pixels, premultiplied
 * by alpha as resvg keeps them. The SVG is first made cheaper to draw (prepareSvg): text becomes paths
 * of its glyphs in the page's family as TrueType (resvg ignores woff2 silently: a PNG without text),
 * and resvg loads the font files only for a text left to it. With `fonts`, the SVG goes to resvg as
 * it is, with those font files (tests compare the two).
 */
export function rasterise(svg: string, scale: number, fonts?: string[]) {
	const image = render(svg, scale, fonts);
	return { pixels: image.pixels, width: image.width, height: image.height };
}

function render(svg: string, scale: number, fonts?: string[]) {
	const prepared = fonts ? { svg, texts: 1 } : prepareSvg(svg);
	return new Resvg(prepared.svg, {
		font: {
			fontFiles: prepared.texts ? (fonts ?? fontPaths) : [],
			loadSystemFonts: false,
			defaultFontFamily: 'Source Sans 3'
		},
		fitTo: { mode: 'zoom', value: scale },
		textRendering: 1,
		shapeRendering: 2,
		// resvg-js 2.6.2 crops every image to this rectangle, by default the whole image: a second
		// pixmap, allocated and copied (a quarter of troops' 2x render, measured). An empty rectangle
		// is no crop at all; png.test.ts checks the size and pixels are those of an uncropped render.
		crop: { left: 0, top: 0, right: 0, bottom: 0 }
	}).render();
}

/**
 * A standalone chart SVG as PNG bytes, `scale` device pixels per SVG unit, with `metadata` as text
 * chunks. A pure function of its arguments: the caches it fills (fonts, shaped labels, style sheets)
 * only ever gain entries that never change, so worker threads may each call it side by side.
 */
export function svgToPng(svg: string, scale: number, metadata: PngMetadata = {}): Buffer {
	const { pixels, width, height } = rasterise(svg, scale);
	return encodePng(pixels, width, height, metadata);
}

/** The same image encoded by resvg's own `asPng()`: the reference that the bench and tests compare with. */
export function svgToPngByResvg(svg: string, scale: number): Buffer {
	return render(svg, scale).asPng();
}
