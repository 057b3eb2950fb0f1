import { error } from '@sveltejs/kit';
import ActorPanel from '$lib/charts/network/ActorPanel.svelte';
import type { NetworkData } from '$lib/charts/network/layout';
import { actorOf } from '$lib/server/pages';
import { renderHtml } from '$lib/server/render/renderer';
import { renderer } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * The network's panel for one actor, as an HTML fragment that the page puts in place when the reader
 * selects that actor with JavaScript: the same component as the selection's own page draws.
 */
export const prerender = true;

export const entries = (() =>
	renderer.dataset.actors.map((a) => ({ actor: a.id }))) satisfies EntryGenerator;

export const GET: RequestHandler = ({ params }) => {
	const actor = actorOf(params.actor);
	if (!actor) error(404, `No actor "${params.actor.slice(0, 60)}" in the network`);
	const data = renderer.card('network').data as NetworkData;
	const html = renderHtml(ActorPanel, { data, actor, closeHref: '/' }, renderer.markers);
	return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
