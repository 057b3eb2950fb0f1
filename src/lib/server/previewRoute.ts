import { error } from '@sveltejs/kit';
import type { Preview } from './pages';
import { previewPng } from './render/preview';
import { renderer } from './site';

/** A preview image as a response; `null` (an unknown chart or actor) is a 404. */
export function previewResponse(preview: Preview | null): Response {
	if (!preview) error(404, 'No such page to preview');
	return new Response(previewPng(renderer, preview) as Uint8Array<ArrayBuffer>, {
		headers: { 'content-type': 'image/png' }
	});
}
