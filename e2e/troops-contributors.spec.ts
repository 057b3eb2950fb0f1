import { expect, test, type Locator, type Page } from '@playwright/test';

interface Q {
	id: string;
	subject: string;
	measure: string;
	status: string;
	value: number;
}
interface DatasetJson {
	actors: { id: string; kind: string; name: string; short?: string }[];
	relations: { from: string; to: string; kind: string }[];
	quantities: Q[];
	events: { id: string }[];
}

const charts = ['troops', 'contributors'] as const;

/** The card's chart as the reader sees it: the one responsive variant that is displayed. */
const visibleChart = (page: Page, id: string): Locator =>
	page.locator(`#chart-${id} .variant:visible svg`);

async function dataset(page: Page): Promise<DatasetJson> {
	const res = await page.request.get('/api/dataset.json');
	expect(res.ok()).toBe(true);
	return res.json();
}

test.describe('troops and contributors charts', () => {
	for (const id of charts) {
		test(`${id}: visible on the page with an accessible name and a finding`, async ({ page }) => {
			await page.goto('/');
			const svg = visibleChart(page, id);
			await expect(svg).toHaveCount(1);
			await expect(svg).toBeVisible();
			await expect(svg.locator('title').first()).not.toBeEmpty();
			await expect(svg.locator('desc').first()).not.toBeEmpty();
			expect(await svg.locator('a.mark').count()).toBeGreaterThan(5);
		});

		test(`${id}: clicking a mark reaches its evidence`, async ({ page }) => {
			await page.goto('/');
			const marks = visibleChart(page, id).locator('a.mark');
			// A mark whose centre is not covered by another: the announcement (troops) or Kenya's deployment.
			const mark =
				id === 'troops'
					? marks.filter({ has: page.locator('rect.article') }).first()
					: marks
							.filter({ has: page.locator('rect') })
							.and(page.locator('[aria-label*="deployed, 1 Oct 2025"]'));
			const href = await mark.getAttribute('href');
			expect(href).toMatch(/^#(hl|src)-/);
			await mark.click();
			await expect(page).toHaveURL(new RegExp(`${href}$`));
			await expect(page.locator(href!)).toHaveCount(1);
		});

		test(`${id}: a focused mark names its figure and carries a tooltip`, async ({ page }) => {
			await page.goto('/');
			const mark = visibleChart(page, id).locator('a.mark').first();
			await mark.focus();
			const state = await mark.evaluate((a) => ({
				focused: document.activeElement === a,
				label: a.getAttribute('aria-label'),
				title: a.querySelector('title')?.textContent
			}));
			expect(state.focused).toBe(true);
			expect(state.label).toBeTruthy();
			expect(state.title).toBe(state.label);
		});

		test(`${id}: no horizontal scroll at 320 px`, async ({ page }) => {
			await page.setViewportSize({ width: 320, height: 800 });
			await page.goto('/');
			const card = page.locator(`#chart-${id}`);
			await expect(visibleChart(page, id)).toBeVisible();
			const box = (await card.boundingBox())!;
			expect(box.x + box.width).toBeLessThanOrEqual(320);
			const svgBox = (await visibleChart(page, id).boundingBox())!;
			expect(svgBox.x + svgBox.width).toBeLessThanOrEqual(320);
			expect(await card.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
		});
	}

	test('troops: the data table lists every figure the chart draws', async ({ page }) => {
		await page.goto('/');
		const ds = await dataset(page);
		const police = ds.quantities.filter((q) => q.subject === 'kenyan-police');
		const arrivals = police.filter((q) => q.measure === 'arrival');
		const counts = police.filter((q) => q.measure === 'personnel' && q.status === 'deployed');
		const extras = ['promised-operational', 'planned-departure'].filter((e) =>
			ds.events.some((x) => x.id === e)
		);
		// The meeting, the announcement and our sum of the arrivals since the meeting add one row each.
		const expected = arrivals.length + counts.length + extras.length + 3;
		const rows = page.locator('#chart-troops .data-table tbody tr');
		await expect(rows).toHaveCount(expected);
		const table = page.locator('#chart-troops .data-table');
		await table.locator('summary').click();
		for (const q of [...arrivals, ...counts]) {
			await expect(
				table.getByRole('cell', { name: q.value.toLocaleString('en-GB'), exact: true }).first()
			).toBeVisible();
		}
		await expect(table.getByRole('row').filter({ hasText: 'sources differ' })).toHaveCount(
			[...arrivals, ...counts].filter((q) => (q as Q & { conflict?: string }).conflict).length
		);
		// Every row links to its evidence; the values we derived (the promised month, the sum) to their rule.
		await expect(table.locator('tbody tr:not(:has(a.ev))')).toHaveCount(0);
		await expect(table.locator('tbody tr:has(a.ev-rule)')).toHaveCount(2);
	});

	test('contributors: pledges and deployments by country, with none found shown', async ({
		page
	}) => {
		await page.goto('/');
		const ds = await dataset(page);
		const table = page.locator('#chart-contributors .data-table');
		await table.locator('summary').click();
		const countries = ds.actors.filter((a) => a.kind === 'country');
		const pledges = ds.quantities.filter(
			(q) =>
				q.measure === 'personnel' &&
				q.status === 'pledged' &&
				countries.some((c) => c.id === q.subject)
		);
		expect(pledges.length).toBeGreaterThan(0);
		for (const q of pledges) {
			const c = countries.find((a) => a.id === q.subject)!;
			const row = table
				.getByRole('row')
				.filter({ hasText: c.short ?? c.name })
				.filter({ hasText: 'Pledged' })
				.filter({
					has: page.getByRole('cell', { name: q.value.toLocaleString('en-GB'), exact: true })
				});
			await expect(row).toHaveCount(1);
		}
		// A country that pledged and deployed no one is listed with "none found", in the table and on the chart.
		const silent = countries.filter(
			(c) =>
				pledges.some((q) => q.subject === c.id) &&
				!ds.quantities.some(
					(q) =>
						(q.subject === c.id ||
							ds.relations.some(
								(r) => r.kind === 'part-of' && r.to === c.id && r.from === q.subject
							)) &&
						(q.measure === 'arrival' || (q.measure === 'personnel' && q.status !== 'pledged'))
				)
		);
		expect(silent.length).toBeGreaterThan(0);
		for (const c of silent) {
			await expect(
				table
					.getByRole('row')
					.filter({ hasText: c.short ?? c.name })
					.filter({ hasText: 'none found' })
			).toHaveCount(1);
			await expect(
				visibleChart(page, 'contributors').locator(
					`a.mark[aria-label="${c.short ?? c.name}: no deployment found in the sources"]`
				)
			).toHaveCount(1);
		}
		await expect(table.locator('tbody tr:not(:has(a.ev))')).toHaveCount(0);
	});
});
