import { imageEndpoint } from '$lib/server/exports';

export const GET = imageEndpoint('svg');
