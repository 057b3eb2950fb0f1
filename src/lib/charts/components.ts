import type { Component } from 'svelte';
import Contributors from './contributors/Contributors.svelte';
import Funding from './funding/Funding.svelte';
import Network from './network/Network.svelte';
import Timeline from './timeline/Timeline.svelte';
import Troops from './troops/Troops.svelte';
import type { ChartId } from './types';

/**
 * The drawing component of each chart, by id, for Chart.svelte. Only the server draws charts (the page's
 * as ServerMarkup, the exports as files), so none of this reaches the browser.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const components: Record<ChartId, Component<any>> = {
	troops: Troops,
	contributors: Contributors,
	timeline: Timeline,
	funding: Funding,
	network: Network
};
