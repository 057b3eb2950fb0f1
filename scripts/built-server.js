// Shared by bench.js and load.js: make sure the app is built, then run it as a child process on a
// free loopback port, so the measuring process and the measured server never share an event loop.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { childPids } from './processes.js';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds only when there is no build yet: measuring should not silently change what is measured. */
export function ensureBuild() {
	if (existsSync(`${root}build/index.js`)) return;
	console.error('No build/ yet: running vite build');
	const result = spawnSync(`${root}node_modules/.bin/vite`, ['build'], {
		cwd: root,
		stdio: 'inherit'
	});
	if (result.status !== 0) throw new Error('vite build failed');
}

/** Asks the kernel for a port nobody uses, then gives it back for the server to take. */
function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
			probe.close(() => resolve(port));
		});
	});
}

/**
 * Starts the server the app ships with (`npm start`, Playwright's webServer): scripts/serve.js, a
 * primary and one worker per core. Run by node itself, not through npx, so the pid is the primary's:
 * its workers are found from it, and the signal reaches it. Resolves once every worker listens.
 */
export async function startServer() {
	const port = await freePort();
	const child = spawn(process.execPath, ['scripts/serve.js'], {
		cwd: root,
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const origin = `http://127.0.0.1:${port}`;
	let printed = '';
	child.stdout.on('data', (chunk) => (printed += chunk));
	const deadline = Date.now() + 15_000;
	while (!printed.includes('MSS Haiti dashboard on')) {
		if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`server did not listen on ${origin} within 15 s`);
		}
		await new Promise((r) => setTimeout(r, 50));
	}

	/** The primary and its workers. */
	const processes = () => [child.pid, ...childPids(child.pid)];

	/** Resident memory of the whole cluster in MB, from the kernel's own accounting. */
	const memory = () => {
		const kb = (pid, field) => {
			try {
				const status = readFileSync(`/proc/${pid}/status`, 'utf8');
				return Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);
			} catch {
				return 0; // a worker that has just gone
			}
		};
		const sum = (field) => processes().reduce((total, pid) => total + kb(pid, field), 0) / 1024;
		// Peaks are per process and need not coincide: their sum is an upper bound.
		return { rssMB: sum('VmRSS'), peakMB: sum('VmHWM') };
	};

	/** SIGTERM lets the server close its connections; SIGKILL only if it hangs past 10 s. */
	const stop = () =>
		new Promise((resolve) => {
			if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
			const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
			child.once('exit', () => {
				clearTimeout(timer);
				resolve(undefined);
			});
			child.kill('SIGTERM');
		});

	// Ctrl-C on the script must not leave an orphaned server holding the port.
	for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
		process.once(signal, () => stop().then(() => process.exit(130)));
	}

	return { origin, pid: child.pid, processes, memory, stop };
}
