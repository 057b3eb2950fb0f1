import type { ChartId, ChartSpec } from './types';

// Each chart folder exports its spec; the page, /embed and the export routes find charts here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySpec = ChartSpec<any, any>;

export const charts: Partial<Record<ChartId, AnySpec>> = {};
