import { dashboard } from '$lib/server/pages';
import { previewResponse } from '$lib/server/previewRoute';
import type { RequestHandler } from './$types';

/** The dashboard's link preview (see previewPng). */
export const prerender = true;

export const GET: RequestHandler = () => previewResponse(dashboard(null).preview);
