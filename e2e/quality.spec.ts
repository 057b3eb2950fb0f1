import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const routes = [
	'/',
	'/?actor=kenya',
	'/embed/troops',
	'/embed/contributors',
	'/embed/timeline',
	'/embed/funding',
	'/embed/network?actor=ruto'
];
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const width of [360, 1280]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe: no WCAG 2.2 AA violations on every route at ${width} px, ${colorScheme}`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme });
			const found: string[] = [];
			for (const route of routes) {
				await page.goto(route);
				const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
				found.push(
					...violations.map(
						(v) => `${route} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
					)
				);
			}
			expect(found).toEqual([]);
		});
	}
}

test('no horizontal scroll at 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	for (const route of ['/', '/?actor=kenya', '/?actor=guterres', '/embed/network?actor=mss']) {
		await page.goto(route);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, route).toBeLessThanOrEqual(0);
	}
});

test('a keyboard-only walk reaches every interactive control, each with a visible focus ring', async ({
	page
}) => {
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	const controls = await page.evaluate(() => {
		const selector = 'a[href], button, summary, input, select, textarea, [tabindex="0"]';
		return (
			[...document.querySelectorAll<HTMLElement>(selector)]
				.filter(
					(el) =>
						el.getClientRects().length > 0 && !el.closest('[inert], [hidden]') && el.tabIndex >= 0
				)
				.filter((el) => getComputedStyle(el).visibility !== 'hidden')
				// Inside a closed <details> only its summary is reachable, as it should be.
				.filter((el) => el.tagName === 'SUMMARY' || !el.closest('details:not([open])'))
				.map((el, i) => (el.dataset.walk = String(i)))
		);
	});
	const reached = new Set<string>();
	const unringed: string[] = [];
	for (let i = 0; i < controls.length + 20; i++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
			const svgRing =
				el.closest('svg') !== null &&
				[...el.querySelectorAll('*')].some((c) => getComputedStyle(c).stroke !== 'none');
			return {
				walk: el.dataset.walk ?? null,
				ring: ring || svgRing || style.boxShadow !== 'none',
				name: el.outerHTML.slice(0, 80)
			};
		});
		if (!focus) continue;
		if (focus.walk) reached.add(focus.walk);
		if (!focus.ring) unringed.push(focus.name);
	}
	const missed = controls.filter((c) => !reached.has(c));
	expect(
		missed.length,
		`controls never reached by Tab: ${missed.length} of ${controls.length}`
	).toBe(0);
	expect(unringed).toEqual([]);
});

test('security headers on every response', async ({ request }) => {
	for (const path of [
		'/',
		'/api/dataset.json',
		'/charts/troops.svg',
		'/charts/troops.png',
		'/data/troops.csv',
		'/embed/troops',
		'/favicon.svg',
		'/nope'
	]) {
		const h = (await request.get(path)).headers();
		const csp = h['content-security-policy'] ?? '';
		expect(csp, path).toContain('frame-ancestors');
		expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(h['x-content-type-options'], path).toBe('nosniff');
		expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		if (path.startsWith('/embed/')) expect(csp).toContain('frame-ancestors *');
		else expect(h['x-frame-options'], path).toBe('DENY');
	}
	const page = (await request.get('/')).headers()['content-security-policy']!;
	expect(page).toMatch(/script-src 'self' 'sha256-/);
});
