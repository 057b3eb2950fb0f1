import type { Transport } from '@sveltejs/kit';
import { keptMarkup, ServerMarkup } from '$lib/markup';

export const transport: Transport = {
	// Chart SVG is in the HTML already; sending it again as data would double the page.
	ServerMarkup: {
		encode: (value) => value instanceof ServerMarkup && 1,
		decode: keptMarkup
	}
};
