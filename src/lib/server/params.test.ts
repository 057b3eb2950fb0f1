import { describe, expect, test } from 'vitest';
import { parseQuery, type Rule } from './params';

const rules: Record<string, Rule> = {
	width: { kind: 'int', min: 320, max: 2400, fallback: 720 },
	theme: { kind: 'enum', values: ['light', 'dark'], fallback: 'light' }
};
const parse = (q: string) => parseQuery(new URL(`http://x/charts/troops.png${q}`), rules);

describe('parseQuery', () => {
	test('fills in defaults and reads valid values', () => {
		expect(parse('')).toEqual({ width: 720, theme: 'light' });
		expect(parse('?width=320&theme=dark')).toEqual({ width: 320, theme: 'dark' });
	});

	test.each([
		['?width=319', 'width'],
		['?width=2401', 'width'],
		['?width=-800', 'width'],
		['?width=1e3', 'width'],
		['?width=800.5', 'width'],
		['?width=NaN', 'width'],
		['?width=', 'width'],
		['?width=99999999999999999999', 'width'],
		['?theme=blue', 'theme'],
		['?theme=LIGHT', 'theme'],
		['?width=800&width=900', 'width'],
		['?size=3', 'size'],
		['?__proto__&__proto__', '__proto__'],
		['?toString=1', 'toString'],
		['?constructor=1&constructor=2', 'constructor'],
		[`?${'x'.repeat(5000)}=1`, `${'x'.repeat(40)}…`]
	])('%s → 400 naming "%s"', async (q, parameter) => {
		const response = parse(q);
		expect(response).toBeInstanceOf(Response);
		const r = response as Response;
		expect(r.status).toBe(400);
		const body = (await r.json()) as { parameter: string; error: string; allowed: string };
		expect(body.parameter).toBe(parameter);
		expect(body.allowed.length).toBeGreaterThan(0);
	});
});
