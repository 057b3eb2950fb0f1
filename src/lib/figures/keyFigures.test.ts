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
	expect(figures[0]!.context[1]!.text).toContain('361 of the 600 had arrived by 6 Feb 2025');
});

test('keyFigures follows a changed figure instead of keeping a stale one', () => {
	const changed = structuredClone(raw);
	changed.quantities.find((q) => q.id === 'kenya-arrival-2025-02')!.value = 100;
	const figures = keyFigures(validate(changed, facts));
	expect(figures[0]!.context[1]!.text).toContain('317 of the 600');
});

test('every key figure has evidence, and the article’s own figures cite the article', () => {
	const figures = keyFigures(ds);
	for (const f of figures) expect(f.evidence.length).toBeGreaterThan(0);
	for (const id of ['additional-officers', 'extension', 'population']) {
		expect(figures.find((f) => f.id === id)!.evidence.some((e) => e.kind === 'article')).toBe(true);
	}
});
