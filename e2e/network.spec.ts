import { expect, test, type Page } from '@playwright/test';
import { axeViolations, dataset, drawing, enhanced, sidewaysScroll } from './support';

const card = (page: Page) => page.locator('#chart-network');
const map = (page: Page) => drawing(page, 'network');
const node = (page: Page, id: string) => map(page).locator(`a[data-node="${id}"]`);
/** Links the filters hide stay in the drawing, hidden, so that they can be shown again. */
const shown = (page: Page, selector: string) =>
	map(page).locator(selector).filter({ visible: true });
const links = (page: Page) => shown(page, 'a[data-link]');
const panel = (page: Page) => card(page).locator('#network-panel');

/** Waits until drag and zoom, which load when the map nears the viewport, are in (the zoom buttons show). */
async function ready(page: Page) {
	await enhanced(page);
	await card(page).scrollIntoViewIfNeeded();
	await expect(card(page).getByRole('button', { name: 'Reset zoom' })).toBeVisible();
}

test('arrow keys walk through neighbours; Enter opens the panel in place, Escape closes it and returns focus', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	await page.evaluate(() => ((window as unknown as { stay: boolean }).stay = true));
	await node(page, 'kenya').focus();
	await page.keyboard.press('ArrowRight');
	const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.node);
	// And on from there, to one of its own neighbours: an actor a link on the map joins to it.
	await page.keyboard.press('ArrowLeft');
	const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.node);
	for (const [a, b] of [
		['kenya', first],
		[first, second]
	]) {
		expect(b, `a move from ${a}`).toBeTruthy();
		expect(b).not.toBe(a);
		const joined = await map(page)
			.locator(
				`a[data-link][data-from="${a}"][data-to="${b}"], a[data-link][data-from="${b}"][data-to="${a}"]`
			)
			.count();
		expect(joined, `${a} and ${b} share a link`).toBeGreaterThan(0);
	}

	await node(page, 'kenya').focus();
	await page.keyboard.press('Enter');
	await expect(panel(page)).toBeVisible();
	await expect(panel(page)).toBeFocused();
	await expect(panel(page).getByRole('heading', { name: 'Kenya' })).toBeVisible();
	// The plan reads as a plan: the article says Kenya “is set to send” them, never that it sends them.
	await expect(panel(page)).toContainText(
		'Kenya is set to send an additional 600 officers to Haiti'
	);
	await expect(panel(page)).not.toContainText(/deploys 600|sends 600/);
	await expect(page).toHaveURL(/\/actors\/kenya#chart-network$/);
	await expect(node(page, 'kenya')).toHaveAttribute('aria-current', 'true');

	await page.keyboard.press('Escape');
	await expect(panel(page)).toHaveCount(0);
	await expect(node(page, 'kenya')).toBeFocused();
	await expect(page).toHaveURL(/\/#chart-network$/);
	// No page load: the window is the same one.
	expect(await page.evaluate(() => (window as unknown as { stay?: boolean }).stay)).toBe(true);
});

test('a selection is a page of its own: it survives a reload, drawn by the server', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	await node(page, 'haiti').click();
	await expect(page).toHaveURL(/\/actors\/haiti#chart-network$/);
	await page.reload();
	await expect(panel(page).locator('h4')).toHaveText('Haiti');
	await expect(node(page, 'haiti')).toHaveAttribute('aria-current', 'true');
});

test('an unknown actor is a 404 that names it', async ({ page }) => {
	const response = await page.goto('/actors/atlantis');
	expect(response?.status()).toBe(404);
	await expect(page.locator('main')).toContainText('No actor "atlantis"');
});

test('hovering an actor lights its relations and dims the rest; leaving it, the selection is lit again', async ({
	page
}) => {
	await page.goto('/actors/kenya');
	await ready(page);
	/** Which actor's links are lit, and which actors are dimmed, on the map. */
	const emphasis = () =>
		map(page).evaluate((svg) => ({
			lit: [...svg.querySelectorAll<SVGElement>('a[data-link].on')].map(
				(l) => `${l.dataset.from}>${l.dataset.to}`
			),
			dimmed: [...svg.querySelectorAll<SVGElement>('a[data-node].dim')].map((n) => n.dataset.node)
		}));
	const touching = (id: string, lit: string[]) =>
		lit.length > 0 && lit.every((l) => l.split('>').includes(id));

	const selected = await emphasis();
	expect(touching('kenya', selected.lit)).toBe(true);
	expect(selected.dimmed).not.toContain('kenya');

	await node(page, 'usa').hover();
	await expect(node(page, 'kenya')).toHaveClass(/selected/);
	await expect.poll(async () => touching('usa', (await emphasis()).lit)).toBe(true);
	const hovered = await emphasis();
	// The hovered actor, its neighbours and the selected actor stay bright; the rest dim.
	const bright = new Set(['usa', 'kenya', ...hovered.lit.flatMap((l) => l.split('>'))]);
	expect(hovered.dimmed.some((id) => bright.has(id!))).toBe(false);
	expect(hovered.dimmed.length).toBeGreaterThan(10);

	await page.mouse.move(0, 0);
	await expect.poll(async () => touching('kenya', (await emphasis()).lit)).toBe(true);
});

test('dragging an actor moves it and its links, and is not a selection', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const shape = node(page, 'gangs');
	await shape.scrollIntoViewIfNeeded();
	const before = (await shape.boundingBox())!;
	const path = map(page).locator('a[data-link="gangs-hold-hostage-haiti"] path').last();
	const d = await path.getAttribute('d');
	await page.mouse.move(before.x + before.width / 2, before.y + 8);
	await page.mouse.down();
	await page.mouse.move(before.x + before.width / 2 + 40, before.y + 60, { steps: 8 });
	await page.mouse.up();
	const after = (await shape.boundingBox())!;
	expect(Math.abs(after.x - before.x) + Math.abs(after.y - before.y)).toBeGreaterThan(20);
	expect(await path.getAttribute('d')).not.toBe(d);
	await expect(panel(page)).toHaveCount(0);
});

test('zoom in, then reset', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const viewport = map(page).locator('g.net-viewport');
	await card(page).getByRole('button', { name: 'Zoom in' }).click();
	await expect(viewport).toHaveAttribute('transform', /scale\(1\.5\)/);
	await card(page).getByRole('button', { name: 'Reset zoom' }).click();
	await expect(viewport).toHaveAttribute('transform', /scale\(1\)/);
});

test("an actor's name in the list of relations opens its panel in place", async ({ page }) => {
	await page.goto('/');
	await ready(page);
	await page.evaluate(() => ((window as unknown as { stay: boolean }).stay = true));
	await card(page).locator('#actor-kenya h5 a').click();
	await expect(panel(page).locator('h4')).toHaveText('Kenya');
	await expect(page).toHaveURL(/\/actors\/kenya#chart-network$/);
	await expect(node(page, 'kenya')).toHaveAttribute('aria-current', 'true');
	expect(await page.evaluate(() => (window as unknown as { stay?: boolean }).stay)).toBe(true);
	// The export menu follows the selection.
	await expect(card(page).locator('.export a', { hasText: 'SVG' })).toHaveAttribute(
		'href',
		/actor=kenya/
	);
});

test('filters hide and show links, count them, and stay in the URL', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const total = await links(page).count();
	const deploys = shown(page, 'a[data-kind="deploys-to"]');
	expect(await deploys.count()).toBeGreaterThan(0);
	// A kind whose links include a plan says so: the box that hides Kenya's 600 names what they are.
	await expect(
		card(page).getByRole('checkbox', { name: 'deploys to / set to deploy to', exact: true })
	).toHaveCount(1);
	await card(page).getByRole('checkbox', { name: 'deploys to' }).uncheck();
	await expect(deploys).toHaveCount(0);
	await expect(card(page).locator('.filters .count')).toHaveText(
		`${await links(page).count()} of ${total} relations shown`
	);
	await expect(page).toHaveURL(/filters=1/);
	await card(page).getByRole('checkbox', { name: 'Background only' }).uncheck();
	await expect(shown(page, 'a[data-provenance="background"]')).toHaveCount(0);

	// The filtered view, linked, opens filtered.
	await page.goto(page.url());
	await enhanced(page);
	await expect(card(page).getByRole('checkbox', { name: 'deploys to' })).not.toBeChecked();
	await expect(shown(page, 'a[data-kind="deploys-to"]')).toHaveCount(0);
	await card(page).getByRole('checkbox', { name: 'deploys to' }).check();
	await card(page).getByRole('checkbox', { name: 'Background only' }).check();
	await expect(links(page)).toHaveCount(total);
	await expect(page).not.toHaveURL(/filters=/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the map and the relation list render, an actor link selects it, and filters work', async ({
		page,
		request
	}) => {
		const api = await dataset(request);
		await page.goto('/');
		await expect(node(page, 'kenya')).toBeVisible();
		// Every relation of the dataset, listed once and drawn once.
		await expect(card(page).locator('li[id^="rel-"]')).toHaveCount(api.relations.length);
		await expect(links(page)).toHaveCount(api.relations.length);
		await expect(card(page).locator('#actor-kenya')).toContainText(
			'Kenya is set to send an additional 600 officers to Haiti'
		);

		await node(page, 'kenya').click();
		await expect(page).toHaveURL(/\/actors\/kenya#chart-network$/);
		await expect(panel(page).locator('h4')).toHaveText('Kenya');
		await card(page).getByRole('link', { name: 'Close the panel' }).click();
		await expect(page).toHaveURL(/\/#chart-network$/);
		await expect(panel(page)).toHaveCount(0);

		await card(page).getByRole('checkbox', { name: 'deploys to' }).uncheck();
		await expect(shown(page, 'a[data-kind="deploys-to"]')).toHaveCount(0);
		await card(page).getByRole('checkbox', { name: 'In the article' }).uncheck();
		await expect(shown(page, 'a[data-provenance="article"]')).toHaveCount(0);
		await card(page).getByRole('checkbox', { name: 'deploys to' }).check();
		await expect(
			shown(page, 'a[data-kind="deploys-to"][data-provenance="background"]')
		).not.toHaveCount(0);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 800 }, hasTouch: true });

	test('the narrow map is the one shown, its labels at 12 px or more, and a tap selects an actor', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		await expect(map(page)).toHaveAttribute('viewBox', /^0 0 300 /);
		const label = node(page, 'kenya').locator('text');
		const size = await label.evaluate((text) => {
			const svg = text.closest('svg')!;
			const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
			return {
				font: parseFloat(getComputedStyle(text).fontSize) * scale,
				box: text.getBoundingClientRect().height
			};
		});
		expect(size.font).toBeGreaterThanOrEqual(12);
		expect(size.box).toBeGreaterThanOrEqual(12);

		await node(page, 'kenya').tap();
		await expect(panel(page).getByRole('heading', { name: 'Kenya' })).toBeVisible();
		await expect(page).toHaveURL(/\/actors\/kenya#chart-network$/);
		await expect(node(page, 'kenya')).toHaveAttribute('aria-current', 'true');
	});
});

test('the network card has no axe violations, with an actor selected', async ({ page }) => {
	await page.goto('/actors/kenya');
	await ready(page);
	expect(await axeViolations(page, '#chart-network')).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
	for (const width of [360, 1280]) {
		test(`with Kenya selected, the card fits ${width} px in ${scheme} without horizontal scroll`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/actors/kenya');
			await ready(page);
			expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
			await expect(panel(page).locator('h4')).toHaveText('Kenya');
		});
	}
}
