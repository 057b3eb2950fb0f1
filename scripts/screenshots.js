// The screenshots kept in docs/ for review: the page's top and every chart card, light and dark, at
// phone and desktop width. Against a running server: node scripts/screenshots.js [base URL]
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const cards = ['troops', 'contributors', 'timeline', 'funding', 'network'];
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-dev-shm-usage',
		'--no-first-run',
		'--disable-background-networking'
	]
});
for (const colorScheme of ['light', 'dark']) {
	for (const width of [360, 1280]) {
		const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
		await page.goto(`${base}/actors/kenya`, { waitUntil: 'networkidle' });
		await page.evaluate(() => scrollTo(0, 0));
		await page.screenshot({ path: `docs/screenshots/page-${colorScheme}-${width}.png` });
		for (const id of cards) {
			await page
				.locator(`#chart-${id}`)
				.screenshot({ path: `docs/screenshots/${id}-${colorScheme}-${width}.png` });
		}
		await page.close();
	}
}
await browser.close();
console.log(
	`docs/screenshots: page and ${cards.length} charts, light and dark, at 360 and 1280 px`
);
