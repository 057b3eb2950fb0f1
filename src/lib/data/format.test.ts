import { describe, expect, test } from 'vitest';
import { dateMid, formatDate, formatQuantity } from './format';

describe('formatQuantity', () => {
	test.each([
		[{ value: 600, unit: 'officers' as const }, '600 officers'],
		[{ value: 400, unit: 'officers' as const, approx: 'about' as const }, 'about 400 officers'],
		[{ value: 85_300_000, unit: 'USD' as const }, '$85.3 million'],
		[{ value: 110_300_000, unit: 'USD' as const }, '$110.3 million'],
		[{ value: 600_000_000, unit: 'USD' as const, approx: 'about' as const }, 'about $600 million'],
		[{ value: 80_500_000, unit: 'CAD' as const }, 'C$80.5 million'],
		[{ value: 12_000_000, unit: 'people' as const }, '12 million people'],
		[
			{ value: 2900, unit: 'personnel' as const, approx: 'more-than' as const },
			'more than 2,900 personnel'
		]
	])('%o → %s', (q, expected) => expect(formatQuantity(q)).toBe(expected));
});

describe('formatDate', () => {
	test.each([
		['2024-10-11', '11 Oct 2024'],
		['2024-11', 'Nov 2024'],
		['2024', '2024']
	])('%s → %s, no more precise than given', (iso, expected) =>
		expect(formatDate(iso)).toBe(expected)
	);
});

describe('dateMid', () => {
	test.each([
		['2024-11-27', 'day', '2024-11-27T00:00:00.000Z'],
		['2024-11', 'month', '2024-11-16T00:00:00.000Z'],
		['2024', 'year', '2024-07-02T00:00:00.000Z']
	] as const)('%s (%s) sits at %s', (iso, precision, expected) =>
		expect(dateMid(iso, precision).toISOString()).toBe(expected)
	);
});
