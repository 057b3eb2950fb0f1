import { dev } from '$app/environment';
import { error } from '@sveltejs/kit';
import { cardWidths } from '$lib/charts/cards.server';
import { fixtures } from '$lib/charts/fixtures';
import { prepareChart } from '$lib/charts/prepare';
import { charts } from '$lib/charts/registry';
import { chartIds } from '$lib/charts/types';
import type { PageServerLoad } from './$types';

/** Every chart drawn from its snapshot fixture at every card width: for development only. */
export const load = (() => {
	if (!dev) error(404, 'Not found');
	return {
		charts: chartIds.map((id) =>
			cardWidths.map((width) =>
				prepareChart(
					charts[id]!,
					fixtures[id],
					id === 'network' ? { actor: fixtures.network.actors[0]!.id } : {},
					{ width, standalone: false, date: '2026-01-01' }
				)
			)
		)
	};
}) satisfies PageServerLoad;
