import { describe, expect, test } from 'vitest';
import { fontPath, matchFace, textRun } from './textRun';

describe('matchFace', () => {
	test.each([
		[400, false, 'Regular'],
		[600, false, 'Semibold'],
		[700, false, 'Bold'],
		[500, false, 'Regular'], // 400–500: up to 500 first, then lighter
		[450, false, 'Regular'],
		[300, false, 'Regular'], // below 400: lighter first, none, then heavier
		[550, false, 'Semibold'], // above 500: heavier first
		[650, false, 'Bold'],
		[900, false, 'Bold'], // none heavier: the heaviest lighter one
		[400, true, 'It'],
		[700, true, 'It'] // the one italic face, whatever the weight
	] as const)('weight %i, italic %s: %s', (weight, italic, face) => {
		expect(matchFace(weight, italic)).toBe(face);
	});
});

describe('textRun', () => {
	test('is kerned: "AV" is narrower than "A" and "V" apart', () => {
		const apart = textRun('A', 'Regular', 100).advance + textRun('V', 'Regular', 100).advance;
		expect(textRun('AV', 'Regular', 100).advance).toBeLessThan(apart - 1);
	});

	test('scales with the font size, and bold is wider', () => {
		const regular = textRun('Haiti', 'Regular', 13).advance;
		expect(textRun('Haiti', 'Regular', 26).advance).toBeCloseTo(regular * 2, 1);
		expect(textRun('Haiti', 'Bold', 13).advance).toBeGreaterThan(regular);
	});

	test('starts with the first glyph’s first point, the rest relative to it', () => {
		const run = textRun('I', 'Regular', 10);
		expect(run.startX).toBeGreaterThan(0); // the I's left side bearing
		expect(run.startY).toBeLessThanOrEqual(0); // y grows downwards: at or above the baseline
		expect(run.rest).toMatch(/^[hvlqcz][-\d. hvlqcmz]*$/);
	});

	test('a blank run has no outline but an advance', () => {
		const run = textRun('  ', 'Regular', 10);
		expect(run.rest).toBe('');
		expect(run.advance).toBeGreaterThan(0);
	});
});

test('a missing font file is named, with what needs it', () => {
	expect(() => fontPath('Nope')).toThrow(
		'The TrueType font source-sans/TTF/SourceSans3-Nope.ttf is missing: PNG exports are drawn with it'
	);
});
