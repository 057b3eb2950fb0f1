import type { LegendItem } from '../types';
import { fontSizes, lineHeight, textWidth, wrap } from './text';

export interface FrameInput {
	width: number;
	title: string;
	subtitle: string;
	legend: LegendItem[];
	sourceLine: string;
	creditLine: string;
	standalone: boolean;
	plotHeight: number;
}

export interface TextBlock {
	lines: string[];
	y: number;
	size: number;
}

export interface FrameGeometry {
	width: number;
	height: number;
	margin: number;
	title: TextBlock;
	subtitle: TextBlock;
	legend: { x: number; y: number; item: LegendItem }[];
	plot: { x: number; y: number; width: number; height: number };
	source: TextBlock;
	credit: TextBlock;
}

export const FRAME_MARGIN = 12;
const SWATCH = 14;
const GAP = 16;

/** Width of the plot area inside a frame of the given total width: charts lay out into this. */
export const plotWidthOf = (width: number) => width - 2 * FRAME_MARGIN;

/** Places title, subtitle, legend, plot and source lines top to bottom, wrapping text to the width. */
export function frameLayout(input: FrameInput): FrameGeometry {
	const m = FRAME_MARGIN;
	const inner = plotWidthOf(input.width);
	let y = m;
	const block = (text: string, size: number, show: boolean): TextBlock => {
		const lines = show && text ? wrap(text, inner, size) : [];
		const b = { lines, y: y + size, size };
		y += lines.length * size * lineHeight + (lines.length ? 4 : 0);
		return b;
	};
	const title = block(input.title, fontSizes.title, input.standalone);
	const subtitle = block(input.subtitle, fontSizes.subtitle, input.standalone);
	if (input.standalone) y += 6;

	const legend: FrameGeometry['legend'] = [];
	let x = m;
	const rowHeight = fontSizes.small * lineHeight + 4;
	if (input.legend.length) {
		for (const item of input.legend) {
			const w = SWATCH + 6 + textWidth(item.label, fontSizes.small);
			if (x > m && x + w > m + inner) {
				x = m;
				y += rowHeight;
			}
			legend.push({ x, y, item });
			x += w + GAP;
		}
		y += rowHeight + 8;
	}

	const plot = { x: m, y, width: inner, height: input.plotHeight };
	y += input.plotHeight + 8;
	const source = block(input.sourceLine, fontSizes.small, input.standalone);
	const credit = block(input.creditLine, fontSizes.small, input.standalone);
	return {
		width: input.width,
		height: Math.ceil(y + m - 4),
		margin: m,
		title,
		subtitle,
		legend,
		plot,
		source,
		credit
	};
}
