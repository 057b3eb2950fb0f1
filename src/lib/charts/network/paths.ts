import { round } from '../frame/round';

/** Half the size of an actor's shape on the map. */
export const NODE_R = 9;

/**
 * A quadratic curve from actor `a` to actor `b` through the label point `l`, cut short at both shapes
 * so that the arrowhead touches the target's edge.
 */
export function linkPath(
	a: { x: number; y: number },
	b: { x: number; y: number },
	l: { x: number; y: number }
): string {
	const cx = 2 * l.x - (a.x + b.x) / 2;
	const cy = 2 * l.y - (a.y + b.y) / 2;
	const unit = (fx: number, fy: number, tx: number, ty: number) => {
		const d = Math.hypot(tx - fx, ty - fy) || 1;
		return [(tx - fx) / d, (ty - fy) / d] as const;
	};
	const [sx, sy] = unit(a.x, a.y, cx, cy);
	const [ex, ey] = unit(cx, cy, b.x, b.y);
	const start = [a.x + sx * (NODE_R + 2), a.y + sy * (NODE_R + 2)];
	const end = [b.x - ex * (NODE_R + 3), b.y - ey * (NODE_R + 3)];
	return `M${round(start[0]!)},${round(start[1]!)}Q${round(cx)},${round(cy)} ${round(end[0]!)},${round(end[1]!)}`;
}

type Point = { x: number; y: number };

/**
 * The label point a link was drawn through (see linkPath), read back from its path and its actors'
 * places: the curve's control point is `2l - (a + b) / 2`.
 */
export function labelPoint(path: string, a: Point, b: Point): Point {
	const [cx, cy] = /Q(-?[\d.]+),(-?[\d.]+)/.exec(path)!.slice(1).map(Number) as [number, number];
	return { x: round((cx + (a.x + b.x) / 2) / 2), y: round((cy + (a.y + b.y) / 2) / 2) };
}

/**
 * A link once its actors have moved (dragged by the reader) from `a0` and `b0` to `a` and `b`: its label
 * point shifts by half their shifts, and the curve runs through it.
 */
export function followLink(label: Point, a0: Point, a: Point, b0: Point, b: Point) {
	const x = round(label.x + (a.x - a0.x + b.x - b0.x) / 2);
	const y = round(label.y + (a.y - a0.y + b.y - b0.y) / 2);
	return { x, y, path: linkPath(a, b, { x, y }) };
}
