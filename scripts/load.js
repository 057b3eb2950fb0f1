// `npm run load [urls] [pngs]`: bounded load tests of the built app (primary and workers), on loopback
// only; both scenarios unless named.
// - urls: 100 connections for 10 s over every valid URL. Passes with zero errors, zero timeouts and
//   zero non-2xx answers; prints the cluster's memory before and after, so that a leak or an unbounded
//   cache shows up as a number.
// - pngs: 20 clients asking for PNGs nobody asked for before (every request a new width) for 30 s,
//   while one more client reads `/` as a reader would. Passes within its budgets: the page stays fast
//   (p99 ≤ 100 ms), nothing is reset or times out, the cluster stays under 400 MB.
// Exits 1 when a scenario misses.
import autocannon from 'autocannon';
import { request, Agent } from 'node:http';
import { ensureBuild, startServer } from './built-server.js';

const charts = ['troops', 'contributors', 'timeline', 'funding', 'network'];
const mb = (value) => `${value.toFixed(1)} MB`;

/** Scenario `urls`: every URL, round-robin, 100 connections, 10 s. */
async function everyUrl(server) {
	const paths = [
		'/',
		'/api/dataset.json',
		...charts.flatMap((id) => [
			`/charts/${id}.svg`,
			`/charts/${id}.png`,
			`/data/${id}.csv`,
			`/data/${id}.json`
		]),
		'/embed/troops'
	];
	const before = server.memory();
	/** Status codes per path: autocannon only counts them overall, and a failure should name its URL. */
	const statuses = new Map(paths.map((path) => [path, new Map()]));
	/** Requests sent per path: those never answered timed out or were still in flight at the end. */
	const sent = new Map();
	let next = 0;
	const result = await autocannon({
		url: server.origin,
		connections: 100,
		duration: 10,
		timeout: 10, // seconds; a request still pending after that counts as a timeout
		// One shared round-robin instead of one list per connection: with a list, all 100 connections start
		// on `/` together and move in lockstep, so the slow URLs hold everyone and the last URLs get no
		// load at all. The context lives for one request, so the answer can be booked to its path.
		requests: [
			{
				setupRequest: (request, context) => {
					context.path = paths[next++ % paths.length];
					sent.set(context.path, (sent.get(context.path) ?? 0) + 1);
					return { ...request, method: 'GET', path: context.path };
				},
				onResponse: (status, _body, context) => {
					const counts = statuses.get(context.path);
					counts?.set(status, (counts.get(status) ?? 0) + 1);
				}
			}
		]
	});
	const after = server.memory();

	console.log(`\nLoad (urls): ${paths.length} URLs, 100 connections, 10 s, ${server.origin}`);
	console.log(
		`requests     ${result.requests.total} (${Math.round(result.requests.average)} req/s)`
	);
	console.log(`errors       ${result.errors} (timeouts ${result.timeouts})`);
	console.log(`non-2xx      ${result.non2xx}`);
	console.log(
		`latency      p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`
	);
	console.log(
		`cluster RSS  before ${mb(before.rssMB)}, after ${mb(after.rssMB)} (${server.processes().length} processes)`
	);
	console.log(
		'\nper URL: status: count, and requests left unanswered (timed out or still in flight)'
	);
	const width = Math.max(...paths.map((path) => path.length));
	for (const [path, counts] of statuses) {
		const answered = [...counts.values()].reduce((a, b) => a + b, 0);
		const cells = [...counts].map(([status, count]) => `${status}: ${count}`);
		cells.push(`unanswered: ${(sent.get(path) ?? 0) - answered}`);
		console.log(`  ${path.padEnd(width)}  ${cells.join(', ')}`);
	}
	const failed = result.errors > 0 || result.timeouts > 0 || result.non2xx > 0;
	console.log(failed ? 'FAIL: errors or non-2xx answers' : 'OK: no errors, all 2xx');
	return !failed;
}

/**
 * One reader of `/`, one request after the other on one kept-alive connection, as a browser tab
 * would, for `ms`; each request may take 10 s before it counts as timed out.
 */
async function readHome(server, ms) {
	const agent = new Agent({ keepAlive: true, maxSockets: 1 });
	const latencies = [];
	const failures = { resets: 0, timeouts: 0, other: [] };
	const end = Date.now() + ms;
	while (Date.now() < end) {
		const started = performance.now();
		const outcome = await new Promise((resolve) => {
			const req = request(
				`${server.origin}/`,
				{ agent, headers: { 'accept-encoding': 'br, gzip' }, timeout: 10_000 },
				(res) => {
					res.resume();
					res.on('end', () => resolve(res.statusCode === 200 ? 'ok' : `status ${res.statusCode}`));
					res.on('error', (error) => resolve(error));
				}
			);
			req.on('timeout', () => req.destroy(new Error('timeout')));
			req.on('error', (error) => resolve(error));
			req.end();
		});
		if (outcome === 'ok') latencies.push(performance.now() - started);
		else if (outcome instanceof Error && outcome.message === 'timeout') failures.timeouts++;
		else if (outcome instanceof Error && /ECONNRESET|socket hang up/.test(outcome.message))
			failures.resets++;
		else failures.other.push(String(outcome instanceof Error ? outcome.message : outcome));
	}
	agent.destroy();
	return { latencies, ...failures };
}

/** Scenario `pngs`: 20 clients on PNGs never rendered before, 30 s, and one reader of `/`. */
async function pngsWhileReadingHome(server) {
	const seconds = 30;
	let next = 0;
	/** Every request a chart at a width not asked for yet: 2,081 widths, more than 30 s can use. */
	const pngPath = () => {
		const n = next++;
		return `/charts/${charts[n % charts.length]}.png?width=${320 + (n % 2081)}`;
	};
	let peakMB = 0;
	const sample = () => (peakMB = Math.max(peakMB, server.memory().rssMB));
	const sampler = setInterval(sample, 250);
	sample();

	const pngStatuses = new Map();
	let retryAfter = 0;
	let resets = 0;
	const pngs = autocannon({
		url: server.origin,
		connections: 20,
		duration: seconds,
		timeout: 10,
		requests: [
			{
				setupRequest: (req) => ({ ...req, method: 'GET', path: pngPath() }),
				onResponse: (status, _body, _context, headers) => {
					pngStatuses.set(status, (pngStatuses.get(status) ?? 0) + 1);
					const named = Object.keys(headers ?? {}).some(
						(name) => name.toLowerCase() === 'retry-after'
					);
					if (status === 503 && named) retryAfter++;
				}
			}
		]
	});
	pngs.on('reqError', (error) => {
		if (/ECONNRESET|socket hang up/.test(error?.message ?? '')) resets++;
	});
	const [png, home] = await Promise.all([pngs, readHome(server, seconds * 1000)]);
	clearInterval(sampler);
	sample();

	const sorted = home.latencies.toSorted((a, b) => a - b);
	const at = (p) =>
		sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;
	const p50 = at(0.5);
	const p99 = at(0.99);
	const count = (predicate) =>
		[...pngStatuses].filter(([status]) => predicate(status)).reduce((sum, [, n]) => sum + n, 0);
	const allResets = resets + home.resets;
	const allTimeouts = png.timeouts + home.timeouts;
	const ms = (value) => (Number.isNaN(value) ? 'none' : `${value.toFixed(0)} ms`);
	const budgets = [
		['/ p99', p99 <= 100, ms(p99), '≤ 100 ms'],
		['resets', allResets === 0, String(allResets), '0'],
		['time-outs', allTimeouts === 0, String(allTimeouts), '0'],
		['peak RSS', peakMB < 400, mb(peakMB), '< 400 MB']
	];

	console.log(
		`\nLoad (pngs): 20 clients on uncached PNGs (5 charts, width 320–2400, each request new) for ${seconds} s, one more client reading /, ${server.origin}`
	);
	console.log(`/            ${sorted.length} answered, p50 ${ms(p50)}, p99 ${ms(p99)}`);
	console.log(
		`             resets ${home.resets}, time-outs ${home.timeouts}, other failures ${home.other.length}${home.other.length ? ` (${[...new Set(home.other)].join('; ')})` : ''}`
	);
	console.log(
		`PNGs         ${png.requests.total} sent, 2xx ${count((s) => s >= 200 && s < 300)}, 503 ${count((s) => s === 503)} (with Retry-After ${retryAfter}), other ${count((s) => s < 200 || (s >= 300 && s !== 503))}`
	);
	console.log(`             resets ${resets}, time-outs ${png.timeouts}, errors ${png.errors}`);
	console.log(
		`cluster      ${server.processes().length} processes, peak RSS ${mb(peakMB)} (summed, sampled every 250 ms)`
	);
	console.log('budgets');
	for (const [name, ok, value, budget] of budgets) {
		console.log(
			`  ${ok ? 'ok  ' : 'MISS'}  ${name.padEnd(10)} ${value.padStart(9)}   budget ${budget}`
		);
	}
	const passed = budgets.every(([, ok]) => ok) && home.other.length === 0;
	console.log(passed ? 'OK: within budgets' : 'FAIL: over budget');
	return passed;
}

const scenarios = { urls: everyUrl, pngs: pngsWhileReadingHome };
const chosen = process.argv.slice(2);
for (const name of chosen) {
	if (!(name in scenarios)) {
		console.error(`No scenario "${name}": choose from ${Object.keys(scenarios).join(', ')}`);
		process.exit(2);
	}
}

ensureBuild();
let passed = true;
for (const name of chosen.length ? chosen : Object.keys(scenarios)) {
	// Each scenario on a fresh server: one's caches and memory must not flatter or burden the next.
	const server = await startServer();
	try {
		passed = (await scenarios[name](server)) && passed;
	} finally {
		await server.stop();
	}
}
process.exit(passed ? 0 : 1);
