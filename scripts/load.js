// `npm run load`: 100 connections for 10 s over every valid URL of the built app, on loopback only.
// Passes (exit 0) only with zero errors, zero timeouts and zero non-2xx answers; prints the server's
// memory before and after so a leak or an unbounded cache shows up as a number.
import autocannon from 'autocannon';
import { ensureBuild, startServer } from './built-server.js';

const charts = ['troops', 'contributors', 'timeline', 'funding', 'network'];
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

ensureBuild();
const server = await startServer();
let failed = true;
try {
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

	const mb = (value) => `${value.toFixed(1)} MB`;
	console.log(`Load: ${paths.length} URLs, 100 connections, 10 s, ${server.origin}`);
	console.log(
		`requests     ${result.requests.total} (${Math.round(result.requests.average)} req/s)`
	);
	console.log(`errors       ${result.errors} (timeouts ${result.timeouts})`);
	console.log(`non-2xx      ${result.non2xx}`);
	console.log(
		`latency      p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`
	);
	console.log(
		`server RSS   before ${mb(before.rssMB)}, after ${mb(after.rssMB)}, peak ${mb(after.peakMB)}`
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
	failed = result.errors > 0 || result.timeouts > 0 || result.non2xx > 0;
	console.log(failed ? '\nFAIL: errors or non-2xx answers' : '\nOK: no errors, all 2xx');
} finally {
	await server.stop();
}
process.exit(failed ? 1 : 0);
