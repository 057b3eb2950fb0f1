import { funding } from './funding';
import { contributors } from './contributors';
import { timeline } from './timeline';
import { troops } from './troops';
import { network } from './network';
import type { ChartId, ChartSpec } from './types';

// Each chart folder exports its spec; the page, /embed and the export routes find charts here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySpec = ChartSpec<any, any>;

export const charts: Partial<Record<ChartId, AnySpec>> = {
	network,
	troops,
	contributors,
	timeline,
	funding
};
