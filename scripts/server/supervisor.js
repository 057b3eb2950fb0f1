// @ts-check
// The primary process: checks the build, fixes ORIGIN, runs one worker per core (Node's cluster shares
// the port between them), replaces a worker that dies, and shuts them all down on SIGTERM or SIGINT.
import cluster from 'node:cluster';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

/** How long workers get to finish their requests after SIGTERM before they are killed. */
const graceMs = 10_000;

/**
 * HOST, PORT, WEB_CONCURRENCY, RENDER_THREADS and RENDER_QUEUE, checked: a typo stops the start with a message, never
 * a default.
 * @param {NodeJS.ProcessEnv} env
 */
export function readConfig(env) {
	const integer = (/** @type {string} */ name, /** @type {number} */ fallback, min = 0) => {
		const text = env[name];
		if (text === undefined || text === '') return fallback;
		const value = Number(text);
		if (!/^\d+$/.test(text) || value < min || value > 65_535) {
			throw new Error(`${name} must be an integer from ${min} to 65535, not "${text}"`);
		}
		return value;
	};
	// Each worker draws exports in RENDER_THREADS threads of its own (src/lib/server/render/pool.ts):
	// the workers and those threads divide the cores between them.
	const renderThreads = integer('RENDER_THREADS', 1);
	integer('RENDER_QUEUE', 16);
	return {
		host: env.HOST || '127.0.0.1',
		port: integer('PORT', 3000, 1),
		workers: integer(
			'WEB_CONCURRENCY',
			Math.max(1, Math.floor(availableParallelism() / (1 + renderThreads))),
			1
		)
	};
}

/** Stops the start with a message on stderr and a non-zero exit. */
function cannotStart(/** @type {string} */ message) {
	console.error(`Cannot start: ${message}`);
	process.exit(1);
}

/**
 * The entry of both roles: scripts/serve.js calls it in the primary and, as cluster runs the same
 * script again, in every worker.
 * @param {{ buildDir: string }} options
 */
export async function serve({ buildDir }) {
	/** @type {ReturnType<typeof readConfig>} */
	let config;
	try {
		config = readConfig(process.env);
	} catch (error) {
		return cannotStart(/** @type {Error} */ (error).message);
	}
	if (cluster.isPrimary) return supervise(buildDir, config);
	// Only a worker loads the serving code (and, through it, the app): the primary stays small.
	const { work } = await import('./worker.js');
	await work({ buildDir, host: config.host, port: config.port });
}

/**
 * @param {string} buildDir
 * @param {ReturnType<typeof readConfig>} config
 */
function supervise(buildDir, { host, port, workers }) {
	for (const name of ['handler.js', 'client', 'prerendered']) {
		const path = join(buildDir, name);
		if (!existsSync(path)) cannotStart(`${path} is missing; build the app first (npm run build)`);
	}
	// Each worker holds these in memory (scripts/server/static.js): say how much that is.
	const files = ['client', 'prerendered'].flatMap((name) =>
		readdirSync(join(buildDir, name), { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => statSync(join(entry.parentPath, entry.name)).size)
	);
	const mb = (files.reduce((sum, size) => sum + size, 0) / 1024 / 1024).toFixed(1);
	console.log(`build/client and build/prerendered: ${files.length} files, ${mb} MB in each worker`);
	// adapter-node takes absolute URLs from ORIGIN when it is set, and from the Host header otherwise:
	// it is always set, so no page or export ever carries a host a client sent.
	if (!process.env.ORIGIN) {
		process.env.ORIGIN = `http://localhost:${port}`;
		console.log(
			`ORIGIN is not set: absolute URLs use ${process.env.ORIGIN} (set ORIGIN to the public origin)`
		);
	}

	/** Workers alive, and those that have listened: one that dies before it listens is a failed start. */
	const alive = new Set();
	const listened = new WeakSet();
	let started = false;
	let stopping = false;
	let exitCode = 0;

	// Each worker accepts its own connections from the shared socket (the kernel's choice, not the
	// primary's round-robin): a worker busy rendering accepts none meanwhile, and one that dies holds
	// none, where round-robin may hand a connection to a worker that has just died, and it hangs.
	cluster.schedulingPolicy = cluster.SCHED_NONE;
	// V8 lets a busy server's heap grow far past what it keeps alive (150 MB for 60 MB live under a
	// flood of requests) before collecting: a ceiling makes it collect sooner, within the memory budget.
	cluster.setupPrimary({ execArgv: [...process.execArgv, '--max-old-space-size=128'] });
	const fork = () => alive.add(cluster.fork());
	const stop = (/** @type {number} */ code) => {
		if (stopping) return;
		stopping = true;
		exitCode = code;
		if (alive.size === 0) process.exit(exitCode);
		for (const worker of alive) worker.process.kill('SIGTERM');
		setTimeout(() => {
			console.error(`Workers still running ${graceMs / 1000} s after SIGTERM: killed`);
			exitCode = 1;
			for (const worker of alive) worker.process.kill('SIGKILL');
		}, graceMs).unref();
	};

	cluster.on('listening', (worker) => {
		listened.add(worker);
		if (started) return console.log(`worker ${worker.process.pid} listening`);
		if (stopping || ![...alive].every((w) => listened.has(w))) return;
		started = true;
		const count = alive.size === 1 ? '1 worker' : `${alive.size} workers`;
		console.log(`MSS Haiti dashboard on http://${host}:${port}/ (${count})`);
	});
	cluster.on('exit', (worker, code, signal) => {
		alive.delete(worker);
		const exited = `worker ${worker.process.pid} exited (code ${code}, signal ${signal})`;
		if (stopping) {
			console.log(exited);
			if (alive.size === 0) process.exit(exitCode);
		} else if (!listened.has(worker)) {
			// Its own message is above; another worker would fail the same way, so no restart loop.
			console.error(`${exited} before it could listen: stopping`);
			stop(1);
		} else {
			console.error(`${exited}: starting another`);
			fork();
		}
	});
	for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
		process.on(signal, () => {
			console.log(`${signal}: stopping the workers`);
			stop(0);
		});
	}

	for (let i = 0; i < workers; i++) fork();
}
