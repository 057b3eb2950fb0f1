import { expect } from 'vitest';

/** Share of pixels in a horizontal band that differ from the band's first pixel (the background). */
export function inkIn(
	image: { pixels: Buffer; width: number },
	top: number,
	bottom: number
): number {
	const { pixels, width } = image;
	const bg = pixels.readUInt32BE(top * width * 4);
	let ink = 0;
	for (let y = top; y < bottom; y++)
		for (let x = 0; x < width; x++) if (pixels.readUInt32BE((y * width + x) * 4) !== bg) ink++;
	return ink / ((bottom - top) * width);
}

/**
 * How far two renderings of the same size are apart: the share of channel values that differ by more
 * than a rounding step, the mean difference over all channels, and the largest (all 0–255).
 */
export function difference(a: Buffer, b: Buffer) {
	expect(a.length).toBe(b.length);
	let differing = 0;
	let total = 0;
	let max = 0;
	for (let i = 0; i < a.length; i++) {
		const d = Math.abs(a[i]! - b[i]!);
		total += d;
		if (d > 2) differing++;
		if (d > max) max = d;
	}
	return { differing: differing / a.length, mean: total / a.length, max };
}

/**
 * The same picture to a reader: glyph edges may land a hair either side of a pixel's subsamples
 * (measured on the charts: about 0.1% of channel values, by 107 at most), but one label in another
 * weight, or moved by half a unit, makes channels differ by more than 128 (measured on troops: 1229
 * and 237 of them).
 */
export function expectSamePicture(a: Buffer, b: Buffer) {
	const { differing, mean, max } = difference(a, b);
	expect(max).toBeLessThanOrEqual(128);
	expect(differing).toBeLessThan(0.003);
	expect(mean).toBeLessThan(0.05);
}
