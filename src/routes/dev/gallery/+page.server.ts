import { dev } from '$app/environment';
import { error } from '@sveltejs/kit';
import { fixtures } from '$lib/charts/fixtures';
import { CARD_WIDTHS } from '$lib/charts/prepare';
import { chartIds } from '$lib/charts/registry';
import { createRenderer } from '$lib/server/render/renderer';
import type { PageServerLoad } from './$types';

export const prerender = false;

/** Every chart drawn from its snapshot fixture at every card width: for development only. */
export const load = (() => {
	if (!dev) error(404, 'Not found');
	return {
		charts: chartIds.map((id) => {
			const renderer = createRenderer(fixtures[id]);
			const state = id === 'network' ? { actor: fixtures.network.actors[0]!.id } : {};
			return CARD_WIDTHS.map((width) => renderer.prepared(id, state, width));
		})
	};
}) satisfies PageServerLoad;
