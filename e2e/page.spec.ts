import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

interface ApiDataset {
	hash: string;
	sources: { id: string; kind: string; text?: string }[];
	highlights: { id: string; start: number; end: number; text: string }[];
	quantities: { id: string; value: number }[];
}

test('the page loads without console errors or failed requests', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('requestfailed', (r) => errors.push(`${r.url()} ${r.failure()?.errorText}`));
	const hosts = new Set<string>();
	page.on('request', (r) => hosts.add(new URL(r.url()).host));
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	await page.waitForLoadState('networkidle');
	expect(errors).toEqual([]);
	// Nothing is fetched from any other host: no fonts, scripts or trackers from third parties.
	expect([...hosts]).toEqual([new URL(page.url()).host]);
	const headline = page.getByRole('heading', { level: 1 });
	await expect(headline).toContainText('is set to send an additional 600 officers');
	await expect(headline).not.toContainText(/\bsends\b/);
});

test('what the server drew survives hydration, and the page data does not carry it again', async ({
	page,
	request
}) => {
	const warnings: string[] = [];
	page.on('console', (m) => warnings.push(m.text()));
	const html = await (await request.get('/')).text();
	// SvelteKit's data for hydration: the last inline script. The drawings are HTML only.
	const data = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].at(-1)![1]!;
	for (const drawn of ['<svg', 'class="data-table"', 'class="reader"', 'class="sources"'])
		expect(data).not.toContain(drawn);
	expect(data.length).toBeLessThan(html.length / 10);

	await page.goto('/');
	// Hydrated: the export menus have their JavaScript-only button.
	await expect(page.getByRole('button', { name: 'Copy link' }).first()).toBeVisible();
	await expect(page.locator('svg.chart-svg')).toHaveCount(15);
	await expect(page.locator('details.data-table')).toHaveCount(5);
	await expect(page.locator('.reader mark.hl')).toHaveCount(13);
	const api = (await (await request.get('/api/dataset.json')).json()) as ApiDataset;
	await expect(page.locator('#sources .sources > li')).toHaveCount(
		api.sources.filter((s) => s.kind === 'background').length
	);
	expect(warnings.filter((w) => /hydration/i.test(w))).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the key figures, their sources and the article are all there', async ({
		page,
		request
	}) => {
		const api = (await (await request.get('/api/dataset.json')).json()) as ApiDataset;
		await page.goto('/');
		const figure = page.locator('#fig-additional-officers');
		await expect(figure.locator('.value')).toHaveText(
			String(api.quantities.find((q) => q.id === 'additional-officers')!.value)
		);
		await expect(figure.getByRole('link', { name: /^Article, sentence/ }).first()).toBeVisible();
		await expect(page.locator('.figure')).toHaveCount(5);
		await expect(page.locator('mark.hl')).toHaveCount(api.highlights.length);
		await expect(page.locator('#sources li[id^="src-"]')).toHaveCount(
			api.sources.filter((s) => s.kind === 'background').length
		);
	});

	test('a source marker leads to the highlighted sentence it rests on', async ({ page }) => {
		await page.goto('/');
		const marker = page
			.locator('#fig-population [data-claim="claim-fig-population"]')
			.getByRole('link', { name: /^Article, sentence/ });
		const href = await marker.getAttribute('href');
		await marker.click();
		await expect(page).toHaveURL(new RegExp(`${href}$`));
		await expect(page.locator(`mark${href}`)).toContainText('12 million people held hostage');
		await expect(page.locator(`mark${href}`)).toBeInViewport();
	});

	test('a highlight’s number leads to what it supports, and back', async ({ page }) => {
		await page.goto('/');
		const first = page.locator('mark.hl').first();
		const id = await first.getAttribute('id');
		await page.locator(`a[href="#note-${id}"]`).click();
		const note = page.locator(`#note-${id}`);
		await expect(note).toBeInViewport();
		await expect(note.locator('li').first()).toBeVisible();
		await note.locator(`a[href="#${id}"]`).click();
		await expect(page).toHaveURL(new RegExp(`#${id}$`));
	});
});

test('every highlight’s text equals the article text at its offsets', async ({ page, request }) => {
	const api = (await (await request.get('/api/dataset.json')).json()) as ApiDataset;
	const article = api.sources.find((s) => s.kind === 'article')!.text!;
	await page.goto('/');
	const marks = await page.locator('mark.hl').evaluateAll((els) =>
		els.map((el) => ({
			id: el.id,
			start: Number(el.dataset.start),
			end: Number(el.dataset.end),
			text: el.textContent
		}))
	);
	expect(marks.length).toBe(api.highlights.length);
	for (const m of marks) expect(m.text, m.id).toBe(article.slice(m.start, m.end));
	// Each paragraph reads as the article's line, once the highlights' number links are taken out.
	const shown = await page.locator('.reader .text').evaluateAll((ps) =>
		ps.map((p) => {
			const copy = p.cloneNode(true) as HTMLElement;
			for (const ref of copy.querySelectorAll('a.hl-ref')) ref.remove();
			return copy.textContent;
		})
	);
	expect(shown).toEqual(article.split('\n').filter((line) => line.trim()));
});

test('the dataset API answers with its hash as ETag, and 304 when unchanged', async ({
	request
}) => {
	const first = await request.get('/api/dataset.json');
	expect(first.status()).toBe(200);
	const body = (await first.json()) as ApiDataset;
	expect(first.headers().etag).toBe(`"${body.hash}"`);
	const again = await request.get('/api/dataset.json', {
		headers: { 'if-none-match': first.headers().etag! }
	});
	expect(again.status()).toBe(304);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
		).toEqual([]);
	});
}

test('selecting a highlighted sentence lights up the chart marks that rest on it, and is linkable', async ({
	page
}) => {
	await page.goto('/');
	// Hydrated: the enhancement is in place.
	await expect(page.getByRole('button', { name: 'Copy link' }).first()).toBeVisible();
	const hl = await page
		.locator('#chart-troops .variant:visible a.mark[data-hl]:not([data-hl=""])')
		.first()
		.getAttribute('data-hl');
	const id = hl!.split(' ')[0]!;
	const marks = page.locator(`#chart-troops .variant:visible [data-hl~="${id}"]`);
	await expect(marks.first()).not.toHaveClass(/linked/);
	await page.locator(`mark#${id}`).click();
	await expect(page).toHaveURL(new RegExp(`#${id}$`));
	await expect(marks.first()).toHaveClass(/linked/);
	// The note under the sentence names the chart among what it supports.
	await expect(
		page
			.locator(`#note-${id}`)
			.getByRole('link', { name: /^Chart: / })
			.first()
	).toBeVisible();

	// The same fragment in a fresh visit gives the same view.
	await page.goto(`/#${id}`);
	await expect(marks.first()).toHaveClass(/linked/);
});
