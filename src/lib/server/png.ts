import { Resvg } from '@resvg/resvg-js';
import { encodePng, type PngMetadata } from './png/encodePng';
import { outlineText } from './png/outlineText';
import { fontPaths } from './png/textRun';

export type { PngMetadata } from './png/encodePng';

/**
 * Rasterises a standalone chart SVG at `scale` device pixels per SVG unit: RGBA pixels, premultiplied
 * by alpha as resvg keeps them. Text is drawn as paths of its glyphs (see outlineText), with the
 * page's family as TrueType (resvg ignores woff2 silently: a PNG without text); resvg loads the font
 * files only for a text that outlineText leaves to it. `fonts` replaces those files (tests).
 */
export function rasterise(svg: string, scale: number, fonts?: string[]) {
	const image = render(svg, scale, fonts);
	return { pixels: image.pixels, width: image.width, height: image.height };
}

function render(svg: string, scale: number, fonts?: string[]) {
	const outlined = fonts ? { svg, left: 1 } : outlineText(svg);
	return new Resvg(outlined.svg, {
		font: {
			fontFiles: outlined.left ? (fonts ?? fontPaths) : [],
			loadSystemFonts: false,
			defaultFontFamily: 'Source Sans 3'
		},
		fitTo: { mode: 'zoom', value: scale },
		textRendering: 1,
		shapeRendering: 2
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
