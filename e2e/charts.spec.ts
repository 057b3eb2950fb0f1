import { expect, test, type Page } from '@playwright/test';
import { chartIds, dataset, drawing, enhanced, type ChartId } from './support';

const tableRows = (page: Page, id: ChartId) => page.locator(`#chart-${id} .data-table tbody tr`);
const cellTexts = (page: Page, id: ChartId, column: number) =>
	tableRows(page, id).evaluateAll(
		(rows, c) => rows.map((r) => r.children[c]?.textContent?.trim() ?? ''),
		column
	);

/** A mark whose evidence is of the kind asked, and whose drawn shape is not covered by another. */
const evidenceOf: Record<ChartId, string[]> = {
	troops: ['#hl-', '#src-'],
	contributors: ['#src-'],
	timeline: ['#hl-', '#src-'],
	funding: ['#src-'],
	network: ['#hl-', '#src-']
};

for (const id of chartIds) {
	test.describe(id, () => {
		test('is on the page, named and described, with its marks', async ({ page }) => {
			await page.goto('/');
			const svg = drawing(page, id);
			await expect(svg).toHaveCount(1);
			await expect(svg).toBeVisible();
			await expect(svg.locator('title').first()).not.toBeEmpty();
			await expect(svg.locator('desc').first()).not.toBeEmpty();
			expect(await svg.locator('a.mark').count()).toBeGreaterThan(5);
		});

		test('a focused mark is named by its figure, as its <title> and tooltip say', async ({
			page
		}) => {
			await page.goto('/');
			await enhanced(page);
			const mark = drawing(page, id).locator('a.mark').first();
			await mark.focus();
			await expect(mark).toBeFocused();
			const title = (await mark.locator('title').textContent())!.trim();
			expect(title.length).toBeGreaterThan(10);
			await expect(mark).toHaveAccessibleName(title);
			await expect(page.locator(`#chart-${id} .chart-tooltip`)).toHaveText(title);
		});

		test('a mark leads to its evidence', async ({ page }) => {
			for (const prefix of evidenceOf[id]) {
				await page.goto('/');
				await enhanced(page);
				const mark = drawing(page, id)
					.locator(`a.mark[href^="${prefix}"]`)
					.filter({ visible: true })
					.first();
				const href = (await mark.getAttribute('href'))!;
				await mark.focus();
				await page.keyboard.press('Enter');
				await expect(page).toHaveURL(new RegExp(`${href}$`));
				await expect(page.locator(href)).toHaveCount(1);
				await expect(page.locator(href)).toBeInViewport();
			}
		});

		test('on a wide screen JavaScript puts in the drawing made for the card’s width', async ({
			page
		}) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto('/');
			await enhanced(page);
			await expect(drawing(page, id)).toHaveAttribute('viewBox', /^0 0 (460|720) /);
			const scale = await drawing(page, id).evaluate(
				(svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width
			);
			// Its 13-unit text shows at 12 px or more.
			expect(scale * 13).toBeGreaterThanOrEqual(12);
		});

		test.describe('on a phone', () => {
			test('at 320 px the card does not scroll sideways; at 360 px its text shows at 12 px or more', async ({
				page
			}) => {
				await page.setViewportSize({ width: 320, height: 800 });
				await page.goto('/');
				await enhanced(page);
				// Everything in the card that is not inside a scrolling box (the data table scrolls itself).
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
							(e) =>
								e.getBoundingClientRect().right > 320.5 || e.getBoundingClientRect().left < -0.5
						)
						.map((e) => `${e.tagName} ${e.getAttribute('class') ?? ''}`);
				});
				expect(overflowing).toEqual([]);
				await page.setViewportSize({ width: 360, height: 800 });
				await expect(drawing(page, id)).toHaveAttribute('viewBox', /^0 0 300 /);
				const smallest = await drawing(page, id).evaluate((svg) => {
					const scale =
						svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
					const sizes = [...svg.querySelectorAll('text')]
						.filter((t) => t.getClientRects().length)
						.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
					return Math.min(...sizes);
				});
				expect(smallest).toBeGreaterThanOrEqual(12);
			});
		});
	});
}

test('timeline: the data table lists every event of the dataset, numbered, and the three mandates', async ({
	page,
	request
}) => {
	const api = await dataset(request);
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
	// Every event and mandate has its mark.
	await expect(drawing(page, 'timeline').locator('a.mark')).toHaveCount(api.events.length + 3);
});

test('funding: the data table lists every trust-fund figure in dollars and the US freeze', async ({
	page,
	request
}) => {
	const api = await dataset(request);
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
	const svg = drawing(page, 'funding');
	await expect(svg.locator('text', { hasText: /: sources differ$/ })).toBeVisible();
	await expect(svg.locator('path.conflict')).toHaveCount(1);
});

test('troops: the data table lists every figure the chart draws', async ({ page, request }) => {
	const api = await dataset(request);
	await page.goto('/');
	const police = api.quantities.filter((q) => q.subject === 'kenyan-police');
	const arrivals = police.filter((q) => q.measure === 'arrival');
	const counts = police.filter((q) => q.measure === 'personnel' && q.status === 'deployed');
	const extras = ['promised-operational', 'planned-departure'].filter((e) =>
		api.events.some((x) => x.id === e)
	);
	// The meeting, the announcement and our sum of the arrivals since the meeting add one row each.
	const rows = page.locator('#chart-troops .data-table tbody tr');
	await expect(rows).toHaveCount(arrivals.length + counts.length + extras.length + 3);
	const table = page.locator('#chart-troops .data-table');
	await table.locator('summary').click();
	for (const q of [...arrivals, ...counts]) {
		await expect(
			table.getByRole('cell', { name: q.value.toLocaleString('en-GB'), exact: true }).first()
		).toBeVisible();
	}
	await expect(table.getByRole('row').filter({ hasText: 'sources differ' })).toHaveCount(
		[...arrivals, ...counts].filter((q) => q.conflict).length
	);
	// Every row links to its evidence; the values we derived (the promised month, the sum) to their rule.
	await expect(table.locator('tbody tr:not(:has(a.ev))')).toHaveCount(0);
	await expect(table.locator('tbody tr:has(a.ev-rule)')).toHaveCount(2);
});

test('contributors: pledges and deployments by country, with none found shown', async ({
	page,
	request
}) => {
	const api = await dataset(request);
	await page.goto('/');
	const table = page.locator('#chart-contributors .data-table');
	await table.locator('summary').click();
	const countries = api.actors.filter((a) => a.kind === 'country');
	const pledges = api.quantities.filter(
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
			!api.quantities.some(
				(q) =>
					(q.subject === c.id ||
						api.relations.some(
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
			drawing(page, 'contributors').getByRole('link', {
				name: `${c.short ?? c.name}: no deployment found in the article or our background sources`,
				exact: true
			})
		).toHaveCount(1);
	}
	// Every other row links its evidence; a "none found" row names no source, as none says it.
	await expect(table.locator('tbody tr:not(:has(a.ev))')).toHaveCount(silent.length);
	for (const row of await table.locator('tbody tr:not(:has(a.ev))').all())
		await expect(row).toContainText('none in our sources');
});

test('a focused mark keeps the focus when the card’s wider drawing replaces the narrow one', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	// The wider drawing is held back until a mark of the narrow one has the focus.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/drawings/troops-*.svg', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/');
	await expect(page.locator('html[data-enhanced]')).toHaveCount(1);
	await expect(drawing(page, 'troops')).toHaveAttribute('viewBox', /^0 0 300 /);
	const mark = drawing(page, 'troops').locator('a.mark').nth(3);
	const href = await mark.getAttribute('href');
	await mark.focus();
	release();
	await expect(page.locator('#chart-troops .drawing')).toHaveAttribute('data-fitted', '');
	await expect(drawing(page, 'troops')).toHaveAttribute('viewBox', /^0 0 (460|720) /);
	const focused = await page.evaluate(() =>
		document.activeElement?.closest('.drawing svg')
			? document.activeElement.getAttribute('href')
			: null
	);
	expect(focused).toBe(href);
});
