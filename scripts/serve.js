// Serves the built app: http://127.0.0.1:3000 unless HOST or PORT say otherwise.
// A thin server around SvelteKit's handler, so that static files (fonts, favicon) get the same
// baseline security headers as pages; pages and endpoints refine them in src/hooks.server.ts.
import { createServer } from 'node:http';
import { handler } from '../build/handler.js';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);

/** Pages the app has already rendered (see src/lib/server/pageCache.ts), answered without SvelteKit. */
const cachedPage = (req) =>
	globalThis[Symbol.for('mss-haiti.pages')]?.(
		req.url,
		req.headers['accept-encoding'],
		req.headers['if-none-match']
	);

const server = createServer((req, res) => {
	const hit = req.method === 'GET' ? cachedPage(req) : undefined;
	if (hit) {
		res.writeHead(hit.status, hit.headers);
		return res.end(hit.body);
	}
	const embed = req.url?.startsWith('/embed/');
	res.setHeader('x-content-type-options', 'nosniff');
	res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
	res.setHeader(
		'content-security-policy',
		`default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ${embed ? '*' : "'none'"}`
	);
	if (!embed) res.setHeader('x-frame-options', 'DENY');
	handler(req, res, () => {
		res.statusCode = 404;
		res.setHeader('content-type', 'text/plain; charset=utf-8');
		res.end('Not found');
	});
});

server.listen(port, host, async () => {
	console.log(`MSS Haiti dashboard on http://${host}:${port}/`);
	// Render and compress the dashboard once now, so that its first reader does not wait for it.
	for (const encoding of ['br', 'gzip']) {
		await fetch(`http://${host}:${port}/`, { headers: { 'accept-encoding': encoding } }).catch(
			() => {}
		);
	}
});
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		server.closeAllConnections();
	});
}
