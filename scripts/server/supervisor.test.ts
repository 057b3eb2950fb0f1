import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { childPids } from '../processes.js';

// The supervisor runs the same `serve()` as scripts/serve.js, from an entry file beside a stand-in build:
// a handler.js that answers with its pid (or fails to load), and the two static folders.

const supervisor = fileURLToPath(new URL('./supervisor.js', import.meta.url));

const answering = `
export const handler = (req, res) => {
	if (req.url === '/slow') {
		res.writeHead(200);
		res.write('started ');
		setTimeout(() => res.end('done'), 500);
		return;
	}
	res.end(req.url === '/origin' ? process.env.ORIGIN : String(process.pid));
};
`;

const dirs: string[] = [];

/** A build directory without `omit`, whose handler.js is `handler`, and an entry that serves it. */
function fakeBuild(handler = answering, omit?: string) {
	const dir = mkdtempSync(join(tmpdir(), 'supervisor-'));
	dirs.push(dir);
	const build = join(dir, 'build');
	for (const folder of ['client', 'prerendered'])
		mkdirSync(join(build, folder), { recursive: true });
	writeFileSync(join(build, 'client', 'robots.txt'), 'User-agent: *\n');
	writeFileSync(join(build, 'handler.js'), handler);
	if (omit) rmSync(join(build, omit), { recursive: true });
	const entry = join(dir, 'serve.js');
	writeFileSync(
		entry,
		`import { serve } from ${JSON.stringify(supervisor)};\nawait serve({ buildDir: ${JSON.stringify(build)} });\n`
	);
	return { entry, build };
}

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

interface Started {
	child: ChildProcess;
	port: number;
	output: () => string;
	exited: Promise<number | null>;
}

const running: ChildProcess[] = [];

async function start(entry: string, env: Record<string, string> = {}): Promise<Started> {
	const port = await freePort();
	const child = spawn(process.execPath, [entry], {
		env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	running.push(child);
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const exited = new Promise<number | null>((resolve) =>
		child.once('exit', (code) => resolve(code))
	);
	return { child, port, output: () => output, exited };
}

/** Waits until `check` holds, polling; fails with what was printed if it does not within `ms`. */
async function until(check: () => boolean, what: string, output: () => string, ms = 5_000) {
	const deadline = Date.now() + ms;
	while (!check()) {
		if (Date.now() > deadline)
			throw new Error(`${what} did not happen within ${ms} ms:\n${output()}`);
		await new Promise((r) => setTimeout(r, 25));
	}
}

/** One GET on a new connection (no keep-alive), so the cluster hands it to any live worker. */
function fetchText(port: number, path: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
			let body = '';
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode!, body }));
		}).on('error', reject);
	});
}

afterEach(() => {
	for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the start fails clearly, before any worker is forked', () => {
	test.each(['handler.js', 'client', 'prerendered'])('without build/%s', async (name) => {
		const { entry, build } = fakeBuild(answering, name);
		const server = await start(entry);
		expect(await server.exited).toBe(1);
		expect(server.output()).toContain(`Cannot start: ${join(build, name)} is missing`);
		expect(server.output()).not.toContain('worker');
	});

	test.each([
		[{ WEB_CONCURRENCY: '0' }, 'WEB_CONCURRENCY must be an integer from 1 to 65535, not "0"'],
		[{ WEB_CONCURRENCY: 'two' }, 'WEB_CONCURRENCY must be an integer from 1 to 65535, not "two"'],
		[{ PORT: '80a' }, 'PORT must be an integer from 1 to 65535, not "80a"'],
		[{ PORT: '65536' }, 'PORT must be an integer from 1 to 65535, not "65536"'],
		[{ RENDER_THREADS: '-1' }, 'RENDER_THREADS must be an integer from 0 to 65535, not "-1"'],
		[{ RENDER_QUEUE: 'lots' }, 'RENDER_QUEUE must be an integer from 0 to 65535, not "lots"']
	])('with %o', async (env, message) => {
		const server = await start(fakeBuild().entry, env);
		expect(await server.exited).toBe(1);
		expect(server.output()).toContain(`Cannot start: ${message}`);
	});
});

test('a handler whose import rejects stops the start with its message, without a restart loop', async () => {
	const failing = `throw new Error('the TrueType font is missing: /fonts/SourceSans3.ttf');\n`;
	const server = await start(fakeBuild(failing).entry, { WEB_CONCURRENCY: '2' });
	expect(await server.exited).toBe(1);
	const output = server.output();
	expect(output).toContain('Cannot start: loading');
	expect(output).toContain('the TrueType font is missing: /fonts/SourceSans3.ttf');
	expect(output).toMatch(/exited \(code 1, signal null\) before it could listen: stopping/);
	// The two workers started, and none after them.
	expect(output.match(/worker \d+ exited/g)?.length ?? 0).toBeLessThanOrEqual(2);
});

test('ORIGIN: kept when set, else a local default that is logged; the workers have it', async () => {
	const set = await start(fakeBuild().entry, {
		ORIGIN: 'https://mss.example',
		WEB_CONCURRENCY: '1'
	});
	await until(() => set.output().includes('MSS Haiti dashboard on'), 'start', set.output);
	expect((await fetchText(set.port, '/origin')).body).toBe('https://mss.example');

	const unset = await start(fakeBuild().entry, { WEB_CONCURRENCY: '1' });
	await until(() => unset.output().includes('MSS Haiti dashboard on'), 'start', unset.output);
	const local = `http://localhost:${unset.port}`;
	expect(unset.output()).toContain(`ORIGIN is not set: absolute URLs use ${local}`);
	expect((await fetchText(unset.port, '/origin')).body).toBe(local);
});

test('a worker killed with SIGKILL is replaced at once, and the server keeps answering', async () => {
	const server = await start(fakeBuild().entry, { WEB_CONCURRENCY: '2' });
	const { output, port } = server;
	await until(() => output().includes('(2 workers)'), 'start', output);
	const pid = server.child.pid!;
	const workers = childPids(pid);
	expect(workers).toHaveLength(2);

	const [victim, survivor] = workers as [number, number];
	process.kill(victim, 'SIGKILL');
	// While the replacement starts, the other worker answers.
	expect(await fetchText(port, '/robots.txt')).toEqual({ status: 200, body: 'User-agent: *\n' });
	await until(
		() => childPids(pid).length === 2 && !childPids(pid).includes(victim),
		'the replacement',
		output
	);
	const logged = `worker ${victim} exited (code null, signal SIGKILL): starting another`;
	await until(() => output().includes(logged), 'the exit, logged', output);
	const replacement = childPids(pid).find((p) => p !== survivor)!;
	await until(() => output().includes(`worker ${replacement} listening`), 'the listen', output);
	// The kernel spreads new connections over the workers that accept: soon the new one answers too.
	const answeredBy: string[] = [];
	for (let i = 0; i < 30 && !answeredBy.includes(String(replacement)); i++) {
		answeredBy.push((await fetchText(port, '/dynamic')).body);
	}
	expect(answeredBy).toContain(String(replacement));
}, 15_000);

test('SIGTERM: requests in flight finish, the workers exit, then the primary, with code 0', async () => {
	const server = await start(fakeBuild().entry, { WEB_CONCURRENCY: '2' });
	const { output, port } = server;
	await until(() => output().includes('(2 workers)'), 'start', output);
	const workers = childPids(server.child.pid!);

	const body = new Promise<string>((resolve, reject) => {
		get({ host: '127.0.0.1', port, path: '/slow', agent: false }, (res) => {
			let text = '';
			res.on('data', (chunk) => {
				text += chunk;
				// The request is being answered: now stop the server under it.
				if (text === 'started ') server.child.kill('SIGTERM');
			});
			res.on('end', () => resolve(text));
		}).on('error', reject);
	});
	expect(await body).toBe('started done');
	expect(await server.exited).toBe(0);
	for (const worker of workers) {
		expect(output()).toContain(`worker ${worker} exited (code 0, signal null)`);
	}
});
