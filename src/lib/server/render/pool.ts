import { building, dev } from '$app/environment';
import { Piscina } from 'piscina';
import type { ExportJob, ExportResult } from './task';

/**
 * Exports render off the event loop, in a small pool of worker threads, so that a cold PNG never holds
 * up the page. The queue is bounded: past it, `runExport` throws `PoolBusy` and the endpoint answers 503
 * with Retry-After instead of piling requests up. Memory is bounded by the threads × the pixel limit.
 *
 * RENDER_THREADS sets the threads per server process (default 1; the server runs cores ÷ (1 + threads)
 * processes, so that processes and threads share the cores); 0 renders on the main thread, as
 * development and prerendering do. RENDER_QUEUE bounds the jobs waiting for a thread (16: a few
 * seconds of work at most). scripts/server/supervisor.js checks both before any process starts.
 */
const threads = Number(process.env.RENDER_THREADS ?? 1);
const maxQueue = Number(process.env.RENDER_QUEUE ?? 16);

export class PoolBusy extends Error {
	constructor() {
		super('The render pool is full');
	}
}

// Imported whole and used below (not only its URL), so that the build keeps the module's default export,
// which the pool's threads call by name.
const task = await import('./task');
let pool: Piscina<ExportJob, ExportResult> | undefined;

/**
 * Starts the pool's threads with the server (see hooks.server.ts), so that their start (loading the
 * renderer, a warm-up render) is paid before the first reader asks.
 */
export function startPool() {
	if (dev || building || threads === 0 || pool) return;
	pool = new Piscina({
		filename: task.taskModule,
		minThreads: threads,
		maxThreads: threads,
		maxQueue,
		// A render leaves a few MB of garbage; V8 left to itself lets a thread's heap grow to hundreds of
		// MB before collecting it. About 30 MB are live (shaped labels, style sheets, the dataset).
		resourceLimits: { maxOldGenerationSizeMb: 64 }
	});
}

/** Makes an export in the pool; throws PoolBusy, at once, when its queue is full. */
export function runExport(job: ExportJob): Promise<ExportResult> {
	if (!pool) return Promise.resolve(task.default(job));
	if (pool.queueSize >= maxQueue) throw new PoolBusy();
	return pool.run(job);
}
