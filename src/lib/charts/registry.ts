import { contributors } from './contributors';
import { funding } from './funding';
import { network } from './network';
import { timeline } from './timeline';
import { troops } from './troops';
import type { ChartSpec } from './types';

const specs = { troops, contributors, timeline, funding, network };

/** A chart's id: a key of the registry, so that there is one list of charts. */
export type ChartId = keyof typeof specs;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each spec has its own data and geometry
type AnySpec = ChartSpec<any, any>;

/**
 * Every chart, in the page's order. Each folder exports its spec (what it selects, its layout, words,
 * table and drawing component); the page, the chart pages, the embeds and the exports find charts here.
 */
export const charts: Record<ChartId, AnySpec> = specs;

export const chartIds = Object.keys(specs) as ChartId[];

export const isChartId = (id: string): id is ChartId => Object.hasOwn(specs, id);
