import { spawn } from 'node:child_process';
import { request, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';

/** Asks the kernel for a port nobody uses, then gives it back for a server to take. */
export function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

export interface BuiltServer {
	port: number;
	/** The primary's pid; its children are the workers. */
	pid: number;
	/** Everything it printed, stdout and stderr, so far. */
	output: () => string;
	/** Resolves when `text` has been printed; rejects with the output after `ms`. */
	waitFor: (text: string, ms?: number) => Promise<void>;
	/** SIGTERM, then the exit code. */
	stop: () => Promise<number | null>;
}

/**
 * Starts the built app as `npm start` does (scripts/serve.js, run by node itself so that the pid is the
 * primary's), on a free loopback port; resolves once every worker listens.
 */
export async function startBuiltServer(env: Record<string, string> = {}): Promise<BuiltServer> {
	const port = await freePort();
	// The server's own default ORIGIN unless the test gives one: never one from the calling shell.
	const inherited = { ...process.env };
	delete inherited.ORIGIN;
	const child = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...inherited, HOST: '127.0.0.1', PORT: String(port), ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	const waitFor = async (text: string, ms = 10_000) => {
		const deadline = Date.now() + ms;
		while (!output.includes(text)) {
			if (child.exitCode !== null || Date.now() > deadline) {
				throw new Error(`the server never printed "${text}":\n${output}`);
			}
			await new Promise((r) => setTimeout(r, 25));
		}
	};
	await waitFor('MSS Haiti dashboard on');
	return {
		port,
		pid: child.pid!,
		output: () => output,
		waitFor,
		stop: () => {
			if (child.exitCode === null) child.kill('SIGTERM');
			return exited;
		}
	};
}

export interface RawAnswer {
	status: number;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

/**
 * One request exactly as given, on a new connection: any path (`//attacker.example/`), any Host, any
 * Range, which neither a browser nor Playwright's request context would send as written.
 */
export function rawRequest(
	port: number,
	path: string,
	headers: Record<string, string> = {},
	method = 'GET'
): Promise<RawAnswer> {
	return new Promise((resolve, reject) => {
		const req = request(
			{ host: '127.0.0.1', port, path, method, headers, agent: false, timeout: 5_000 },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () =>
					resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
				);
				res.on('error', reject);
			}
		);
		req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within 5 s`)));
		req.on('error', reject);
		req.end();
	});
}
