import { fontSizes, lineHeight, textWidth } from '../frame/text';
import { round } from '../frame/round';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LabelRequest {
	text: string;
	/** Candidate positions in order of preference: `x`,`y` is the text's start (left) and baseline. */
	candidates: { x: number; y: number }[];
	cls?: string;
}

export interface PlacedLabel {
	x: number;
	y: number;
	text: string;
	cls?: string;
}

const overlaps = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function overlapArea(a: Box, b: Box): number {
	const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
	const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
	return w > 0 && h > 0 ? w * h : 0;
}

/** The box a label occupies (with a little padding): for collision checks and tests. */
export function labelBox(x: number, y: number, text: string, size: number): Box {
	return { x: x - 2, y: y - size, width: textWidth(text, size) + 4, height: size * 1.25 };
}

/**
 * Greedy label placement: each label takes its first candidate that stays inside `bounds` and overlaps
 * neither the obstacles (marks) nor a label placed before it. Labels are placed in the order given, so
 * callers list the most important first. A label with no free candidate takes the clamped candidate
 * that overlaps least: a figure is never dropped.
 */
export function placeLabels(
	requests: LabelRequest[],
	obstacles: Box[],
	bounds: Box,
	size: number
): PlacedLabel[] {
	const taken = [...obstacles];
	return requests.map(({ text, candidates, cls }) => {
		const w = textWidth(text, size);
		const clamp = (x: number) => Math.max(bounds.x, Math.min(x, bounds.x + bounds.width - w));
		const fits = (c: { x: number; y: number }) => {
			const box = labelBox(c.x, c.y, text, size);
			const inside =
				c.x >= bounds.x &&
				c.x + w <= bounds.x + bounds.width &&
				box.y >= bounds.y &&
				box.y + box.height <= bounds.y + bounds.height;
			return inside && !taken.some((t) => overlaps(box, t));
		};
		const shifted = candidates.map((c) => ({ x: clamp(c.x), y: c.y }));
		const clash = (c: { x: number; y: number }) => {
			const box = labelBox(c.x, c.y, text, size);
			return taken.reduce((sum, t) => sum + overlapArea(box, t), 0);
		};
		const leastBad = () => shifted.reduce((best, c) => (clash(c) < clash(best) ? c : best));
		const pick = candidates.find(fits) ?? shifted.find(fits) ?? leastBad();
		taken.push(labelBox(pick.x, pick.y, text, size));
		return { x: round(pick.x), y: round(pick.y), text, ...(cls ? { cls } : {}) };
	});
}

export { overlaps };

const SIZE = fontSizes.small;
const LINE = SIZE * lineHeight;

/** Candidate spots for a label near a point: above, then right, left, and higher up. */
export function around(cx: number, cy: number, text: string) {
	const w = textWidth(text, SIZE);
	return [
		{ x: cx - w / 2, y: cy - 6 },
		{ x: cx + 8, y: cy + SIZE * 0.35 },
		{ x: cx - 8 - w, y: cy + SIZE * 0.35 },
		{ x: cx + 8, y: cy - 6 },
		{ x: cx - 8 - w, y: cy - 6 },
		{ x: cx - w / 2, y: cy - 6 - LINE },
		{ x: cx + 8, y: cy - 6 - LINE },
		{ x: cx - 8 - w, y: cy - 6 - LINE },
		{ x: cx - w / 2, y: cy - 6 - 2 * LINE },
		{ x: cx + 8, y: cy - 6 - 2 * LINE },
		{ x: cx - 8 - w, y: cy - 6 - 2 * LINE },
		{ x: cx + 8, y: cy + SIZE + 8 },
		{ x: cx - 8 - w, y: cy + SIZE + 8 }
	];
}
