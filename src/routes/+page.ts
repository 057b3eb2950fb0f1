import { dashboard } from '$lib/server/pages';
import type { PageLoad } from './$types';

export const load = (() => dashboard(null)) satisfies PageLoad;
