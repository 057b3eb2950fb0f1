// Screenshots of a page for looking at: node scripts/screenshot.js URL OUT.png [width] [light|dark] [full] [nojs]
import { chromium } from '@playwright/test';

const [url, out, width = '1280', scheme = 'light', full = 'full', js = 'js'] =
	process.argv.slice(2);
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
const page = await browser.newPage({
	viewport: { width: Number(width), height: 900 },
	colorScheme: scheme === 'dark' ? 'dark' : 'light',
	javaScriptEnabled: js !== 'nojs'
});
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
