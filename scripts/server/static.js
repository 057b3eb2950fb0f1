// @ts-check
// The build's files, read once at start and answered from memory: build/client (static/ and the hashed
// /_app/immutable/ assets) and build/prerendered (pages, with `x.html` answering `/x`), each with the
// .br and .gz siblings adapter-node wrote beside it. Range and Accept-Encoding are parsed by
// range-parser and negotiator, not by hand.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import Negotiator from 'negotiator';
import parseRange from 'range-parser';
import { cacheControl } from './cachePolicy.js';
import { securityHeaders } from './headers.js';

/** @typedef {'br' | 'gzip' | 'identity'} Encoding */
/** @typedef {{ body: Buffer, etag: string }} Representation */
/**
 * @typedef {object} StaticFile
 * @property {string} file where it was read from, for messages
 * @property {string} type its Content-Type
 * @property {Record<string, string>} headers those of every answer with it: security, Cache-Control, Vary
 * @property {Encoding[]} encodings those it has, best first
 * @property {Partial<Record<Encoding, Representation>>} representations
 */

/** Brotli is smaller than gzip for the same file; identity is what every file has. */
const preferred = /** @type {const} */ (['br', 'gzip', 'identity']);
const siblings = /** @type {const} */ ([
	['br', '.br'],
	['gzip', '.gz']
]);

/** The types the build contains; anything else is served as bytes (with nosniff). */
const types = new Map([
	['.html', 'text/html; charset=utf-8'],
	['.js', 'text/javascript; charset=utf-8'],
	['.css', 'text/css; charset=utf-8'],
	['.json', 'application/json; charset=utf-8'],
	['.txt', 'text/plain; charset=utf-8'],
	['.csv', 'text/csv; charset=utf-8'],
	['.xml', 'application/xml; charset=utf-8'],
	['.webmanifest', 'application/manifest+json; charset=utf-8'],
	['.svg', 'image/svg+xml'],
	['.png', 'image/png'],
	['.jpg', 'image/jpeg'],
	['.webp', 'image/webp'],
	['.ico', 'image/x-icon'],
	['.woff2', 'font/woff2'],
	['.woff', 'font/woff'],
	['.ttf', 'font/ttf']
]);

/** Strong, and different for each representation: a hash of its bytes, with its encoding named. */
function etagOf(/** @type {Buffer} */ body, /** @type {Encoding} */ encoding) {
	const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
	return encoding === 'identity' ? `"${hash}"` : `"${hash}-${encoding}"`;
}

/**
 * The URL path a file answers. A prerendered page `a/b.html` answers `/a/b`; `index.html` answers
 * `/` (and `a/index.html`, written for trailing-slash routes, `/a/`). Everything else answers its own
 * name.
 * @param {string} relative the file's path under its folder, with `/` between segments
 * @param {boolean} page whether the folder is build/prerendered
 */
export function urlPathOf(relative, page) {
	if (!page || !relative.endsWith('.html')) return `/${relative}`;
	const stem = relative.slice(0, -'.html'.length);
	if (stem === 'index') return '/';
	if (stem.endsWith('/index')) return `/${stem.slice(0, -'index'.length)}`;
	return `/${stem}`;
}

/**
 * Reads every file under the build's two static folders into memory, keyed by the exact decoded URL
 * path that names it. Fails when two files would answer the same path.
 * @param {{ client: string, prerendered: string }} folders
 * @returns {Map<string, StaticFile>}
 */
export function indexStatic({ client, prerendered }) {
	/** @type {Map<string, StaticFile>} */
	const files = new Map();
	for (const [folder, page] of /** @type {const} */ ([
		[client, false],
		[prerendered, true]
	])) {
		const names = readdirSync(folder, { recursive: true, encoding: 'utf8' })
			.map((name) => name.split(sep).join('/'))
			.filter((name) => statSync(join(folder, name)).isFile());
		const present = new Set(names);
		for (const name of names) {
			// A compressed sibling is a representation of its file, not a file of its own.
			if (siblings.some(([, ext]) => name.endsWith(ext) && present.has(name.slice(0, -ext.length))))
				continue;
			const file = join(folder, name);
			const body = readFileSync(file);
			const path = urlPathOf(name, page);
			const type = types.get(extname(name).toLowerCase()) ?? 'application/octet-stream';
			/** @type {StaticFile} */
			const entry = {
				file,
				type,
				headers: {
					...securityHeaders(path, type),
					vary: 'Accept-Encoding',
					'cache-control': cacheControl(path, 200)
				},
				encodings: [],
				representations: { identity: { body, etag: etagOf(body, 'identity') } }
			};
			for (const [encoding, ext] of siblings) {
				if (!present.has(name + ext)) continue;
				const encoded = readFileSync(file + ext);
				entry.representations[encoding] = { body: encoded, etag: etagOf(encoded, encoding) };
			}
			entry.encodings = preferred.filter((encoding) => entry.representations[encoding]);
			const taken = files.get(path);
			if (taken) throw new Error(`${taken.file} and ${file} would both answer ${path}`);
			files.set(path, entry);
		}
	}
	return files;
}

/**
 * The best encoding of those a file has that the request accepts (q-values honoured: `br;q=0` never
 * gets Brotli; `*;q=0` accepts nothing), or undefined when it accepts none of them.
 * @param {string | string[] | undefined} acceptEncoding
 * @param {readonly Encoding[]} available
 * @returns {Encoding | undefined}
 */
export function negotiateEncoding(acceptEncoding, available) {
	const request = { headers: { 'accept-encoding': acceptEncoding } };
	return /** @type {Encoding | undefined} */ (
		new Negotiator(request).encodings(available, { preferred })[0]
	);
}

/**
 * What a Range header asks of a representation of `size` bytes: the one byte range to send, 'all'
 * (no Range, or a unit other than bytes, which RFC 9110 §14.2 says to ignore), or why it is refused.
 * Overlapping and adjacent ranges are merged first; several disjoint ones are refused (RFC 9110
 * §15.5.17 allows it) rather than sent as multipart/byteranges, which nothing on this site asks for.
 * @param {string | undefined} header
 * @param {number} size
 * @returns {'all' | { start: number, end: number } | { refused: string }}
 */
export function rangeOf(header, size) {
	if (header === undefined) return 'all';
	const equals = header.indexOf('=');
	if (equals !== -1 && header.slice(0, equals).trim().toLowerCase() !== 'bytes') return 'all';
	// range-parser 1.3.0 refuses a suffix longer than the file (`bytes=-100` of 23 bytes) where RFC 9110
	// §14.1.2 sends the whole file; jshttp/range-parser#66 fixed that after 1.3.0. Clamp it first.
	const clamped = header.replace(/(?<=[=,]\s*)-(\d+)(?=\s*(?:,|$))/g, (spec, digits) =>
		Number(digits) > size ? `-${size}` : spec
	);
	const ranges = parseRange(size, clamped, { combine: true });
	if (ranges === -2)
		return {
			refused: 'Range is malformed: expected bytes=first-last, bytes=first- or bytes=-suffix'
		};
	if (ranges === -1)
		return {
			refused: `Range is not satisfiable: no range in it lies within these ${size} bytes, first ≤ last`
		};
	if (ranges.length > 1)
		return { refused: 'Range asks for several byte ranges: ask for one at a time' };
	return /** @type {{ start: number, end: number }} */ (ranges[0]);
}

/**
 * Whether an If-None-Match header names this ETag (weak comparison, RFC 9110 §13.1.2).
 * @param {string | undefined} header
 * @param {string} etag
 */
export function matchesEtag(header, etag) {
	if (header === undefined) return false;
	return header
		.split(',')
		.map((tag) => tag.trim().replace(/^W\//, ''))
		.some((tag) => tag === '*' || tag === etag);
}

/**
 * An error from the static layer: plain text, or JSON like the app's own 400s when `message` is an
 * object. Never cached, never echoing the request.
 * @param {import('node:http').ServerResponse} res
 * @param {string} pathname
 * @param {number} status
 * @param {string | object} message
 * @param {Record<string, string>} [extra]
 */
export function sendError(res, pathname, status, message, extra = {}) {
	const json = typeof message === 'object';
	const body = Buffer.from(json ? JSON.stringify(message) : `${message}\n`);
	const type = json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
	res.writeHead(status, {
		...securityHeaders(pathname, type),
		'content-type': type,
		'content-length': String(body.length),
		'cache-control': cacheControl(pathname, status),
		...extra
	});
	res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * Answers a GET or HEAD for one indexed file: content negotiation, conditional request, range. HEAD
 * gets exactly the headers GET gets, without the body.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} pathname the path the file is indexed under
 * @param {StaticFile} file
 */
export function sendFile(req, res, pathname, file) {
	const vary = { vary: 'Accept-Encoding' };
	const encoding = negotiateEncoding(req.headers['accept-encoding'], file.encodings);
	if (!encoding) {
		const offered = file.encodings.join(', ');
		return sendError(
			res,
			pathname,
			406,
			`Accept-Encoding refuses every encoding this file has (${offered})`,
			vary
		);
	}
	const { body, etag } = /** @type {Representation} */ (file.representations[encoding]);
	/** @type {Record<string, string>} */
	const headers = { ...file.headers, etag };
	if (matchesEtag(req.headers['if-none-match'], etag)) {
		res.writeHead(304, headers);
		return res.end();
	}
	headers['content-type'] = file.type;
	headers['accept-ranges'] = 'bytes';
	if (encoding !== 'identity') headers['content-encoding'] = encoding;
	// If-Range: the range is only for the representation the client already has part of.
	const ifRange = req.headers['if-range'];
	const range =
		ifRange === undefined || ifRange === etag ? rangeOf(req.headers.range, body.length) : 'all';
	if (range !== 'all' && 'refused' in range) {
		return sendError(res, pathname, 416, range.refused, {
			...vary,
			'content-range': `bytes */${body.length}`
		});
	}
	let status = 200;
	let content = body;
	if (range !== 'all') {
		status = 206;
		content = body.subarray(range.start, range.end + 1);
		headers['content-range'] = `bytes ${range.start}-${range.end}/${body.length}`;
	}
	headers['content-length'] = String(content.length);
	res.writeHead(status, headers);
	res.end(req.method === 'HEAD' ? undefined : content);
}
