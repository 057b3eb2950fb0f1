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

// One test per route: axe alone takes about 10 s on the dashboard's DOM on this 2-core machine, so
// seven routes in one test ran past its 30-s timeout. Each gets 60 s: the slowest took 24 s while
// other jobs shared the machine.
for (const width of [360, 1280]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const route of routes) {
			test(`axe: no WCAG 2.2 AA violations on ${route} at ${width} px, ${colorScheme}`, async ({
				page
			}) => {
				test.setTimeout(60_000);
				await page.setViewportSize({ width, height: 900 });
				await page.emulateMedia({ colorScheme });
				await page.goto(route);
				const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
				const found = violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
				);
				expect(found).toEqual([]);
			});
		}
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
		'/embed/troops',
		'/nope',
		'/api/dataset.json',
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
			// Scripts from this origin only: no inline script, unless named by its hash.
			const scripts = csp.filter((d) => d.startsWith('script-src'));
			expect(scripts, path).toHaveLength(1);
			expect(scripts[0], path).toMatch(/^script-src 'self'( 'sha256-[\w+/=]+')*$/);
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
