/**
 * Stands in for d3-interpolate where d3-zoom imports it (see vite.config.ts). d3-zoom interpolates
 * only inside transitions, which this map never starts (see noTransition.ts); its default interpolator
 * is kept as a jump so that d3-interpolate and d3-color stay off the page.
 */
export function interpolateZoom(a: number[], b: number[]) {
	return Object.assign((t: number) => (t < 1 ? a : b), { duration: 0 });
}
