import { describe, expect, test } from 'vitest';
import { canonicalPath, lookupPage, storePage } from './pageCache';

describe('canonicalPath', () => {
	test.each([
		['/', '/'],
		['/?', '/'],
		['/?&&', '/'],
		['/?actor=kenya', '/?actor=kenya'],
		['/?actor=k%65nya', '/?actor=kenya'],
		['/?actor=kenya&', '/?actor=kenya'],
		['/embed/troops', '/embed/troops'],
		['/?actor=atlantis', null],
		['/?actor=kenya&actor=haiti', null],
		['/?actor=kenya&filters=1&kind=urges', null],
		['/?utm_source=x', null]
	])('%s → %s', (path, expected) => {
		expect(canonicalPath(new URL(path, 'http://x'))).toBe(expected);
	});
});

describe('storePage', () => {
	const html = Buffer.from('<!doctype html><p>page</p>'.repeat(50));
	const headers = { 'content-type': 'text/html', etag: '"abc"', 'content-length': '1250' };

	test('keeps a canonical page, compressed, and answers 304 to its ETag', () => {
		const url = new URL('http://x/embed/funding');
		const sent = storePage(url, 'gzip, br', headers, html);
		expect(sent.headers['content-encoding']).toBe('br');
		expect(sent.headers['content-length']).toBeUndefined();
		expect(lookupPage(url, 'br', null)?.body).toEqual(sent.body);
		expect(lookupPage(url, 'br', '"abc-br"')?.status).toBe(304);
		expect(lookupPage(url, 'identity', null)).toBeUndefined();
	});

	test('another spelling of a kept page finds it', () => {
		const sent = storePage(new URL('http://x/embed/timeline?actor=haiti'), 'br', headers, html);
		expect(lookupPage(new URL('http://x/embed/timeline?actor=h%61iti&'), 'br', null)?.body).toEqual(
			sent.body
		);
	});

	test('does not keep a page rendered for a one-off query', () => {
		const url = new URL('http://x/?random=1');
		storePage(url, 'br', headers, html);
		expect(lookupPage(url, 'br', null)).toBeUndefined();
	});
});
