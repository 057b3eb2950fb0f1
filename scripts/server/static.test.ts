import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from './app.js';
import { indexStatic, rangeOf, urlPathOf } from './static.js';

// A build in miniature: what adapter-node writes with precompress, for the static layer to serve. The
// app behind it is a stand-in that records what it was handed.

const robots = 'User-agent: *\nAllow: /\n'; // 23 bytes
const page = (title: string) =>
	`<!doctype html><html lang="en"><title>${title}</title><p>${title}</p></html>`;
/** 30 kB that do not compress: what a font is. */
const font = Buffer.from(Array.from({ length: 30_000 }, (_, i) => (i * 7919 + (i >> 8)) % 256));

/** name → content; compressed siblings are written for the text ones, as adapter-node does. */
const fixture: Record<string, string | Buffer> = {
	'client/robots.txt': robots,
	'client/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>',
	'client/_app/immutable/assets/app.Ab12Cd34.js': 'export const x = 1;\n'.repeat(50),
	'client/_app/version.json': '{"version":"1"}',
	'client/fonts/sans.woff2': font,
	'prerendered/index.html': page('home'),
	'prerendered/actors/kenya.html': page('Kenya'),
	'prerendered/embed/network.html': page('network embed'),
	'prerendered/embed/network/ruto.html': page('network embed, Ruto'),
	'prerendered/charts/network.html': page('network chart'),
	'prerendered/api/dataset.json': '{"hash":"abc","actors":[]}'
};

let root: string;
let server: Server;
let port: number;
/** What the stand-in app received last. */
let handed: { url?: string; headers?: IncomingHttpHeaders } = {};

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'static-'));
	for (const [name, content] of Object.entries(fixture)) {
		const file = join(root, name);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, content);
		if (typeof content === 'string') {
			writeFileSync(`${file}.br`, brotliCompressSync(content));
			writeFileSync(`${file}.gz`, gzipSync(content));
		}
	}
	const files = indexStatic({
		client: join(root, 'client'),
		prerendered: join(root, 'prerendered')
	});
	const app = createApp({
		files,
		handler: (req, res, next) => {
			handed = { url: req.url, headers: { ...req.headers } };
			if (req.url?.startsWith('/charts/troops.svg')) return res.end('<svg/>');
			next();
		}
	});
	server = createServer(app);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
});

afterAll(() => {
	server.close();
	rmSync(root, { recursive: true, force: true });
});

interface Answer {
	status: number;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

/** A raw request: the path goes out exactly as written, with exactly these headers. */
function send(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
			);
		});
		req.on('error', reject);
		req.end();
	});
}

/** The body with its Content-Encoding undone. */
const decoded = (answer: Answer): Buffer => {
	const encoding = answer.headers['content-encoding'];
	if (encoding === 'br') return brotliDecompressSync(answer.body);
	if (encoding === 'gzip') return gunzipSync(answer.body);
	return answer.body;
};

describe('urlPathOf', () => {
	test.each([
		['index.html', true, '/'],
		['actors/kenya.html', true, '/actors/kenya'],
		['embed/network/ruto.html', true, '/embed/network/ruto'],
		['actors/index.html', true, '/actors/'],
		['api/dataset.json', true, '/api/dataset.json'],
		['robots.txt', false, '/robots.txt'],
		['page.html', false, '/page.html']
	])('%s (prerendered: %s) → %s', (name, prerendered, expected) => {
		expect(urlPathOf(name, prerendered)).toBe(expected);
	});
});

test('indexStatic refuses a build in which two files answer the same path', () => {
	const dir = mkdtempSync(join(tmpdir(), 'static-clash-'));
	mkdirSync(join(dir, 'client'));
	mkdirSync(join(dir, 'prerendered'));
	writeFileSync(join(dir, 'client', 'about'), 'a');
	writeFileSync(join(dir, 'prerendered', 'about.html'), 'b');
	expect(() =>
		indexStatic({ client: join(dir, 'client'), prerendered: join(dir, 'prerendered') })
	).toThrow(/client\/about and .*prerendered\/about\.html would both answer \/about/);
	rmSync(dir, { recursive: true, force: true });
});

describe('rangeOf', () => {
	test.each([
		['bytes=-100', 23, { start: 0, end: 22 }],
		['bytes= -100, 0-1', 23, { start: 0, end: 22 }],
		['bytes=-5', 0, { refused: expect.stringMatching(/^Range is not satisfiable/) }],
		['bytes=0-0', 0, { refused: expect.stringMatching(/^Range is not satisfiable/) }],
		['bytes=--5', 23, { refused: expect.stringMatching(/^Range is malformed/) }],
		['BYTES=1-2', 23, { start: 1, end: 2 }],
		[undefined, 23, 'all']
	])('%s of %i bytes → %o', (header, size, expected) => {
		expect(rangeOf(header, size)).toEqual(expected);
	});
});

describe('Range', () => {
	test.each([
		// [Range, status, Content-Range, body]
		['bytes=0-0', 206, 'bytes 0-0/23', 'U'],
		['bytes=5-', 206, 'bytes 5-22/23', robots.slice(5)],
		['bytes=-5', 206, 'bytes 18-22/23', robots.slice(-5)],
		['bytes=-100', 206, 'bytes 0-22/23', robots],
		['bytes=20-99999999999999999999', 206, 'bytes 20-22/23', robots.slice(20)],
		['bytes=0-1,2-3', 206, 'bytes 0-3/23', robots.slice(0, 4)],
		['bytes=5-1', 416, 'bytes */23', undefined],
		['bytes=23-', 416, 'bytes */23', undefined],
		['bytes=100-200', 416, 'bytes */23', undefined],
		['bytes=-0', 416, 'bytes */23', undefined],
		['bytes=abc', 416, 'bytes */23', undefined],
		['bytes=', 416, 'bytes */23', undefined],
		['bytes', 416, 'bytes */23', undefined],
		['bytes=1-2-3', 416, 'bytes */23', undefined],
		['bytes=0-1,5-6', 416, 'bytes */23', undefined],
		// RFC 9110 §14.2: a range unit the server does not know is ignored: the whole file.
		['items=1-2', 200, undefined, robots]
	])('%s → %i %s', async (range, status, contentRange, body) => {
		const answer = await send('/robots.txt', { range });
		expect(answer.status).toBe(status);
		expect(answer.headers['content-range']).toBe(contentRange);
		if (body !== undefined) {
			expect(answer.body.toString()).toBe(body);
			expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(body)));
		} else {
			expect(answer.headers['cache-control']).toBe('no-store');
			expect(answer.body.toString()).toMatch(/^Range /);
		}
		// Whatever the Range, the server is still there and serves the file whole.
		expect((await send('/robots.txt')).body.toString()).toBe(robots);
	});

	test('applies to the representation sent: the Brotli bytes when Brotli was chosen', async () => {
		const whole = await send('/robots.txt', { 'accept-encoding': 'br' });
		const part = await send('/robots.txt', { 'accept-encoding': 'br', range: 'bytes=-4' });
		expect(part.status).toBe(206);
		expect(part.headers['content-encoding']).toBe('br');
		expect(part.headers.etag).toBe(whole.headers.etag);
		const size = whole.body.length;
		expect(part.headers['content-range']).toBe(`bytes ${size - 4}-${size - 1}/${size}`);
		expect(part.body).toEqual(whole.body.subarray(size - 4));
	});

	test('If-Range: a range of the same representation only, otherwise the whole file', async () => {
		const { etag } = (await send('/robots.txt')).headers;
		const same = await send('/robots.txt', { range: 'bytes=0-3', 'if-range': etag! });
		expect([same.status, same.body.toString()]).toEqual([206, 'User']);
		const other = await send('/robots.txt', { range: 'bytes=0-3', 'if-range': '"older"' });
		expect([other.status, other.body.toString()]).toEqual([200, robots]);
	});

	test('is taken off requests handed to the app', async () => {
		const answer = await send('/charts/troops.svg?width=800', { range: 'bytes=5-1' });
		expect(answer.status).toBe(200);
		expect(handed.url).toBe('/charts/troops.svg?width=800');
		expect(handed.headers).not.toHaveProperty('range');
	});
});

describe('Accept-Encoding', () => {
	test.each([
		[undefined, undefined],
		['', undefined],
		['gzip, br', 'br'],
		['br, gzip', 'br'],
		['gzip', 'gzip'],
		['br;q=0, gzip', 'gzip'],
		['br;q=0', undefined],
		['gzip;q=0.5, br;q=0.4', 'gzip'],
		['identity;q=0, gzip', 'gzip'],
		['BR', 'br'],
		['*', 'br'],
		['*;q=0, gzip', 'gzip'],
		['deflate, zstd', undefined],
		['gzip;q=abc', undefined],
		['"", =, ;', undefined]
	])('%o → Content-Encoding %s', async (accept, encoding) => {
		const answer = await send(
			'/robots.txt',
			accept === undefined ? {} : { 'accept-encoding': accept }
		);
		expect(answer.status).toBe(200);
		expect(answer.headers['content-encoding']).toBe(encoding);
		expect(answer.headers.vary).toBe('Accept-Encoding');
		expect(decoded(answer).toString()).toBe(robots);
	});

	test('a file without compressed siblings (a font) is sent as it is', async () => {
		const answer = await send('/fonts/sans.woff2', { 'accept-encoding': 'br, gzip' });
		expect(answer.headers['content-encoding']).toBeUndefined();
		expect(answer.body).toEqual(font);
	});

	test.each([
		['/robots.txt', '*;q=0'],
		['/robots.txt', 'identity;q=0, br;q=0, gzip;q=0'],
		['/fonts/sans.woff2', 'identity;q=0, br'],
		['/', '*;q=0']
	])('%s with %s, which refuses every encoding it has → 406', async (path, accept) => {
		const answer = await send(path, { 'accept-encoding': accept });
		expect(answer.status).toBe(406);
		expect(answer.body.toString()).toMatch(/^Accept-Encoding refuses every encoding this file has/);
		expect(answer.headers['cache-control']).toBe('no-store');
	});
});

describe('responses', () => {
	const paths = [
		'/',
		'/robots.txt',
		'/fonts/sans.woff2',
		'/api/dataset.json',
		'/embed/network/ruto'
	];
	const requests: [string, Record<string, string>][] = paths.flatMap((path) => [
		[path, {}],
		[path, { 'accept-encoding': 'gzip' }],
		[path, { 'accept-encoding': 'br, gzip' }],
		[path, { range: 'bytes=0-9' }],
		[path, { range: 'bytes=5-1' }]
	]);

	test.each(requests)('HEAD %s %o answers as GET does, without a body', async (path, headers) => {
		const get = await send(path, headers);
		const head = await send(path, headers, 'HEAD');
		delete get.headers.date;
		delete head.headers.date;
		expect(head.status).toBe(get.status);
		expect(head.headers).toEqual(get.headers);
		expect(head.body.length).toBe(0);
		expect(get.body.length).toBe(Number(get.headers['content-length']));
	});

	test.each(paths)('%s: 304 for its ETag, one ETag per representation', async (path) => {
		const plain = await send(path);
		const br = await send(path, { 'accept-encoding': 'br' });
		expect(plain.headers.etag).toMatch(/^"[\w-]{22}"$/);
		if (br.headers['content-encoding'] === 'br') {
			expect(br.headers.etag).toMatch(/^"[\w-]{22}-br"$/);
		}
		for (const [answer, accept] of [
			[plain, 'identity'],
			[br, 'br']
		] as const) {
			const etag = answer.headers.etag!;
			for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
				const again = await send(path, { 'accept-encoding': accept, 'if-none-match': ifNoneMatch });
				expect(again.status, ifNoneMatch).toBe(304);
				expect(again.body.length).toBe(0);
				expect(again.headers.etag).toBe(etag);
				expect(again.headers['cache-control']).toBe(answer.headers['cache-control']);
			}
		}
		const stale = await send(path, { 'if-none-match': '"other"' });
		expect(stale.status).toBe(200);
	});

	const pages = 'public, max-age=60, s-maxage=3600, stale-while-revalidate=86400';
	test.each([
		['/', 'prerendered/index.html', 'text/html; charset=utf-8', pages],
		['/actors/kenya', 'prerendered/actors/kenya.html', 'text/html; charset=utf-8', pages],
		['/api/dataset.json', 'prerendered/api/dataset.json', 'application/json; charset=utf-8', pages],
		['/robots.txt', 'client/robots.txt', 'text/plain; charset=utf-8', pages],
		['/favicon.svg', 'client/favicon.svg', 'image/svg+xml', pages],
		['/_app/version.json', 'client/_app/version.json', 'application/json; charset=utf-8', pages],
		[
			'/fonts/sans.woff2',
			'client/fonts/sans.woff2',
			'font/woff2',
			'public, max-age=2592000, stale-while-revalidate=31536000'
		],
		[
			'/_app/immutable/assets/app.Ab12Cd34.js',
			'client/_app/immutable/assets/app.Ab12Cd34.js',
			'text/javascript; charset=utf-8',
			'public, max-age=31536000, immutable'
		]
	])('%s is %s: %s, %s', async (path, name, type, cacheControl) => {
		const answer = await send(path, { 'accept-encoding': 'gzip' });
		expect(answer.status).toBe(200);
		expect(answer.headers['content-type']).toBe(type);
		expect(answer.headers['cache-control']).toBe(cacheControl);
		expect(answer.headers['content-length']).toBe(String(answer.body.length));
		expect(decoded(answer)).toEqual(Buffer.from(fixture[name]!));
	});

	test('pages get the page policy; embeds may be framed by anyone, nothing else', async () => {
		const home = (await send('/')).headers;
		expect(home['content-security-policy']).toBe(
			"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
		);
		expect(home['x-frame-options']).toBe('DENY');
		expect(home['x-content-type-options']).toBe('nosniff');
		expect(home['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(home['cross-origin-opener-policy']).toBe('same-origin');
		expect(home['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
		const embed = (await send('/embed/network/ruto')).headers;
		expect(embed['content-security-policy']).toMatch(/; frame-ancestors \*$/);
		expect(embed['x-frame-options']).toBeUndefined();
		const file = (await send('/robots.txt')).headers;
		expect(file['content-security-policy']).toBe(
			"default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
		);
		expect(file['x-frame-options']).toBe('DENY');
	});

	test('other methods on a file: 405 naming the allowed ones', async () => {
		const answer = await send('/robots.txt', {}, 'POST');
		expect(answer.status).toBe(405);
		expect(answer.headers.allow).toBe('GET, HEAD');
	});
});

describe('paths', () => {
	test.each([
		['/robots%2etxt', robots],
		['/robots.txt?x=1', robots],
		['/?utm_source=x', page('home')],
		['/?utm_source=x&actors=kenya', page('home')],
		['/actors/kenya?actor=ruto', page('Kenya')],
		['/embed/network', page('network embed')]
	])('%s is the file it names', async (path, body) => {
		const answer = await send(path);
		expect(answer.status).toBe(200);
		expect(answer.body.toString()).toBe(body);
	});

	test.each([
		'//attacker.example/',
		'//attacker.example/robots.txt',
		'/./robots.txt',
		'/fonts/../robots.txt',
		'/fonts/..%2frobots.txt',
		'/%2e%2e/robots.txt',
		'/robots.txt%00',
		'/robots.txt%2F',
		'/ROBOTS.TXT',
		'/index.html',
		'/actors/kenya.html',
		'/actors%2Fkenya',
		'/robots.txt\\',
		'*'
	])('%s names no file: handed to the app (which answers 404)', async (path) => {
		handed = {};
		const answer = await send(path);
		expect(answer.status).toBe(404);
		expect(handed.url).toBe(path);
		expect(answer.headers['cache-control']).toBe('no-store');
		expect(answer.headers['x-frame-options']).toBe('DENY');
	});

	test.each([
		['/robots.txt/', '/robots.txt'],
		['/actors/kenya/?a=1', '/actors/kenya?a=1']
	])('%s → 308 to its one name %s', async (path, location) => {
		const answer = await send(path);
		expect([answer.status, answer.headers.location]).toEqual([308, location]);
	});

	test.each(['/robots.txt.br', '/robots.txt.gz', '/api/dataset.json.gz'])(
		'%s is a representation, not a resource: 404',
		async (path) => {
			expect((await send(path)).status).toBe(404);
		}
	);
});

describe('?actor= on a prerendered page', () => {
	test.each([
		['/?actor=kenya', '/actors/kenya'],
		['/?actor=kenya&utm_source=x', '/actors/kenya?utm_source=x'],
		['/?actor=atlantis', '/actors/atlantis'],
		['/embed/network?actor=ruto', '/embed/network/ruto'],
		['/charts/network?actor=kenya&theme=dark', '/charts/network/kenya?theme=dark']
	])('%s → 308 %s', async (path, location) => {
		for (const method of ['GET', 'HEAD']) {
			const answer = await send(path, {}, method);
			expect([answer.status, answer.headers.location]).toEqual([308, location]);
			expect(answer.headers['cache-control']).toBe(
				'public, max-age=60, s-maxage=3600, stale-while-revalidate=86400'
			);
		}
	});

	test('an unknown actor is redirected, and its path is a 404', async () => {
		expect((await send('/actors/atlantis')).status).toBe(404);
	});

	test.each(['/?actor=Kenya', '/?actor=%ff%fe', '/?actor=', '/?actor=a&actor=b'])(
		'%s → 400 naming actor',
		async (path) => {
			const answer = await send(path);
			expect(answer.status).toBe(400);
			expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
			expect(JSON.parse(answer.body.toString())).toMatchObject({ parameter: 'actor' });
			expect(answer.headers['cache-control']).toBe('no-store');
		}
	);
});
