/**
 * A chart drawn on the server, as SVG markup. It reaches the browser inside the page's HTML, never in
 * the page's data: `transport` (src/hooks.ts) sends a token instead, and hydration keeps the server's
 * drawing, as Svelte does for any `{@html}` whose value changed (hydration_html_changed). The charts are
 * static drawings; what JavaScript adds (tooltips, highlights, the map's moves) works on that DOM.
 * Pages that draw charts are therefore only ever loaded whole (`data-sveltekit-reload` in app.html),
 * never rendered in the browser.
 */
export class ServerMarkup {
	constructor(readonly html: string) {}
}

/**
 * The browser's stand-in. Not empty: Svelte reads an empty `{@html}` as one with nothing to keep, and
 * would report the server's drawing as a hydration mismatch.
 */
export const keptMarkup = () => new ServerMarkup('<!-- drawn by the server -->');
