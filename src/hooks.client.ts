import type { ClientInit } from '@sveltejs/kit';

/** How long hydration waits for the web fonts at most: past Chrome's block period for `optional`. */
const FONT_WAIT_MS = 200;

/**
 * The page is whole without JavaScript, so the browser paints it first and hydrates after: the fonts
 * settle (or their wait runs out, on a slow connection), one frame is drawn, then SvelteKit starts.
 * On a slow phone hydration is a long task, which would otherwise hold back the first paint.
 */
export const init: ClientInit = async () => {
	await Promise.race([
		document.fonts.ready,
		new Promise((waited) => setTimeout(waited, FONT_WAIT_MS))
	]);
	await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
};
