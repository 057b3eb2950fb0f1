import { describe, expect, test } from 'vitest';
import { isCanonical, lookupPage, storePage } from './pageCache';

const actors = new Set(['kenya', 'haiti']);

describe('isCanonical', () => {
	test.each([
		['/', true],
		['/?actor=kenya', true],
		['/embed/troops', true],
		['/?actor=atlantis', false],
		['/?actor=kenya&actor=haiti', false],
		['/?actor=kenya&filters=1&kind=urges', false],
		['/?utm_source=x', false],
		['/?', true]
	])('%s → %s', (path, expected) => {
		expect(isCanonical(new URL(path, 'http://x'), actors)).toBe(expected);
	});
});

describe('storePage', () => {
	const html = Buffer.from('<!doctype html><p>page</p>'.repeat(50));
	const headers = { 'content-type': 'text/html', etag: '"abc"', 'content-length': '1250' };

	test('keeps a canonical page, compressed, and answers 304 to its ETag', () => {
		const url = new URL('http://x/embed/funding');
		const sent = storePage(url, 'gzip, br', headers, html, true);
		expect(sent.headers['content-encoding']).toBe('br');
		expect(sent.headers['content-length']).toBeUndefined();
		expect(lookupPage(url, 'br', null)?.body).toEqual(sent.body);
		expect(lookupPage(url, 'br', '"abc-br"')?.status).toBe(304);
		expect(lookupPage(url, 'identity', null)).toBeUndefined();
	});

	test('does not keep a page rendered for a one-off query', () => {
		const url = new URL('http://x/?random=1');
		storePage(url, 'br', headers, html, false);
		expect(lookupPage(url, 'br', null)).toBeUndefined();
	});
});
