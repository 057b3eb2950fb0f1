import { expect, test } from '@playwright/test';

// The framing page below is answered by the test itself (nothing is sent anywhere), so Chromium cannot
// tell it is local and would block it from framing a loopback server; in production both are public.
test.use({
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-features=LocalNetworkAccessChecks'
		]
	}
});

test('the embed route shows the chart alone and can be framed', async ({ page, baseURL }) => {
	const response = await page.goto('/embed/troops');
	expect(response?.headers()['x-frame-options']).toBeUndefined();
	expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *');
	await expect(page.locator('.chart-card')).toHaveCount(1);
	await expect(page.locator('h1')).toHaveCount(0);

	// A page on another origin (answered by the test itself: nothing is sent anywhere).
	await page.route('http://localhost:9/story', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<iframe src="${baseURL}/embed/contributors" title="embed" width="800" height="600"></iframe>`
		})
	);
	await page.goto('http://localhost:9/story');
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('.chart-card h3')).toBeVisible();
});
