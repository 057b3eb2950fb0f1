import { expect, test, type Page } from '@playwright/test';

interface ApiDataset {
	events: { id: string; label: string; claim?: boolean }[];
	quantities: {
		id: string;
		label: string;
		subject: string;
		measure: string;
		unit: string;
		value: number;
		status: string;
	}[];
}

const ids = ['timeline', 'funding'] as const;

/** The chart variant the card shows at the current width (the others are display: none). */
const shown = (page: Page, id: string) => page.locator(`#chart-${id} .variant:visible svg`);
const tableRows = (page: Page, id: string) => page.locator(`#chart-${id} .data-table tbody tr`);
const cellTexts = (page: Page, id: string, column: number) =>
	tableRows(page, id).evaluateAll(
		(rows, c) => rows.map((r) => r.children[c]?.textContent?.trim() ?? ''),
		column
	);

for (const id of ids) {
	test(`${id}: the chart is on the page, named, with marks`, async ({ page }) => {
		await page.goto('/');
		const svg = shown(page, id);
		await expect(svg).toHaveCount(1);
		await expect(svg).toBeVisible();
		await expect(svg.locator('title').first()).not.toBeEmpty();
		expect(await svg.locator('a.mark').count()).toBeGreaterThan(5);
	});

	test(`${id}: focusing a mark names its figure, as its <title> tooltip does`, async ({ page }) => {
		await page.goto('/');
		const mark = shown(page, id).locator('a.mark').first();
		await mark.focus();
		await expect(mark).toBeFocused();
		const tooltip = (await mark.locator('title').textContent())!.trim();
		expect(tooltip.length).toBeGreaterThan(10);
		await expect(mark).toHaveAccessibleName(tooltip);
	});

	test(`${id}: clicking a mark reaches its evidence`, async ({ page }) => {
		await page.goto('/');
		const marks = shown(page, id).locator('a.mark');
		for (const prefix of id === 'timeline' ? ['#hl-', '#src-'] : ['#src-']) {
			const mark = marks.and(page.locator(`[href^="${prefix}"]`)).first();
			const href = (await mark.getAttribute('href'))!;
			// Click the drawn shape itself: a mark's box also covers the gaps between its shapes and words.
			await mark.locator('rect, circle, path').first().click();
			await expect(page).toHaveURL(new RegExp(`${href}$`));
			await expect(page.locator(href)).toHaveCount(1);
			await expect(page.locator(href)).toBeInViewport();
			await page.goto('/');
		}
	});
}

test('timeline: the data table lists every event of the dataset, numbered, and the three mandates', async ({
	page,
	request
}) => {
	const api = (await (await request.get('/api/dataset.json')).json()) as ApiDataset;
	await page.goto('/');
	await expect(tableRows(page, 'timeline')).toHaveCount(api.events.length + 3);
	const what = await cellTexts(page, 'timeline', 3);
	// Each event in its own words, then any figure told with it (the 2793 vote, where sources differ).
	for (const e of api.events)
		expect(
			what.some((w) => w.startsWith(e.label)),
			e.label
		).toBe(true);
	const numbers = (await cellTexts(page, 'timeline', 0)).filter((n) => n !== '—');
	expect(numbers).toEqual(api.events.map((_, i) => String(i + 1)));
	const claims = (await cellTexts(page, 'timeline', 4)).filter(
		(b) => b === 'Reported in the article'
	);
	expect(claims).toHaveLength(api.events.filter((e) => e.claim).length);
	// Every event has a numbered marker, whatever the width.
	await expect(shown(page, 'timeline').locator('a.mark')).toHaveCount(api.events.length + 3);
});

test('funding: the data table lists every trust-fund figure in dollars and the US freeze', async ({
	page,
	request
}) => {
	const api = (await (await request.get('/api/dataset.json')).json()) as ApiDataset;
	const fund = api.quantities.filter(
		(q) => q.measure === 'funding' && q.subject === 'trust-fund' && q.unit === 'USD'
	);
	const us = api.quantities.filter(
		(q) => q.subject === 'usa' && ['committed', 'spent', 'frozen'].includes(q.status)
	);
	await page.goto('/');
	// One row per figure, and one for the gap to a year's need: ours, marked, with its rule.
	await expect(tableRows(page, 'funding')).toHaveCount(fund.length + us.length + 1);
	await expect(
		page.locator('#chart-funding .data-table tbody tr', { hasText: 'our calculation†' })
	).toHaveCount(1);
	const figures = await cellTexts(page, 'funding', 1);
	const dollars = await cellTexts(page, 'funding', 3);
	// Every figure in its row (figures that share a label, such as two sources' receipts, all there).
	const drawn = (label: string) =>
		figures.flatMap((f, i) => (f === label ? [dollars[i]] : [])).sort();
	for (const q of [...fund, ...us]) {
		const same = [...fund, ...us].filter((x) => x.label === q.label);
		expect(drawn(q.label), q.label).toEqual(
			same.map((x) => x.value.toLocaleString('en-GB')).sort()
		);
	}
	// No Canadian dollars are added to US ones.
	expect(figures.join(' ')).not.toMatch(/Canad/);
	// The conflict at the meeting is drawn: a bracket and the words.
	const svg = shown(page, 'funding');
	await expect(svg.locator('text', { hasText: /: sources differ$/ })).toBeVisible();
	await expect(svg.locator('path.conflict')).toHaveCount(1);
});

test.describe('at 320 px wide', () => {
	test.use({ viewport: { width: 320, height: 800 } });

	test('neither chart card makes the page scroll sideways', async ({ page }) => {
		await page.goto('/');
		for (const id of ids) {
			// Everything in the card that is not inside a scrolling box (the data table scrolls by itself).
			const overflowing = await page.locator(`#chart-${id}`).evaluate((card) => {
				const inScroller = (e: Element) => {
					for (let a = e.parentElement; a && a !== card; a = a.parentElement) {
						if (getComputedStyle(a).overflowX !== 'visible') return true;
					}
					return false;
				};
				return [card, ...card.querySelectorAll('*')]
					.filter((e) => e.getClientRects().length && !inScroller(e))
					.filter(
						(e) => e.getBoundingClientRect().right > 320.5 || e.getBoundingClientRect().left < -0.5
					)
					.map((e) => `${e.tagName} ${e.getAttribute('class') ?? ''}`);
			});
			expect(overflowing, id).toEqual([]);
			await expect(shown(page, id)).toHaveAttribute('viewBox', /^0 0 300 /);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('both charts and their tables render', async ({ page }) => {
		await page.goto('/');
		for (const id of ids) {
			await expect(shown(page, id)).toBeVisible();
			await page.locator(`#chart-${id} .data-table summary`).click();
			await expect(tableRows(page, id).first()).toBeVisible();
		}
	});
});
