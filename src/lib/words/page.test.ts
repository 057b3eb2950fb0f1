import { describe, expect, test } from 'vitest';
import { chartIds, charts } from '$lib/charts/registry';
import { coverageProblems, warnings } from '$lib/data/coverage';
import facts from '$lib/data/facts.md?raw';
import { notCharted } from '$lib/data/notCharted';
import { plainFacts } from '$lib/data/validate';
import { dataset } from '$lib/server/site';
import { DERIVED_MARK } from './rules';
import { claimsJson } from './claimsJson';
import { allClaims, pageClaims } from './page';

const page = pageClaims(dataset);
const claims = allClaims(page);

describe('pageClaims', () => {
	test('gives every sentence an id of its own', () => {
		const ids = claims.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test.each(claims.map((c) => [c.id, c] as const))(
		'%s rests on records and links to their evidence, as strongly as they allow',
		(_, c) => {
			expect(c.records.length).toBeGreaterThan(0);
			expect(c.evidence.length).toBeGreaterThan(0);
			// An attributed sentence names every speaker it rests on.
			for (const s of c.speakers) expect(c.text).toContain(s);
			// A derived value is marked in the text, and the mark leads to a written rule.
			expect(c.text.includes(DERIVED_MARK)).toBe(c.rules.length > 0);
			for (const r of c.rules) expect(r.text.length).toBeGreaterThan(10);
			// Nothing announced or pledged is written as done.
			expect(c.text).not.toMatch(/\b(sends|will send|deploys 600|sent 600)\b/);
		}
	);

	test('the headline says the 600 are announced, not sent, and names Ruto’s call', () => {
		expect(page.headline.text).toBe(
			'William Ruto called on the international community (global partners) to fulfill their financial pledges to the MSS; Kenya is set to send an additional 600 officers to Haiti'
		);
		expect(page.title).toMatch(/^600 officers announced for Haiti/);
	});

	test('lists every rule a sentence or a table row uses, once', () => {
		const used = [
			...claims.flatMap((c) => c.rules),
			...chartIds.flatMap((id) =>
				charts[id].table(charts[id].select(dataset, {})).rows.flatMap((r) => r.rules ?? [])
			)
		].map((r) => r.id);
		expect(page.rules.map((r) => r.id).sort()).toEqual([...new Set(used)].sort());
		expect(page.rules.map((r) => r.text)).toContain(
			'“the following month” after the meeting of 11 Oct 2024 = Nov 2024'
		);
	});
});

describe('claimsJson', () => {
	test('lists the page’s own sentences, with records, basis and quotes', () => {
		const json = claimsJson(dataset);
		expect(json.claims.map((c) => [c.id, c.text])).toEqual(claims.map((c) => [c.id, c.text]));
		for (const c of json.claims) {
			expect(['stated', 'attributed', 'derived']).toContain(c.basis);
			for (const e of c.evidence) expect(e.quote.length).toBeGreaterThan(2);
			for (const r of c.rules) expect(json.rules.some((x) => x.id === r)).toBe(true);
		}
	});

	test('lists every row of the charts’ tables, with its basis, rules and quotes', () => {
		const json = claimsJson(dataset);
		for (const id of chartIds) {
			const rows = charts[id].table(charts[id].select(dataset, {})).rows;
			const listed = json.rows.filter((r) => r.chart === id);
			expect(
				listed.map((r) => r.cells),
				id
			).toEqual(rows.map((r) => r.cells));
		}
		for (const r of json.rows) {
			expect(r.cells.basis, r.id).toBeTruthy();
			expect(r.evidence.length > 0 || r.cells.basis === 'none in our sources', r.id).toBe(true);
			for (const id of r.rules)
				expect(
					json.rules.some((x) => x.id === id),
					r.id
				).toBe(true);
		}
		// The funding chart's drawn gap is one of them, with both its rules.
		const gap = json.rows.find((r) => r.cells.what === 'Trust fund short of one year’s need');
		expect(gap?.rules).toHaveLength(2);
		expect(json.notCharted.length).toBeGreaterThan(0);
	});
});

describe('conflicts of the fact sheet', () => {
	const sheet = plainFacts(facts);
	// What the page shows: the records of its sentences and of its charts' table rows.
	const shown = new Set(
		[
			...claims.flatMap((c) => c.records),
			...chartIds.flatMap((id) =>
				charts[id].table(charts[id].select(dataset, {})).rows.flatMap((r) => r.records ?? [])
			)
		].map((r) => `${r.type}:${r.id}`)
	);

	test('reads every ⚠ of facts.md that names values', () => {
		expect(warnings(sheet)).toHaveLength(13);
	});

	test('charts every ⚠ with all its values, or lists it with its reason as not charted', () => {
		expect(coverageProblems(sheet, dataset, shown, notCharted)).toEqual([]);
		expect(notCharted).toHaveLength(3);
	});
});
