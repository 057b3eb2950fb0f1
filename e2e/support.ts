import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Dataset } from '../src/lib/data/schema';

/** The charts, in the page's order (src/lib/charts/registry.ts is the source; it cannot load here). */
export const chartIds = ['troops', 'contributors', 'timeline', 'funding', 'network'] as const;
export type ChartId = (typeof chartIds)[number];

/**
 * Chromium's flags for this machine, for playwright.config.ts and any script that launches it. The
 * embed tests frame the local server from a page the test answers itself, which Chromium would block
 * as a public page reaching a local one; in production both are public.
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-features=LocalNetworkAccessChecks'
];

/** The whole dataset as the API serves it, typed by the schema the app validates it with. */
export async function dataset(request: APIRequestContext): Promise<Dataset & { hash: string }> {
	const response = await request.get('/api/dataset.json');
	expect(response.ok()).toBe(true);
	return response.json();
}

/** Waits until the page's enhancements are in place (src/lib/client/main.ts marks the document). */
export async function enhanced(page: Page) {
	await expect(page.locator('html[data-enhanced]')).toHaveCount(1);
}

/** A card's drawing: the one SVG the card shows (narrow as served; wider once JavaScript fits it). */
export const drawing = (page: Page, id: ChartId) => page.locator(`#chart-${id} .drawing > svg`);

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 2.2 AA violations on the page (or inside `include`), one line each: none is the goal. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags(wcag);
	if (include) builder.include(include);
	const { violations } = await builder.analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** How far the page scrolls sideways: 0 when nothing overflows the viewport. */
export const sidewaysScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
