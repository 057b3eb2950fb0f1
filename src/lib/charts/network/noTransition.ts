import { selection } from 'd3-selection';

/**
 * Stands in for d3-transition in the build (see vite.config.ts). d3-zoom uses it only to interrupt
 * running transitions before a gesture or a programmatic zoom; this map never starts one (zooming and
 * resetting jump, which also suits reduced motion), so there is nothing to interrupt, and about 5 kB
 * of gzip stay off the page.
 */
export function interrupt(): void {}

// What d3-transition adds to selections and d3-zoom calls: `selection.interrupt()`, a no-op here.
selection.prototype.interrupt = function () {
	return this;
};
