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

test('security headers on every response, static or dynamic, page or file', async ({ request }) => {
	const pageDirectives = [
		"default-src 'self'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'"
	];
	for (const path of [
		'/',
		'/actors/kenya',
		'/charts/troops',
		'/embed/troops',
		'/nope',
		'/api/dataset.json',
		'/api/claims.json',
		'/charts/troops.svg',
		'/charts/troops.png',
		'/data/troops.csv',
		'/charts/troops.png?width=1',
		'/favicon.svg',
		'/robots.txt',
		'/fonts/source-sans-3-latin-wght-normal.woff2',
		'/_app/version.json'
	]) {
		const h = (await request.get(path, { maxRedirects: 0, failOnStatusCode: false })).headers();
		const embed = path.startsWith('/embed/');
		const ancestors = embed ? 'frame-ancestors *' : "frame-ancestors 'none'";
		const csp = (h['content-security-policy'] ?? '').split('; ');
		if (h['content-type']?.startsWith('text/html')) {
			// Scripts from this origin only: pages run no inline script at all.
			const scripts = csp.filter((d) => d.startsWith('script-src'));
			expect(scripts, path).toHaveLength(1);
			expect(scripts[0], path).toBe("script-src 'self'");
			expect(csp.filter((d) => !d.startsWith('script-src')).sort(), path).toEqual(
				[...pageDirectives, ancestors].sort()
			);
		} else {
			expect(csp, path).toEqual(["default-src 'none'", "style-src 'unsafe-inline'", ancestors]);
		}
		expect(h['x-frame-options'], path).toBe(embed ? undefined : 'DENY');
		expect(h['x-content-type-options'], path).toBe('nosniff');
		expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		expect(h['cross-origin-opener-policy'], path).toBe('same-origin');
		expect(h['permissions-policy'], path).toBe('camera=(), microphone=(), geolocation=()');
	}
});
