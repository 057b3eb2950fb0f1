import { describe, expect, test } from 'vitest';
import {
	doneWordFor,
	figuresNotIn,
	givesDate,
	namedWhereQuoted,
	namesSpeaker,
	placesOf
} from './checks';

describe('givesDate: a quote gives a date no less precisely than the date', () => {
	test.each([
		['217 landed Sat 18 Jan 2025', '2025-01-18', true],
		['"joint press conference … October 11, 2024"', '2024-10-11', true],
		['the-star.co.ke 2025-02-06 (Dujarric)', '2025-02-06', true],
		['IG Kanja on 12 Oct: "early next month"', '2024-10-12', true],
		['"departure set for November 27"', '2024-11-27', true],
		['"next month" (Nov 2024)', '2024-11', true],
		['End-2024 | $110.3M pledged', '2024-12', true],
		['11,772,557 (UN 2024 est., aggregator)', '2024', true],
		['expected to be operational by the following month', '2024-11', false],
		['landed 25 Jun 2024', '2025-06-25', false],
		['118 Jan 2025', '2025-01-18', false],
		['Nov 2024', '2024-11-08', false]
	])('%s gives %s: %s', (quote, date, gives) => expect(givesDate([quote], date)).toBe(gives));
});

describe('figuresNotIn', () => {
	test.each([
		[
			'Resolution 2699 authorises the MSS for 12 months (13-0-2)',
			['2699 | 2 Oct 2023 | … 12 months … | 13-0-2'],
			[]
		],
		['Personnel pledged by 10 countries', ['10 countries pledged "about 2,900"'], []],
		['2,500 planned', ['Planned strength 2500'], []],
		['First group of the announced 600', ['217 landed Sat 18 Jan 2025'], ['600']]
	])('%s', (text, quotes, missing) => expect(figuresNotIn(text, quotes)).toEqual(missing));
});

describe('doneWordFor', () => {
	test.each([
		['Kenya sends 600 more police', 'announced', 'sends'],
		['Officers deployed', 'pledged', 'deployed'],
		['Additional officers announced', 'announced', null],
		['Officers deployed', 'deployed', null],
		['Planned departure', 'planned', null]
	])('%s (%s) → %s', (label, status, word) => expect(doneWordFor(label, status)).toBe(word));
});

const sheet = [
	'| Jamaica | ⚠ 200 (AP) vs 250 (copy) | 24 (12 Sep 2024) | mb.com.ph (AP); negasiranslan.com |',
	'**At the meeting:** ✔ "only about 430 have deployed" (Reuters/Stabroek, 11 Oct 2024). Kenya: "382 officers" (Ruto at UNGA, devdiscourse/Reuters). Planned strength 2,500 (Xinhua, 30 Sep 2024).'
].join('\n');

describe('placesOf and namedWhereQuoted: where the sheet ties a quote to its source', () => {
	test('a table row is one place; a line of prose is one place per sentence', () => {
		expect(placesOf(sheet, '24 (12 Sep 2024)')).toEqual([sheet.split('\n')[0]]);
		expect(placesOf(sheet, 'Planned strength 2,500')).toEqual([
			'Planned strength 2,500 (Xinhua, 30 Sep 2024).'
		]);
	});

	test.each([
		['24 (12 Sep 2024)', ['negasiranslan.com'], true],
		['"382 officers"', ['devdiscourse'], true],
		['"382 officers"', ['Xinhua'], false],
		['Planned strength 2,500', ['Reuters/Stabroek'], false],
		['"only about 430 have deployed"', ['Reuters/Stabroek'], true]
	])('%s named as %j: %s', (quote, named, ok) =>
		expect(namedWhereQuoted(sheet, quote, named)).toBe(ok)
	);
});

describe('namesSpeaker', () => {
	test.each([
		['"well over $300 million" delivered (Blinken, 25 Sep 2024)', 'Blinken', true],
		["(Kenya PS Sing'oei, Feb 2025)", 'Kenya’s PS Sing’oei', true],
		['2,000 (US amb., Feb 2024)', 'the US ambassador', true],
		['~1,500 (UN, 29 Feb 2024)', 'the UN', true],
		['the fund now stands at $85.3 million', 'the UN', false],
		['217 landed Sat 18 Jan 2025', 'Blinken', false]
	])('%s names %s: %s', (quote, speaker, ok) => expect(namesSpeaker([quote], speaker)).toBe(ok));
});
