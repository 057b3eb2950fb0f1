import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Dataset } from '../src/lib/data/schema';
import { spawn } from 'node:child_process';
import { request, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';

/** The charts, in the page's order (src/lib/charts/registry.ts is the source; it cannot load here). */
export const chartIds = ['troops', 'contributors', 'timeline', 'funding', 'network'] as const;
export type ChartId = (typeof chartIds)[number];

/**
 * Chromium's flags for this machine, for playwright.config.ts and any script that launches it. The
 * embed tests frame the local server from a page the test answers itself, which Chromium would block
 * as a public page reaching a local one; in production both are public.
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-features=LocalNetworkAccessChecks'
];

/** The whole dataset as the API serves it, typed by the schema the app validates it with. */
export async function dataset(request: APIRequestContext): Promise<Dataset & { hash: string }> {
	const response = await request.get('/api/dataset.json');
	expect(response.ok()).toBe(true);
	return response.json();
}

/** Waits until the page's enhancements are in place (src/lib/client/main.ts marks the document). */
export async function enhanced(page: Page) {
	await expect(page.locator('html[data-enhanced]')).toHaveCount(1);
	// and every card shows the drawing made for its width, so that no mark is swapped under a test
	await expect(page.locator('.drawing:not([data-fitted])')).toHaveCount(0);
}

/** A card's drawing: the one SVG the card shows (narrow as served; wider once JavaScript fits it). */
export const drawing = (page: Page, id: ChartId) => page.locator(`#chart-${id} .drawing > svg`);

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 2.2 AA violations on the page (or inside `include`), one line each: none is the goal. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags(wcag);
	if (include) builder.include(include);
	const { violations } = await builder.analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** How far the page scrolls sideways: 0 when nothing overflows the viewport. */
export const sidewaysScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

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
