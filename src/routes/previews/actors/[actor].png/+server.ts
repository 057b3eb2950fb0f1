import { actorOf, dashboard } from '$lib/server/pages';
import { previewResponse } from '$lib/server/previewRoute';
import { renderer } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

/** The link preview of the dashboard with an actor selected: the map with that actor. */
export const prerender = true;

export const entries = (() =>
	renderer.dataset.actors.map((a) => ({ actor: a.id }))) satisfies EntryGenerator;

export const GET: RequestHandler = ({ params }) =>
	previewResponse(actorOf(params.actor) ? dashboard(params.actor).preview : null);
