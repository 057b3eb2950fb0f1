import { expect, test } from '@playwright/test';

interface ApiClaims {
	claims: {
		id: string;
		text: string;
		basis: 'stated' | 'attributed' | 'derived';
		speakers: string[];
		rules: string[];
		records: { type: string; id: string }[];
		evidence: { anchor: string; quote: string }[];
	}[];
	rules: { id: string; text: string }[];
}

test('/api/claims.json lists every sentence the page writes, with its records, basis and quotes', async ({
	request
}) => {
	const response = await request.get('/api/claims.json');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/json');
	const api = (await response.json()) as ApiClaims;
	expect(api.claims.map((c) => c.id)).toContain('claim-headline');
	for (const c of api.claims) {
		expect(c.records.length, c.id).toBeGreaterThan(0);
		expect(c.evidence.length, c.id).toBeGreaterThan(0);
		for (const s of c.speakers) expect(c.text, c.id).toContain(s);
		expect(c.rules.length > 0, c.id).toBe(c.basis === 'derived');
		for (const r of c.rules)
			expect(
				api.rules.map((x) => x.id),
				c.id
			).toContain(r);
	}
	expect(api.claims.filter((c) => c.basis === 'derived').length).toBeGreaterThan(3);
	expect(api.claims.filter((c) => c.basis === 'attributed').length).toBeGreaterThan(3);
});

for (const javaScriptEnabled of [false, true]) {
	test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('every generated sentence on / links to its evidence, and a derived value to its rule', async ({
			page,
			request
		}) => {
			const api = (await (await request.get('/api/claims.json')).json()) as ApiClaims;
			await page.goto('/');
			for (const c of api.claims) {
				// A relation's sentence is its entry in the list of relations; every other, a claim's element.
				const sentence = page.locator(
					c.id.startsWith('claim-relation-')
						? `#rel-${c.id.slice('claim-relation-'.length)}`
						: `[data-claim="${c.id}"]`
				);
				await expect(sentence, c.id).toHaveCount(1);
				await expect(sentence, c.id).toContainText(c.text.slice(0, 40));
				await expect(sentence, c.id).toHaveAttribute('data-basis', c.basis);
				// The sentence's links lead to its evidence: each anchor it cites is on the page.
				const hrefs = await sentence
					.locator('a[href^="#hl-"], a[href^="#src-"]')
					.evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
				expect(hrefs.sort(), c.id).toEqual([...new Set(c.evidence.map((e) => e.anchor))].sort());
				for (const r of c.rules) {
					await expect(sentence.locator(`a[href="#${r}"]`), c.id).toHaveCount(1);
					await expect(page.locator(`li#${r}`), r).toHaveCount(1);
				}
			}
		});

		test('a rule is one click away and names its inputs’ evidence', async ({ page }) => {
			await page.goto('/');
			const mark = page
				.locator('[data-claim="claim-fig-additional-officers-arrivals"] a.derived')
				.first();
			const href = await mark.getAttribute('href');
			await mark.click();
			await expect(page).toHaveURL(new RegExp(`${href}$`));
			const rule = page.locator(`li${href}`);
			await expect(rule).toBeInViewport();
			await expect(rule).toContainText(
				'“the following month” after the meeting of 11 Oct 2024 = Nov 2024'
			);
			await expect(rule.locator('a.marker')).not.toHaveCount(0);
		});
	});
}

test('the sources list the conflicts the charts leave out, each with its reason', async ({
	page
}) => {
	await page.goto('/');
	const list = page.locator('#sources .not-charted li');
	await expect(list).toHaveCount(3);
	for (const text of await list.allTextContents()) expect(text).toMatch(/⚠ .+ — .{20,}/);
});

test('exports mark a derived value and name its rule', async ({ request }) => {
	const svg = await (await request.get('/charts/troops.svg')).text();
	// The drawn words, as one text: the footer wraps over several lines.
	const words = svg
		.replace(/<title[\s\S]*?<\/title>|<desc[\s\S]*?<\/desc>|<style[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');
	expect(words).toContain('361† arrived');
	expect(words).toContain('† Our calculation:');
	expect(words).toContain(
		'217 (18 Jan 2025) + 144 (6 Feb 2025) = 361 officers arrived after the meeting'
	);
	const csv = await (await request.get('/data/troops.csv')).text();
	const [header, ...rows] = csv.trim().split('\n');
	expect(header).toContain('basis,rule,provenance,source,quote');
	const derived = rows.filter((r) => r.includes('our calculation†'));
	expect(derived).toHaveLength(2);
	for (const r of derived) expect(r).toContain('† Our calculation:');
	const json = (await (await request.get('/data/network.json')).json()) as {
		columns: { key: string }[];
		rows: Record<string, unknown>[];
	};
	// The network's table has no column of its own called “source”: the evidence's is the only one.
	expect(json.columns.map((c) => c.key)).not.toContain('source');
	expect(json.rows.every((r) => typeof r.basis === 'string' && typeof r.source === 'string')).toBe(
		true
	);
});
