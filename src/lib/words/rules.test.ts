import { describe, expect, test } from 'vitest';
import type { LocatedEvidence } from '$lib/data/schema';
import { addMonths, difference, followingMonth, largest, share, sum, type Input } from './rules';

const ev: LocatedEvidence = { source: 's', quote: 'q', kind: 'background', anchor: '#src-s' };
const at = (id: string, date: string, name = id): Input => ({
	ref: { type: 'event', id },
	name,
	date,
	evidence: [ev]
});
const fig = (
	id: string,
	value: number,
	unit: 'officers' | 'USD' | 'months' = 'officers',
	date?: string
): Input => ({
	ref: { type: 'quantity', id },
	name: id,
	date,
	figure: { value, unit },
	evidence: [ev]
});

describe('rules: each value with its rule written down', () => {
	test.each([
		[
			'following-month',
			() => followingMonth(at('meeting', '2024-10-11', 'the meeting')),
			'2024-11',
			'“the following month” after the meeting of 11 Oct 2024 = Nov 2024'
		],
		[
			'following-month across a year',
			() => followingMonth(at('m', '2024-12-31', 'the meeting')),
			'2025-01',
			'“the following month” after the meeting of 31 Dec 2024 = Jan 2025'
		],
		[
			'add-months',
			() => addMonths(at('r', '2023-10-02', 'Resolution 2699'), fig('p', 12, 'months')),
			'2024-10-02',
			'2 Oct 2023 (Resolution 2699) + 12 months (p) = 2 Oct 2024'
		],
		[
			'subtract-months',
			() => addMonths(at('e', '2025-10-02', 'the end'), fig('x', 12, 'months'), -1),
			'2024-10-02',
			'2 Oct 2025 (the end) − 12 months (x) = 2 Oct 2024'
		],
		[
			'difference',
			() => difference(fig('need', 600e6, 'USD'), fig('got', 85e6, 'USD')),
			515e6,
			'$600 million (need) − $85 million (got) = $515 million'
		],
		[
			'share',
			() => share(fig('got', 85e6, 'USD'), fig('need', 600e6, 'USD')),
			14,
			'$85 million (got) ÷ $600 million (need) = 14%'
		],
		[
			'share of an approximate whole',
			() =>
				share(fig('got', 85e6, 'USD'), {
					...fig('need', 600e6, 'USD'),
					figure: { value: 600e6, unit: 'USD' as const, approx: 'about' as const }
				}),
			14,
			'$85 million (got) ÷ about $600 million (need) = about 14%'
		]
	])('%s', (_, derive, value, text) => {
		const d = derive();
		expect(d.value).toEqual(value);
		expect(d.rule.text).toBe(text);
		expect(d.rule.id).toMatch(/^rule-/);
		expect(d.rule.evidence).toEqual([ev]);
	});

	test('sum: a term where sources differ makes the total a range', () => {
		const d = sum(
			[
				[fig('a', 75, 'officers', '2025-01-03')],
				[fig('b', 75, 'officers', '2025-01-04'), fig('c', 77, 'officers', '2025-01-04')]
			],
			'arrived'
		);
		expect(d.value).toEqual([150, 152]);
		expect(d.rule.text).toBe('75 (3 Jan 2025) + 75 or 77 (4 Jan 2025) = 150 to 152 arrived');
		expect(d.rule.from.map((r) => r.id)).toEqual(['a', 'b', 'c']);
	});

	test('largest: a ranking is ours, with the figures it compares', () => {
		const d = largest([fig('Kenya', 735), fig('Jamaica', 24)], 'the figures charted');
		expect(d.value.ref.id).toBe('Kenya');
		expect(d.rule.text).toBe(
			'735 (Kenya) is the largest of the figures charted: 735 (Kenya), 24 (Jamaica)'
		);
	});

	test('largest: a range is written whole, and must clear every other figure at its low end', () => {
		const range = (name: string, low: number, value: number) => ({
			...fig(name, value),
			figure: { low, value, unit: 'personnel' as const }
		});
		expect(largest([fig('Kenya', 735), range('Guatemala', 150, 152)], 'them').rule.text).toBe(
			'735 (Kenya) is the largest of them: 735 (Kenya), 150 to 152 (Guatemala)'
		);
		expect(() => largest([range('Guatemala', 150, 152), fig('Jamaica', 151)], 'them')).toThrow(
			'no largest of them: 150 to 152 (Guatemala) may be below 151 (Jamaica)'
		);
	});
});
