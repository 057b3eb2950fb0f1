import { describe, expect, test } from 'vitest';
import { raw } from '$lib/data/dataset';
import facts from '$lib/data/facts.md?raw';
import { validate } from '$lib/data/validate';
import { segmentArticle } from './segments';

describe('segmentArticle', () => {
	const text = 'One two. Three four.\nFive six.';
	const hl = (start: number, end: number) => ({
		id: `hl-${start}-${end}`,
		start,
		end,
		text: text.slice(start, end),
		supports: []
	});

	test.each([
		['no highlights', [], [['One two. Three four.'], ['Five six.']]],
		['one in the middle', [hl(9, 20)], [['One two. ', '[Three four.]'], ['Five six.']]],
		['one per paragraph', [hl(0, 8), hl(21, 30)], [['[One two.]', ' Three four.'], ['[Five six.]']]]
	])('%s', (_, highlights, expected) => {
		const shown = segmentArticle(text, highlights).map((p) =>
			p.segments.map((s) => (s.highlight ? `[${s.text}]` : s.text))
		);
		expect(shown).toEqual(expected);
	});

	test('the whole article survives segmentation, and each highlight is its own run', () => {
		const ds = validate(raw, facts);
		const article = ds.sources.find((s) => s.kind === 'article')!.text!;
		const paragraphs = segmentArticle(article, ds.highlights);
		expect(paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n')).toBe(article);
		const runs = paragraphs.flatMap((p) => p.segments.filter((s) => s.highlight));
		expect(runs).toHaveLength(ds.highlights.length);
		for (const r of runs) expect(article.slice(r.highlight!.start, r.highlight!.end)).toBe(r.text);
		expect(runs.map((r) => r.highlight!.n)).toEqual(runs.map((_, i) => i + 1));
	});
});
