import { describe, expect, test } from 'vitest';
import { dataset } from '$lib/server/site';
import { evidenceOf } from '$lib/data/lookup';
import { supportsByHighlight } from './supports';

describe('supportsByHighlight', () => {
	const supports = supportsByHighlight(dataset, [], []);
	const listed = dataset.highlights.flatMap((h) =>
		h.supports.map((ref, i) => ({ ref, text: supports[h.id]![i]!.text }))
	);

	test('a record that rests on background sources too says so under the sentence', () => {
		const mixed = listed.filter(({ ref }) =>
			evidenceOf(dataset, ref).some((e) => e.kind === 'background')
		);
		expect(mixed.length).toBeGreaterThan(0);
		for (const { ref, text } of mixed)
			expect(text, `${ref.type} ${ref.id}`).toMatch(/ \(also rests on background sources\)$/);
	});

	test('a record resting on the article alone does not', () => {
		const alone = listed.filter(({ ref }) =>
			evidenceOf(dataset, ref).every((e) => e.kind === 'article')
		);
		expect(alone.length).toBeGreaterThan(0);
		for (const { ref, text } of alone)
			expect(text, `${ref.type} ${ref.id}`).not.toContain('background');
	});

	test('Conille’s role, dated by background reporting, is one of them', () => {
		const conille = listed.find(({ ref }) => ref.type === 'actor' && ref.id === 'conille');
		expect(conille?.text).toBe(
			'Actor: Garry Conille — Prime Minister of Haiti at the time of the meeting (also rests on background sources)'
		);
	});
});
