import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const ids = ['troops', 'contributors', 'timeline', 'funding', 'network'] as const;

async function download(page: Page, selector: string) {
	const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
	return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

for (const javaScriptEnabled of [false, true]) {
	test.describe(`export links with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		for (const id of ids) {
			test(`${id}: SVG, PNG 2x, CSV and JSON download as valid files`, async ({ page }) => {
				await page.goto('/');
				const menu = `#chart-${id} .export`;
				const svg = await download(page, `${menu} a:text-is("SVG")`);
				expect(svg.name).toBe(`mss-haiti-${id}.svg`);
				expect(svg.body.toString()).toMatch(
					/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/
				);

				const png = await download(page, `${menu} a:text-is("PNG 2x")`);
				expect(png.name).toMatch(new RegExp(`^mss-haiti-${id}.*-2x\\.png$`));
				expect(png.body.subarray(1, 4).toString()).toBe('PNG');
				expect(png.body.readUInt32BE(16)).toBe(720 * 2);

				const csv = await download(page, `${menu} a:text-is("CSV")`);
				expect(csv.body.toString().split('\n')[0]).toContain('source,quote');

				const json = await download(page, `${menu} a:text-is("JSON")`);
				expect(JSON.parse(json.body.toString()).chart).toBe(id);
			});
		}
	});
}

test('with JavaScript the PNG follows the dark colour scheme and shows a busy state', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	const link = page.locator('#chart-troops .export a:text-is("PNG 1x")');
	await expect(link).toHaveAttribute('href', /theme=dark/);
	const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(file.suggestedFilename()).toBe('mss-haiti-troops-dark-1x.png');
	await expect(page.locator('#chart-troops .export [role="status"]')).toContainText('downloaded');
});

test('every other route forbids framing', async ({ request }) => {
	for (const path of [
		'/',
		'/api/dataset.json',
		'/api/claims.json',
		'/charts/troops.svg',
		'/charts/troops.png',
		'/data/troops.csv',
		'/nope'
	]) {
		const r = await request.get(path);
		expect(r.headers()['x-frame-options'], path).toBe('DENY');
		expect(r.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
	}
});

const bad: [string, number, string?][] = [
	['/charts/nope.svg', 404],
	['/charts/nope.png', 404],
	['/data/nope.csv', 404],
	['/data/nope.json', 404],
	['/embed/nope', 404],
	['/charts/troops.png?width=100', 400, 'width'],
	['/charts/troops.png?width=2401', 400, 'width'],
	['/charts/troops.png?width=abc', 400, 'width'],
	['/charts/troops.png?scale=0', 400, 'scale'],
	['/charts/troops.png?scale=5', 400, 'scale'],
	['/charts/troops.png?scale=2.5', 400, 'scale'],
	['/charts/troops.png?width=2400&scale=4', 400, 'scale'],
	['/charts/troops.png?theme=sepia', 400, 'theme'],
	['/charts/troops.png?theme=dark&theme=light', 400, 'theme'],
	['/charts/troops.svg?actor=kenya', 400, 'actor'],
	['/charts/troops.svg?foo=1', 400, 'foo'],
	['/charts/network.png?actor=atlantis', 400, 'actor'],
	['/data/troops.csv?width=800', 400, 'width'],
	['/data/network.json?actor=%00', 400, 'actor'],
	['/embed/troops?theme=dark', 400]
];

for (const [path, status, parameter] of bad) {
	test(`${path} → ${status}${parameter ? ` naming ${parameter}` : ''}`, async ({ request }) => {
		const r = await request.get(path);
		expect(r.status()).toBe(status);
		if (parameter) expect((await r.json()).parameter).toBe(parameter);
	});
}
