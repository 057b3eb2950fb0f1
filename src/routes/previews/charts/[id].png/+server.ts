import { chartIds, isChartId } from '$lib/charts/registry';
import { chartPage } from '$lib/server/pages';
import { previewResponse } from '$lib/server/previewRoute';
import type { EntryGenerator, RequestHandler } from './$types';

/** The link preview of a chart's page. */
export const prerender = true;

export const entries = (() => chartIds.map((id) => ({ id }))) satisfies EntryGenerator;

export const GET: RequestHandler = ({ params }) =>
	previewResponse(isChartId(params.id) ? chartPage(params.id, null).preview : null);
