import { expect, test } from '@playwright/test';
import { dataset, drawing, enhanced } from './support';

test('the page loads without console errors or failed requests, from this host only', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('requestfailed', (r) => errors.push(`${r.url()} ${r.failure()?.errorText}`));
	const hosts = new Set<string>();
	page.on('request', (r) => hosts.add(new URL(r.url()).host));
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	await enhanced(page);
	await page.waitForLoadState('networkidle');
	expect(errors).toEqual([]);
	// Nothing is fetched from any other host: no fonts, scripts or trackers from third parties.
	expect([...hosts]).toEqual([new URL(page.url()).host]);
	const headline = page.getByRole('heading', { level: 1 });
	await expect(headline).toContainText('is set to send an additional 600 officers');
	await expect(headline).not.toContainText(/\bsends\b/);
});

test('the page ships no framework client: one small module, and no page data', async ({
	page,
	request
}) => {
	const html = await (await request.get('/')).text();
	const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
	expect(scripts).toHaveLength(1);
	expect(scripts[0]).toMatch(/type="module" src="\/_app\/immutable\/assets\/enhance-[\w-]+\.js"/);
	expect(html).not.toContain('__sveltekit');
	const loaded: string[] = [];
	page.on(
		'request',
		(r) => r.resourceType() === 'script' && loaded.push(new URL(r.url()).pathname)
	);
	await page.goto('/');
	await enhanced(page);
	await page.waitForLoadState('networkidle');
	expect(loaded.every((p) => p.startsWith('/_app/immutable/assets/enhance-'))).toBe(true);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the key figures, their sources, the charts and the article are all there', async ({
		page,
		request
	}) => {
		const api = await dataset(request);
		await page.goto('/');
		const figure = page.locator('#fig-additional-officers');
		await expect(figure.locator('.value')).toHaveText(
			String(api.quantities.find((q) => q.id === 'additional-officers')!.value)
		);
		await expect(figure.getByRole('link', { name: /^Article, sentence/ }).first()).toBeVisible();
		await expect(page.locator('.figure')).toHaveCount(5);
		await expect(page.locator('.drawing > svg')).toHaveCount(5);
		await expect(page.locator('details.data-table')).toHaveCount(5);
		await expect(page.locator('mark.hl')).toHaveCount(api.highlights.length);
		// Every background source a record rests on, and no other: each entry lists words cited from it.
		const cited = new Set(
			[
				api.meeting,
				...api.actors,
				...api.relations,
				...api.quantities,
				...api.events,
				...api.quotes
			]
				.flatMap((r) => r.evidence)
				.filter((e) => e.kind === 'background')
				.map((e) => e.source)
		);
		await expect(page.locator('#sources li[id^="src-"]')).toHaveCount(cited.size);
		for (const id of cited)
			await expect(page.locator(`#src-${id} ul.cited li`).first()).toBeVisible();
	});

	test('each card shows its chart at the narrowest width, legible on a desktop too', async ({
		page
	}) => {
		await page.goto('/');
		const drawn = await drawing(page, 'troops').evaluate((svg) => ({
			viewBox: svg.getAttribute('viewBox'),
			scale: svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width
		}));
		expect(drawn.viewBox).toMatch(/^0 0 300 /);
		// Shown larger than drawn, but not so large that its 13-unit text passes 19 px.
		expect(drawn.scale).toBeGreaterThan(1);
		expect(drawn.scale * 13).toBeLessThanOrEqual(19);
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
	const api = await dataset(request);
	const article = api.sources.find((s) => s.kind === 'article')!.text!;
	await page.goto('/');
	const marks = await page.locator('mark.hl').evaluateAll((els) =>
		els.map((el) => ({
			id: el.id,
			start: Number((el as HTMLElement).dataset.start),
			end: Number((el as HTMLElement).dataset.end),
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

test('the dataset API carries its hash, a strong ETag, and answers 304 when unchanged', async ({
	request
}) => {
	const first = await request.get('/api/dataset.json');
	expect(first.status()).toBe(200);
	const body = await first.json();
	expect(body.hash).toMatch(/^[0-9a-f]{16}$/);
	const etag = first.headers().etag!;
	expect(etag).toMatch(/^"[\w-]+"$/);
	const again = await request.get('/api/dataset.json', { headers: { 'if-none-match': etag } });
	expect(again.status()).toBe(304);
	expect(again.headers().etag).toBe(etag);
});

test('selecting a highlighted sentence lights up the chart marks that rest on it, and is linkable', async ({
	page
}) => {
	await page.goto('/');
	await enhanced(page);
	const hl = await drawing(page, 'troops')
		.locator('a.mark[data-hl]:not([data-hl=""])')
		.first()
		.getAttribute('data-hl');
	const id = hl!.split(' ')[0]!;
	const marks = drawing(page, 'troops').locator(`[data-hl~="${id}"]`);
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
	await enhanced(page);
	await expect(marks.first()).toHaveClass(/linked/);
});
