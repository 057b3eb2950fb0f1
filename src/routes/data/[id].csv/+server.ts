import { dataEndpoint } from '$lib/server/chartData';

export const GET = dataEndpoint('csv');
