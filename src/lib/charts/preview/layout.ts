import { lineHeight, wrap } from '../frame/text';
import type { DrawableChart } from '../prepare';

/** A link preview's size: what Open Graph and Twitter cards show. */
export const PREVIEW = { width: 1200, height: 630 } as const;

const MARGIN = 48;
const TEXT_WIDTH = 470;
const GAP = 32;
const KICKER = 20;
const TITLE = 40;
const FINDING = 24;
const FOOT = 18;

export interface PreviewInput {
	kicker: string;
	title: string;
	finding: string;
	footer: string;
	chart: DrawableChart;
}

/** Lines that fit `max` lines of `width`, the last cut with an ellipsis when the text runs longer. */
function lines(text: string, width: number, size: number, max: number): string[] {
	const all = wrap(text, width, size);
	if (all.length <= max) return all;
	const kept = all.slice(0, max);
	kept[max - 1] = `${kept[max - 1]!.replace(/[\s,;:.]*\S*$/, '')}…`;
	return kept;
}

/**
 * A page's link preview, 1200×630: the words on the left (kicker, title, the chart's finding), the
 * chart's card drawing on the right, scaled to fit its box, and a footer naming the sources and site.
 */
export function previewLayout(input: PreviewInput) {
	let y = MARGIN + KICKER;
	const kicker = { y, size: KICKER, lines: [input.kicker.toUpperCase()] };
	y += KICKER * 0.9 + TITLE;
	const title = { y, size: TITLE, lines: lines(input.title, TEXT_WIDTH, TITLE, 4) };
	y += (title.lines.length - 1) * TITLE * lineHeight + FINDING * 1.9;
	const room = Math.floor((PREVIEW.height - MARGIN - FOOT * 2.5 - y) / (FINDING * lineHeight)) + 1;
	const finding = { y, size: FINDING, lines: lines(input.finding, TEXT_WIDTH, FINDING, room) };
	const footer = { y: PREVIEW.height - MARGIN + FOOT * 0.4, size: FOOT, lines: [input.footer] };
	const box = {
		x: MARGIN + TEXT_WIDTH + GAP,
		y: MARGIN,
		width: PREVIEW.width - 2 * MARGIN - TEXT_WIDTH - GAP,
		height: PREVIEW.height - 2 * MARGIN - FOOT * 2
	};
	return { ...PREVIEW, margin: MARGIN, kicker, title, finding, footer, box, chart: input.chart };
}

export type PreviewGeometry = ReturnType<typeof previewLayout>;
