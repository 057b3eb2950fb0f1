import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { markerContext, type MarkerContext } from '$lib/sources/markerContext';
import { ServerMarkup } from '$lib/markup';
import { dataset } from './dataset';

/** What every source marker needs (see +layout.server.ts): outlet by source, sentence numbers. */
export const markers: MarkerContext = {
	outlets: Object.fromEntries(dataset.sources.map((s) => [s.id, s.outlet])),
	numbers: Object.fromEntries(dataset.highlights.map((h, i) => [h.id, i + 1]))
};

/** A component's HTML, without Svelte's hydration markers: nobody hydrates it. */
export function renderHtml<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props
): string {
	const { body } = render(component as Component<Record<string, unknown>>, {
		props,
		context: new Map([markerContext.entry(markers)])
	});
	return body.replace(/<!--[\s\S]*?-->/g, '').trim();
}

/**
 * A part of the page that JavaScript never changes, drawn once on the server: it goes to the browser as
 * HTML only (see ServerMarkup). Its styles cannot come with it (the browser's bundle does not know the
 * component), so such components keep them in a CSS file that the page showing them imports.
 */
export const serverDrawn = <Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props
) => new ServerMarkup(renderHtml(component, props));
