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
			// Seven full pages, each sentence with its evidence links: axe needs more than the default 30 s.
			test.setTimeout(90_000);
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
	// Hydrated: the enhancements (copy buttons, zoom) are in the page.
	await expect(page.getByRole('button', { name: 'Copy link' }).first()).toBeVisible();
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
	// Far fewer than the page has: a selector that finds nothing must not pass as "0 of 0".
	expect(controls.length).toBeGreaterThan(20);
	const reached = new Set<string>();
	const unringed: string[] = [];
	for (let i = 0; i < controls.length + 20; i++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			/** What a focus ring may change: the outline, a shadow, the strokes or rings of an SVG mark. */
			const look = () => {
				const style = getComputedStyle(el);
				return {
					outline:
						style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
							? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
							: 'none',
					shadow: style.boxShadow,
					parts: [...el.querySelectorAll('*')].map((c) => {
						const s = getComputedStyle(c);
						return `${s.stroke} ${s.strokeWidth} ${s.visibility}`;
					})
				};
			};
			// The same element focused and not: the ring is what focus visibly changes.
			const focused = look();
			el.blur();
			const plain = look();
			el.focus();
			return {
				walk: el.dataset.walk ?? null,
				ring:
					(focused.outline !== 'none' && focused.outline !== plain.outline) ||
					(focused.shadow !== 'none' && focused.shadow !== plain.shadow) ||
					focused.parts.some((p, i) => p !== plain.parts[i]),
				refocused: document.activeElement === el,
				name: el.outerHTML.slice(0, 80)
			};
		});
		if (!focus) continue;
		expect(focus.refocused, focus.name).toBe(true);
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
		'/api/claims.json',
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
