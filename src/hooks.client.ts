import type { ClientInit } from '@sveltejs/kit';

/**
 * The page is whole without JavaScript, so the browser paints it first and hydrates after: the fonts
 * settle, one frame is drawn, then SvelteKit starts. On a slow phone, hydration is a long task that
 * would otherwise hold back the first paint.
 */
export const init: ClientInit = async () => {
	await document.fonts.ready;
	await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
};
