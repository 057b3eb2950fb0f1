import { actorOf, chartPage } from '$lib/server/pages';
import { previewResponse } from '$lib/server/previewRoute';
import { renderer } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

/** The link preview of the network's page with an actor selected. */
export const prerender = true;

export const entries = (() =>
	renderer.dataset.actors.map((a) => ({ actor: a.id }))) satisfies EntryGenerator;

export const GET: RequestHandler = ({ params }) =>
	previewResponse(actorOf(params.actor) ? chartPage('network', params.actor).preview : null);
