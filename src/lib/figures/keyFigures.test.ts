import { expect, test } from 'vitest';
import { raw } from '$lib/data/dataset';
import facts from '$lib/data/facts.md?raw';
import { validate } from '$lib/data/validate';
import { keyFigures } from './keyFigures';

const ds = validate(raw, facts);

test('keyFigures reads every value from the dataset', () => {
	const figures = keyFigures(ds);
	expect(figures.map((f) => [f.id, f.value])).toEqual([
		['additional-officers', '600'],
		['extension', '1 year'],
		['population', '12 million'],
		['trust-fund', '$85 million'],
		['strength', '~430']
	]);
	// The sum of the arrivals is ours: marked, with its rule, and never “361 of the 600”.
	const arrivals = figures[0]!.context[1]!;
	expect(arrivals.text).toContain(
		'from the meeting to 6 Feb 2025, 361† arrived, against the 600 announced'
	);
	expect(arrivals.basis).toBe('derived');
	expect(arrivals.rules.map((r) => r.text)).toContain(
		'217 (18 Jan 2025) + 144 (6 Feb 2025) = 361 officers arrived after the meeting'
	);
});

test('keyFigures follows a changed figure instead of keeping a stale one', () => {
	const changed = structuredClone(raw);
	changed.quantities.find((q) => q.id === 'kenya-arrival-2025-02')!.value = 100;
	const figures = keyFigures(validate(changed, facts));
	expect(figures[0]!.context[1]!.text).toContain('317† arrived');
});

test('every key figure has evidence, and the article’s own figures cite the article', () => {
	const figures = keyFigures(ds);
	for (const f of figures) expect(f.claim.evidence.length).toBeGreaterThan(0);
	for (const id of ['additional-officers', 'extension', 'population']) {
		expect(figures.find((f) => f.id === id)!.claim.evidence.some((e) => e.kind === 'article')).toBe(
			true
		);
	}
});
