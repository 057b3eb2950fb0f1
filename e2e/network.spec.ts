import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const card = (page: Page) => page.locator('#chart-network');
/** The map is laid out at several widths; CSS shows one, the others are display:none. */
const shownMap = (page: Page) => card(page).locator('.variant').filter({ visible: true });
const node = (page: Page, id: string) => shownMap(page).locator(`a[data-node="${id}"]`);
/** Links the filters hide stay in the drawing, hidden, so that JavaScript can show them again. */
const shown = (page: Page, selector: string) =>
	shownMap(page).locator(selector).filter({ visible: true });
const links = (page: Page) => shown(page, 'a[data-link]');

/** Waits until the lazily loaded drag and zoom code is in (it shows the zoom buttons). */
async function ready(page: Page) {
	await card(page).scrollIntoViewIfNeeded();
	await expect(card(page).getByRole('button', { name: 'Reset zoom' })).toBeVisible();
}

test('arrow keys walk through neighbours; Enter opens the panel, Escape closes it and returns focus', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	await node(page, 'kenya').focus();
	const neighbours = ['haiti', 'mss', 'ruto'];
	await page.keyboard.press('ArrowRight');
	const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.node);
	expect(neighbours).toContain(first);
	// And on from there, to one of its own neighbours: an actor a link on the map joins to it.
	await page.keyboard.press('ArrowLeft');
	const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.node);
	expect(second).toBeTruthy();
	expect(second).not.toBe(first);
	const pairs = await shownMap(page)
		.locator('a[data-link]')
		.evaluateAll((ls) =>
			ls.map((l) => [(l as SVGElement).dataset.from, (l as SVGElement).dataset.to])
		);
	const joined = pairs.some(
		([from, to]) => (from === first && to === second) || (from === second && to === first)
	);
	expect(joined, `${first} and ${second} share a link`).toBe(true);

	await node(page, 'kenya').focus();
	await page.keyboard.press('Enter');
	const panel = card(page).locator('#network-panel');
	await expect(panel).toBeVisible();
	await expect(panel).toBeFocused();
	await expect(panel.getByRole('heading', { name: 'Kenya' })).toBeVisible();
	// The plan reads as a plan: the article says Kenya “is set to send” them, never that it sends them.
	await expect(panel).toContainText('Kenya is set to send an additional 600 officers to Haiti');
	await expect(panel).not.toContainText(/deploys 600|sends 600/);
	await expect(page).toHaveURL(/actor=kenya/);

	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(node(page, 'kenya')).toBeFocused();
	await expect(page).not.toHaveURL(/actor=/);
});

test('the selected actor survives a reload, server-rendered', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	await node(page, 'haiti').click();
	await expect(page).toHaveURL(/actor=haiti/);
	await page.reload();
	await expect(card(page).locator('#network-panel h4')).toHaveText('Haiti');
	await expect(node(page, 'haiti')).toHaveAttribute('aria-current', 'true');
});

test('an unknown actor shows a notice, not an error page', async ({ page }) => {
	const response = await page.goto('/?actor=unknown');
	expect(response?.status()).toBe(200);
	await expect(card(page).locator('.notice[role="status"]')).toContainText(
		'No actor is called “unknown”'
	);
	await expect(card(page).locator('#network-panel')).toHaveCount(0);
	await expect(card(page).locator('[aria-current="true"]')).toHaveCount(0);
});

test('hovering an actor lights its relations and dims the rest; leaving it, the selection is lit again', async ({
	page
}) => {
	await page.goto('/?actor=kenya');
	await ready(page);
	/** Which actor's links are lit, and which actors are dimmed, on the map shown. */
	const emphasis = () =>
		shownMap(page).evaluate((map) => ({
			lit: [...map.querySelectorAll<SVGElement>('a[data-link].on')].map(
				(l) => `${l.dataset.from}>${l.dataset.to}`
			),
			dimmed: [...map.querySelectorAll<SVGElement>('a[data-node].dim')].map((n) => n.dataset.node)
		}));
	const touching = (id: string, lit: string[]) =>
		lit.length > 0 && lit.every((l) => l.split('>').includes(id));

	const selected = await emphasis();
	expect(selected.lit.length).toBeGreaterThan(0);
	expect(touching('kenya', selected.lit)).toBe(true);
	expect(selected.dimmed).not.toContain('kenya');

	await node(page, 'usa').hover();
	await expect(node(page, 'kenya')).toHaveClass(/selected/);
	await expect.poll(async () => touching('usa', (await emphasis()).lit)).toBe(true);
	const hovered = await emphasis();
	expect(hovered.lit.length).toBeGreaterThan(0);
	// The hovered actor, its neighbours and the selected actor stay bright; the rest dim.
	const bright = new Set(['usa', 'kenya', ...hovered.lit.flatMap((l) => l.split('>'))]);
	expect(hovered.dimmed.some((id) => bright.has(id!))).toBe(false);
	expect(hovered.dimmed.length).toBeGreaterThan(10);

	await page.mouse.move(0, 0);
	await expect.poll(async () => touching('kenya', (await emphasis()).lit)).toBe(true);
});

test('dragging an actor moves it and its links', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const shape = node(page, 'gangs');
	await shape.scrollIntoViewIfNeeded();
	const before = await shape.boundingBox();
	const path = shownMap(page).locator('a[data-link="gangs-hold-hostage-haiti"] path').last();
	const d = await path.getAttribute('d');
	await page.mouse.move(before!.x + before!.width / 2, before!.y + 8);
	await page.mouse.down();
	await page.mouse.move(before!.x + before!.width / 2 + 40, before!.y + 60, { steps: 8 });
	await page.mouse.up();
	const after = await shape.boundingBox();
	expect(Math.abs(after!.x - before!.x) + Math.abs(after!.y - before!.y)).toBeGreaterThan(20);
	expect(await path.getAttribute('d')).not.toBe(d);
	// A drag is not a selection.
	await expect(card(page).locator('#network-panel')).toHaveCount(0);
});

test('zoom in, then reset', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const viewport = shownMap(page).locator('g.net-viewport');
	await card(page).getByRole('button', { name: 'Zoom in' }).click();
	await expect(viewport).toHaveAttribute('transform', /scale\(1\.5\)/);
	await card(page).getByRole('button', { name: 'Reset zoom' }).click();
	await expect(viewport).toHaveAttribute('transform', /scale\(1\)/);
});

test("with JavaScript, an actor's name in the list of relations opens its panel in place", async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	await page.evaluate(() => ((window as unknown as { stay: boolean }).stay = true));
	await card(page).locator('#actor-kenya h5 a').click();
	await expect(card(page).locator('#network-panel h4')).toHaveText('Kenya');
	await expect(page).toHaveURL(/\?actor=kenya#chart-network/);
	await expect(node(page, 'kenya')).toHaveAttribute('aria-current', 'true');
	// No page load: the window is the same one.
	expect(await page.evaluate(() => (window as unknown as { stay?: boolean }).stay)).toBe(true);
});

test('filters hide and show links', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const total = await links(page).count();
	const deploys = shown(page, 'a[data-kind="deploys-to"]');
	expect(await deploys.count()).toBeGreaterThan(0);
	await card(page).getByRole('checkbox', { name: 'deploys to' }).uncheck();
	await expect(deploys).toHaveCount(0);
	await expect(page).toHaveURL(/filters=1/);
	await card(page).getByRole('checkbox', { name: 'Background only' }).uncheck();
	await expect(shown(page, 'a[data-provenance="background"]')).toHaveCount(0);
	await card(page).getByRole('checkbox', { name: 'deploys to' }).check();
	await card(page).getByRole('checkbox', { name: 'Background only' }).check();
	await expect(links(page)).toHaveCount(total);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the map and the relation list render, a node link selects the actor, filters work by GET', async ({
		page,
		request
	}) => {
		const api = (await (await request.get('/api/dataset.json')).json()) as { relations: unknown[] };
		expect(api.relations.length).toBeGreaterThan(0);
		await page.goto('/');
		await expect(node(page, 'kenya')).toBeVisible();
		// Every relation of the dataset, listed once and drawn once.
		await expect(card(page).locator('li[id^="rel-"]')).toHaveCount(api.relations.length);
		await expect(links(page)).toHaveCount(api.relations.length);
		await expect(card(page).locator('#actor-kenya')).toContainText(
			'Kenya is set to send an additional 600 officers to Haiti'
		);

		await node(page, 'kenya').click();
		await expect(page).toHaveURL(/\?actor=kenya#chart-network/);
		await expect(card(page).locator('#network-panel h4')).toHaveText('Kenya');
		await card(page).getByRole('link', { name: 'Close the panel' }).click();
		await expect(card(page).locator('#network-panel')).toHaveCount(0);

		await card(page).getByRole('checkbox', { name: 'deploys to' }).uncheck();
		await card(page).getByRole('button', { name: 'Apply filters' }).click();
		await expect(shown(page, 'a[data-kind="deploys-to"]')).toHaveCount(0);
		await expect(card(page).getByRole('checkbox', { name: 'deploys to' })).not.toBeChecked();
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 800 }, hasTouch: true });

	test('the narrow map is the one shown, its labels at 12 px or more, and a tap selects an actor', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		await expect(shownMap(page)).toHaveCount(1);
		await expect(shownMap(page)).toHaveAttribute('data-width', '300');
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
		const panel = card(page).locator('#network-panel');
		await expect(panel.getByRole('heading', { name: 'Kenya' })).toBeVisible();
		await expect(page).toHaveURL(/actor=kenya/);
		await expect(node(page, 'kenya')).toHaveAttribute('aria-current', 'true');
	});
});

test('the network card has no axe violations, with an actor selected', async ({ page }) => {
	await page.goto('/?actor=kenya');
	await ready(page);
	const results = await new AxeBuilder({ page }).include('#chart-network').analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
	for (const width of [360, 1280]) {
		test(`with Kenya selected, the card fits ${width} px in ${scheme} without horizontal scroll`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/?actor=kenya');
			await ready(page);
			const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(scroll).toBeLessThanOrEqual(width);
			await expect(card(page).locator('#network-panel h4')).toHaveText('Kenya');
		});
	}
}
