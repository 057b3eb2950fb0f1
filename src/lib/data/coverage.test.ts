import { describe, expect, test } from 'vitest';
import { coverageProblems, valuesIn, warnings } from './coverage';
import type { Dataset } from './schema';

describe('valuesIn', () => {
	test.each([
		['After 18 Jan: "617" Kenyans (theinformer.co.ke) vs "600" (mkenyaleo).', [617, 600]],
		['2793 vote "13 in favour" (devdiscourse) vs 12 (UN).', [13, 12]],
		['200 (170 soldiers+30 police, AP) vs 250 (Haitian Times copy)', [200, 250]],
		['75/77 (4 Jan 2025)', [75, 77]],
		['2,000 (US amb., Feb 2024) vs ~1,500 (UN, 29 Feb 2024)', [2000, 1500]],
		['Mission total Feb 2025: 859 (radiotvdromage) vs ">900" (EFE, hch.tv).', [859, 900]],
		[
			'"Only $85m … of estimated $600m required annually" vs "$68 million has been received"',
			[85e6, 600e6, 68e6]
		],
		[
			'11,772,557 (UN 2024 est., aggregator) vs "12 million" (Haitian officials)',
			[11_772_557, 12e6]
		],
		['80% (AP, 2024); >80% (UN expert); 85% (UN, Jan 2025); ~90% (UNODC)', [80, 80, 85, 90]],
		['sources conflict · ', []]
	])('%s → %j', (segment, values) => expect(valuesIn(segment)).toEqual(values));
});

const sheet = [
	'# Sheet',
	'- ✔ confirmed · ⚠ sources conflict · ✖ not found.',
	'Arrivals: 217 (mkenyaleo). ⚠ After 18 Jan: "617" (theinformer) vs "600" (mkenyaleo).',
	'| Benin | ⚠ 2,000 (US amb.) vs ~1,500 (UN) | none | ctninfo |',
	'| Gangs | ⚠ 80% (AP); 85% (UN) | — | krdo |'
].join('\n');

const q = (id: string, value: number, conflict?: string, quote = '') =>
	({
		id,
		value,
		conflict,
		evidence: quote ? [{ quote }] : []
	}) as unknown as Dataset['quantities'][number];

/** Every ⚠ kept: the after-January counts and Benin's pledge charted, gang control listed as not charted. */
const fixture = () => ({
	quantities: [
		q('k617', 617, 'after'),
		q('k600', 600, 'after'),
		q('b2000', 2000, 'benin'),
		q('b1500', 1500, 'benin')
	],
	conflicts: [
		{ id: 'after', topic: 'After January', members: ['k617', 'k600'] },
		{ id: 'benin', topic: 'Benin', members: ['b2000', 'b1500'] }
	]
});
const shownAll = new Set(['quantity:k617', 'quantity:k600', 'quantity:b2000', 'quantity:b1500']);
const listed = [{ line: 'Gangs | ⚠ 80%', reason: 'No chart shows gang control.' }];

describe('warnings', () => {
	test('finds each ⚠ with values, in prose and in table cells, and skips the legend', () => {
		expect(warnings(sheet).map((w) => [w.line, w.values])).toEqual([
			[3, [617, 600]],
			[4, [2000, 1500]],
			[5, [80, 85]]
		]);
	});
});

describe('coverageProblems', () => {
	test('accepts a sheet whose every ⚠ is charted or listed with a reason', () => {
		expect(coverageProblems(sheet, fixture(), shownAll, listed)).toEqual([]);
	});

	test.each([
		[
			'a ⚠ with no conflict record',
			(d: ReturnType<typeof fixture>) => {
				d.quantities = d.quantities.filter((x) => !x.id.startsWith('b'));
				d.conflicts = d.conflicts.filter((c) => c.id !== 'benin');
			},
			shownAll,
			listed,
			'facts.md line 4 (⚠ “2,000 (US amb.) vs ~1,500 (UN)”): no conflict holds its values (2000, 1500)'
		],
		[
			'a conflict missing one of the values',
			(d: ReturnType<typeof fixture>) => {
				d.quantities = d.quantities.filter((x) => x.id !== 'k600');
			},
			shownAll,
			listed,
			'conflicts "after" .members: no quantity holds 600, named by facts.md line 3'
		],
		[
			'a conflict not shown on the page',
			() => {},
			new Set(['quantity:k617', 'quantity:k600', 'quantity:b2000']),
			listed,
			'quantities "b1500" .conflict: one side of "benin"'
		],
		[
			'a value held only by an unrelated conflict',
			(d: ReturnType<typeof fixture>) => {
				// Benin's 2,000 and 1,500 gone; an arrival conflict citing the after-January line has a 1,500.
				d.quantities = [
					...d.quantities.filter((x) => !x.id.startsWith('b')),
					q('a1500', 1500, 'arrivals', 'Arrivals: 217'),
					q('a2000', 2001, 'arrivals', 'Arrivals: 217')
				];
				d.conflicts = [
					...d.conflicts.filter((c) => c.id !== 'benin'),
					{ id: 'arrivals', topic: 'A', members: [] }
				];
			},
			new Set([...shownAll, 'quantity:a1500', 'quantity:a2000']),
			listed,
			'conflicts "arrivals" .members: no quantity holds 2000, named by facts.md line 4'
		],
		[
			'a listed line without a reason',
			() => {},
			shownAll,
			[{ line: 'Gangs | ⚠ 80%', reason: ' ' }],
			'notCharted "Gangs | ⚠ 80%" .reason: give the reason'
		],
		[
			'a ⚠ neither charted nor listed',
			() => {},
			shownAll,
			[],
			'facts.md line 5 (⚠ “80% (AP); 85% (UN)”): no conflict holds its values (80, 85)'
		]
	])('rejects %s, naming it', (_, change, shown, notCharted, message) => {
		const d = fixture();
		change(d);
		const problems = coverageProblems(sheet, d, shown, notCharted);
		expect(
			problems.some((p) => p.includes(message)),
			problems.join('\n')
		).toBe(true);
	});
});
