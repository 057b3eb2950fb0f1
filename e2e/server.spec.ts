import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { childPids } from '../scripts/processes.js';
import { rawRequest, startBuiltServer, type BuiltServer } from './support';

// The requests that broke the server before issue 13, each against the built server as `npm start` runs
// it, over raw HTTP (a browser cannot send these Hosts, Ranges and paths as written). One worker, so
// that "still up" means the same worker, not a replacement.

const robots = readFileSync('static/robots.txt');
const font = '/fonts/source-sans-3-latin-wght-normal.woff2';
/** What the build prerendered decides what the server does with `/`; the lead's prerendering adds it. */
const prerenderedHome = existsSync('build/prerendered/index.html');
const pagePolicy = 'public, max-age=60, s-maxage=3600, stale-while-revalidate=86400';

let server: BuiltServer;
let worker: number;

test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
	server = await startBuiltServer({ WEB_CONCURRENCY: '1' });
	[worker] = childPids(server.pid) as [number];
});

test.afterEach(async () => {
	// Up, by the same worker: nothing crashed and was replaced meanwhile.
	const answer = await rawRequest(server.port, '/robots.txt');
	expect(answer.body).toEqual(robots);
	expect(childPids(server.pid)).toEqual([worker]);
	expect(server.output()).not.toContain('exited');
});

test.afterAll(async () => {
	expect(await server.stop()).toBe(0);
});

test('Range: bytes=5-1 (it killed the server) → 416, wherever it is sent', async () => {
	for (const path of [
		'/robots.txt',
		'/robots.txt/',
		'/favicon.svg/',
		'/charts/troops.svg',
		'/nope'
	]) {
		const answer = await rawRequest(server.port, path, { range: 'bytes=5-1' });
		expect(answer.status, path).toBeLessThan(500);
		if (path === '/robots.txt') {
			expect(answer.status).toBe(416);
			expect(answer.headers['content-range']).toBe(`bytes */${robots.length}`);
		}
	}
});

test('Range: bytes=-5 → the last five bytes, with their Content-Range', async () => {
	const answer = await rawRequest(server.port, '/robots.txt', { range: 'bytes=-5' });
	expect(answer.status).toBe(206);
	expect(answer.body).toEqual(robots.subarray(-5));
	expect(answer.headers['content-range']).toBe(
		`bytes ${robots.length - 5}-${robots.length - 1}/${robots.length}`
	);
});

for (const host of ['attacker.example', 'evil.example"onmouseover=x']) {
	test(`Host: ${host} → nothing of it in its answer, nor in what later readers get`, async () => {
		const hostile = {
			host,
			'x-forwarded-host': host,
			'x-forwarded-proto': 'javascript',
			'accept-encoding': 'identity'
		};
		const bare = host.split('"')[0]!;
		for (const path of [
			'/',
			'/?actor=ruto',
			'/actors/ruto',
			'/embed/troops',
			'/embed/network?actor=ruto',
			'/api/dataset.json',
			'/charts/troops.svg',
			'/nope'
		]) {
			// The hostile request first: were anything kept from it, the next reader would get it.
			const answer = await rawRequest(server.port, path, hostile);
			const later = await rawRequest(server.port, path, { 'accept-encoding': 'identity' });
			for (const [who, got] of [
				['hostile', answer],
				['later', later]
			] as const) {
				expect(got.body.includes(bare), `${path}, ${who}: body`).toBe(false);
				expect(JSON.stringify(got.headers).includes(bare), `${path}, ${who}: headers`).toBe(false);
			}
			expect(answer.status, path).toBe(later.status);
			expect(answer.body.equals(later.body), `${path}: the same bytes for both`).toBe(true);
			if (path === '/') {
				// Where a Host would show: the embed snippets' absolute URLs (from ORIGIN).
				expect(answer.body.toString()).toContain('&lt;iframe src="http');
			}
		}
		// Absolute-form requests name a host in the request line itself.
		const absolute = await rawRequest(server.port, `http://${bare}/?actor=ruto`, hostile);
		expect(absolute.status).toBeLessThan(500);
		expect(absolute.body.includes(bare)).toBe(false);
	});
}

test('/?utm_source=x is the page /, byte for byte', async () => {
	const home = await rawRequest(server.port, '/', { 'accept-encoding': 'br, gzip' });
	const tagged = await rawRequest(server.port, '/?utm_source=x', { 'accept-encoding': 'br, gzip' });
	expect(tagged.status).toBe(200);
	expect(tagged.body.equals(home.body)).toBe(true);
	expect(tagged.headers.etag).toBe(home.headers.etag);
});

test('HEAD answers with the headers GET has (Content-Encoding too), without a body', async () => {
	for (const path of ['/', '/api/dataset.json', '/robots.txt', font, '/charts/troops.svg']) {
		for (const accept of ['br, gzip', 'gzip', 'identity']) {
			const headers = { 'accept-encoding': accept };
			const get = await rawRequest(server.port, path, headers);
			const head = await rawRequest(server.port, path, headers, 'HEAD');
			// The date moves on; how the body is framed (chunked or not) is the connection's, not the file's.
			for (const name of ['date', 'transfer-encoding']) {
				delete get.headers[name];
				delete head.headers[name];
			}
			expect(head.status, `${path} ${accept}`).toBe(get.status);
			expect(head.headers, `${path} ${accept}`).toEqual(get.headers);
			expect(head.body.length).toBe(0);
		}
	}
});

test('//attacker.example/ is a 404, never a page', async () => {
	for (const path of [
		'//attacker.example/',
		'//attacker.example/?actor=ruto',
		'//attacker.example'
	]) {
		const answer = await rawRequest(server.port, path);
		expect(answer.status, path).toBe(404);
		expect(answer.headers.location, path).toBeUndefined();
		expect(answer.headers['cache-control'], path).toBe('no-store');
	}
});

test('Accept-Encoding q-values are honoured: br;q=0 never gets Brotli', async () => {
	for (const path of ['/api/dataset.json', '/robots.txt', '/favicon.svg']) {
		const encoding = async (accept: string) =>
			(await rawRequest(server.port, path, { 'accept-encoding': accept })).headers[
				'content-encoding'
			];
		expect(await encoding('br, gzip'), path).toBe('br');
		expect(await encoding('br;q=0, gzip'), path).toBe('gzip');
		expect(await encoding('br;q=0'), path).toBeUndefined();
		expect(await encoding('gzip;q=0.9, br;q=0.1'), path).toBe('gzip');
		expect((await rawRequest(server.port, path, { 'accept-encoding': '*;q=0' })).status).toBe(406);
	}
});

test('HTML, fonts and hashed assets carry Cache-Control and ETags', async () => {
	const home = await rawRequest(server.port, '/');
	const asset = /\/_app\/immutable\/[\w./-]+\.(css|js)/.exec(home.body.toString())?.[0];
	expect(asset).toBeDefined();
	const expected: [string, string][] = [
		// `/` is a file once prerendered; until then the app renders it, and it is not for caches.
		['/', prerenderedHome ? pagePolicy : 'no-store'],
		['/api/dataset.json', pagePolicy],
		['/robots.txt', pagePolicy],
		[font, 'public, max-age=2592000, stale-while-revalidate=31536000'],
		[asset!, 'public, max-age=31536000, immutable']
	];
	for (const [path, cacheControl] of expected) {
		const answer = await rawRequest(server.port, path, { 'accept-encoding': 'br' });
		expect(answer.status, path).toBe(200);
		expect(answer.headers['cache-control'], path).toBe(cacheControl);
		expect(answer.headers.etag, path).toBeDefined();
	}
});
