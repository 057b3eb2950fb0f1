import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chartIds, enhanced } from './support';

async function download(page: Page, selector: string) {
	const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
	return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

/** The text chunks of a PNG, by keyword (tEXt and iTXt). */
function pngText(png: Buffer): Record<string, string> {
	const out: Record<string, string> = {};
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		const data = png.subarray(at + 8, at + 8 + length);
		const nul = data.indexOf(0);
		if (type === 'tEXt') out[data.toString('latin1', 0, nul)] = data.toString('latin1', nul + 1);
		if (type === 'iTXt') {
			// keyword, NUL, compression flag and method, language tag NUL, translated keyword NUL, text
			let rest = data.subarray(nul + 3);
			rest = rest.subarray(rest.indexOf(0) + 1);
			rest = rest.subarray(rest.indexOf(0) + 1);
			out[data.toString('latin1', 0, nul)] = rest.toString('utf8');
		}
		at += 12 + length;
	}
	return out;
}

for (const javaScriptEnabled of [false, true]) {
	test.describe(`export links with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		for (const id of chartIds) {
			test(`${id}: SVG, PNG 2x, CSV and JSON download as valid files`, async ({ page }) => {
				await page.goto('/');
				if (javaScriptEnabled) await enhanced(page);
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

test('an exported file leads back: the chart’s permalink, title and description travel with it', async ({
	page,
	request
}) => {
	await page.goto('/charts/troops');
	const title = (await page.locator('#chart-troops h3').textContent())!.trim();
	const description = (await page.locator('#chart-troops .finding').textContent())!.trim();
	const svg = await (await request.get('/charts/troops.svg')).text();
	expect(svg).toContain(`<title id="mss-troops-title">${title}</title>`);
	expect(svg).toContain(description);
	expect(svg).toMatch(/https?:\/\/[^<]*\/charts\/troops/);
	const png = pngText(await (await request.get('/charts/troops.png')).body());
	expect(png.Title).toBe(title);
	expect(png.Description).toBe(description);
	expect(png.Source).toMatch(/\/charts\/troops$/);
});

test('the share menu offers the link, the embed code and the alt text, each to copy', async ({
	page
}) => {
	await page.goto('/');
	await enhanced(page);
	const menu = page.locator('#chart-funding .export');
	await menu.getByText('Share, embed, alt text').click();
	await expect(menu.getByLabel('Link to this chart')).toHaveValue(/\/charts\/funding$/);
	const embed = await menu.getByLabel(/Embed code/).inputValue();
	const title = (await page.locator('#chart-funding h3').textContent())!.trim();
	expect(embed).toContain(`title="${title} (MSS Haiti dashboard)"`);
	expect(embed).toMatch(/src="https?:\/\/[^"]+\/embed\/funding"/);
	expect(embed).toMatch(/<script async src="https?:\/\/[^"]+\/embed\.js"><\/script>/);
	await expect(menu.getByLabel(/Alt text/)).toHaveValue(
		(await page.locator('#chart-funding .finding').textContent())!.trim()
	);
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await menu.getByRole('button', { name: 'Copy alt text' }).click();
	await expect(menu.locator('[role="status"]')).toHaveText('Copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		await menu.getByLabel(/Alt text/).inputValue()
	);
});

test('with JavaScript the PNG follows the dark colour scheme and shows a busy state', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await enhanced(page);
	const link = page.locator('#chart-troops .export a:text-is("PNG 1x")');
	await expect(link).toHaveAttribute('href', /theme=dark/);
	const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(file.suggestedFilename()).toBe('mss-haiti-troops-dark-1x.png');
	await expect(page.locator('#chart-troops .export [role="status"]')).toContainText('downloaded');
});

const bad: [string, number, string?][] = [
	['/charts/nope.svg', 404],
	['/charts/nope.png', 404],
	['/data/nope.csv', 404],
	['/data/nope.json', 404],
	['/embed/nope', 404],
	['/charts/nope', 404],
	['/charts/troops.png?width=100', 400, 'width'],
	['/charts/troops.png?width=2401', 400, 'width'],
	['/charts/troops.png?width=abc', 400, 'width'],
	['/charts/troops.png?scale=0', 400, 'scale'],
	['/charts/troops.png?scale=5', 400, 'scale'],
	['/charts/troops.png?scale=2.5', 400, 'scale'],
	['/charts/troops.png?width=2400&scale=4', 400, 'scale'],
	['/charts/timeline.png?width=1200&scale=4', 400, 'scale'],
	['/charts/troops.png?theme=sepia', 400, 'theme'],
	['/charts/troops.png?theme=dark&theme=light', 400, 'theme'],
	['/charts/troops.svg?actor=kenya', 400, 'actor'],
	['/charts/troops.svg?foo=1', 400, 'foo'],
	['/charts/network.png?actor=atlantis', 400, 'actor'],
	['/data/troops.csv?width=800', 400, 'width'],
	['/data/network.json?actor=%00', 400, 'actor']
];

for (const [path, status, parameter] of bad) {
	test(`${path} → ${status}${parameter ? ` naming ${parameter}` : ''}`, async ({ request }) => {
		const r = await request.get(path);
		expect(r.status()).toBe(status);
		if (parameter) expect((await r.json()).parameter).toBe(parameter);
	});
}
