import { expect, test, type APIRequestContext } from '@playwright/test';
import { chartIds, drawing, enhanced } from './support';

/** The link-preview tags of a page, by property or name. */
async function previewTags(request: APIRequestContext, path: string) {
	const html = await (await request.get(path)).text();
	const tags: Record<string, string> = {};
	for (const [, key, value] of html.matchAll(
		/<meta (?:property|name)="((?:og|twitter):[^"]+)" content="([^"]*)"/g
	))
		tags[key!] = value!.replaceAll('&amp;', '&');
	return tags;
}

/** The size of a PNG, from its header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('every chart has its own page, linked from its card on the dashboard', async ({ page }) => {
	await page.goto('/');
	for (const id of chartIds) {
		const href = await page.locator(`#chart-${id} h3 a`).getAttribute('href');
		expect(href).toBe(`/charts/${id}`);
	}
	await page.locator('#chart-timeline h3 a').click();
	await expect(page).toHaveURL(/\/charts\/timeline$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		(await page.locator('#chart-timeline h3').textContent())!.trim()
	);
	await expect(drawing(page, 'timeline')).toBeVisible();
	await expect(page.locator('#chart-timeline details.data-table')).toHaveCount(1);
	await expect(page.locator('#chart-timeline .export a', { hasText: 'SVG' })).toBeVisible();
	// The article's sentences it draws on, and its sources: every mark's evidence is on this page.
	const hrefs = await drawing(page, 'timeline')
		.locator('a.mark')
		.evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('href')!))]);
	for (const href of hrefs) await expect(page.locator(href), href).toHaveCount(1);
});

test('the network’s page honours the selected actor', async ({ page }) => {
	await page.goto('/charts/network/ruto');
	await expect(page.locator('#network-panel h4')).toHaveText('William Ruto');
	await expect(drawing(page, 'network').locator('a[data-node="ruto"]')).toHaveAttribute(
		'aria-current',
		'true'
	);
	await enhanced(page);
	await drawing(page, 'network').locator('a[data-node="kenya"]').click();
	await expect(page).toHaveURL(/\/charts\/network\/kenya#chart-network$/);
});

for (const path of ['/', '/actors/kenya', '/charts/funding', '/charts/network/kenya']) {
	test(`${path} carries link-preview tags whose image is a 1200×630 PNG of that page`, async ({
		request
	}) => {
		const tags = await previewTags(request, path);
		for (const key of [
			'og:title',
			'og:description',
			'og:image',
			'og:image:alt',
			'og:url',
			'twitter:card',
			'twitter:image'
		])
			expect(tags[key], key).toBeTruthy();
		expect(tags['twitter:card']).toBe('summary_large_image');
		expect(tags['og:url']).toMatch(
			new RegExp(`^https?://[^/]+${path === '/' ? '/$' : `${path}$`}`)
		);
		const image = new URL(tags['og:image']!);
		const png = await (await request.get(image.pathname)).body();
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
	});
}

test('the preview of a selection shows that selection, not the dashboard’s', async ({
	request
}) => {
	const image = async (path: string) => {
		const tags = await previewTags(request, path);
		return (await request.get(new URL(tags['og:image']!).pathname)).body();
	};
	const [home, kenya, ruto] = await Promise.all(['/', '/actors/kenya', '/actors/ruto'].map(image));
	expect(kenya.equals(home)).toBe(false);
	expect(kenya.equals(ruto)).toBe(false);
	const tags = await previewTags(request, '/actors/kenya');
	expect(tags['og:title']).toContain('Kenya');
	expect(tags['og:image:alt']).toContain('Kenya');
});

test.describe('an embed', () => {
	test('shows the chart alone, may be framed, and fits its content on another origin', async ({
		page,
		baseURL
	}) => {
		const response = await page.goto('/embed/troops');
		expect(response?.headers()['x-frame-options']).toBeUndefined();
		expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *');
		await expect(page.locator('.chart-card')).toHaveCount(1);
		await expect(page.locator('h1')).toHaveCount(0);

		// The snippet as the share menu gives it, pasted into a page on another origin.
		await page.goto('/charts/contributors');
		const snippet = (await page.locator('.export textarea').first().inputValue()).replaceAll(
			/https?:\/\/[^/"]+/g,
			baseURL!
		);
		await page.route('http://story.example/', (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><h1>A story</h1><div style="width:640px">${snippet}</div><p>After.</p>`
			})
		);
		await page.goto('http://story.example/');
		const iframe = page.locator('iframe[data-mss-embed]');
		await expect(iframe).toHaveAttribute('title', /\(MSS Haiti dashboard\)$/);
		const frame = page.frameLocator('iframe[data-mss-embed]');
		await expect(frame.locator('.chart-card h3')).toBeVisible();
		await expect
			.poll(async () => {
				const outer = (await iframe.boundingBox())!.height;
				const inner = await frame
					.locator('html')
					.evaluate((html) => html.getBoundingClientRect().height);
				return Math.abs(outer - inner);
			})
			.toBeLessThanOrEqual(4);
	});
});
