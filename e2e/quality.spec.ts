import { expect, test } from '@playwright/test';
import { axeViolations, enhanced, sidewaysScroll } from './support';

// The dashboard with a selection differs from `/` only by the network's panel, which the network spec
// checks with axe on its own.
const routes = [
	'/',
	'/charts/troops',
	'/charts/network/ruto',
	'/embed/troops',
	'/embed/contributors',
	'/embed/timeline',
	'/embed/funding',
	'/embed/network/ruto'
];

// One test per route, theme and width, so that a failure names its page. The dashboard is long: axe
// takes a good part of the default 30 s on it, so these tests get more.
for (const route of routes) {
	for (const width of [360, 1280]) {
		for (const colorScheme of ['light', 'dark'] as const) {
			test(`axe: no WCAG 2.2 AA violations on ${route} at ${width} px, ${colorScheme}`, async ({
				page
			}) => {
				test.setTimeout(60_000);
				await page.setViewportSize({ width, height: 900 });
				await page.emulateMedia({ colorScheme });
				await page.goto(route);
				await enhanced(page);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	}
}

test('no horizontal scroll at 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	for (const route of [
		'/',
		'/actors/kenya',
		'/actors/guterres',
		'/charts/funding',
		'/embed/network/mss'
	]) {
		await page.goto(route);
		await enhanced(page);
		expect(await sidewaysScroll(page), route).toBeLessThanOrEqual(0);
	}
});

test('a keyboard-only walk reaches every interactive control, each with a visible focus ring', async ({
	page
}) => {
	// Hundreds of Tab presses, each checked: more than the default 30 s on a busy machine.
	test.setTimeout(60_000);
	await page.goto('/');
	await enhanced(page);
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
		'/actors/kenya',
		'/charts/troops',
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
		else {
			expect(h['x-frame-options'], path).toBe('DENY');
			expect(csp, path).toContain("frame-ancestors 'none'");
		}
	}
	// Pages run no inline script at all: only their own module.
	const page = (await request.get('/')).headers()['content-security-policy']!;
	expect(page).toMatch(/script-src 'self'(;|$)/);
});
