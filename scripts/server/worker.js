// @ts-check
// One worker: loads SvelteKit's handler and the build's files, then serves until told to stop.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApp } from './app.js';
import { indexStatic } from './static.js';

/**
 * @param {{ buildDir: string, host: string, port: number }} options
 */
export async function work({ buildDir, host, port }) {
	const handlerFile = join(buildDir, 'handler.js');
	/**
	 * @param {string} what
	 * @param {unknown} error
	 */
	const cannotStart = (what, error) => {
		console.error(`Cannot start: ${what}:`);
		console.error(error);
		process.exit(1);
	};
	/** @type {import('./app.js').Handler} */
	let handler;
	try {
		// The app checks what it needs at start (its fonts, its dataset) when this module loads; a
		// rejection here is a start that cannot succeed, and the primary stops on it.
		({ handler } = await import(pathToFileURL(handlerFile).href));
	} catch (error) {
		return cannotStart(`loading ${handlerFile} failed`, error);
	}
	/** @type {ReturnType<typeof indexStatic>} */
	let files;
	try {
		files = indexStatic({
			client: join(buildDir, 'client'),
			prerendered: join(buildDir, 'prerendered')
		});
	} catch (error) {
		return cannotStart(`reading the files of ${buildDir} failed`, error);
	}

	const server = createServer(createApp({ files, handler }));
	server.on('error', (error) => {
		console.error(`Cannot start: cannot listen on ${host}:${port}: ${error.message}`);
		process.exit(1);
	});
	server.listen(port, host);

	// The primary coordinates a shutdown (Ctrl-C reaches every process of the group): a worker stops
	// on SIGTERM only, finishing the requests it has and closing idle connections.
	process.on('SIGINT', () => {});
	process.on('SIGTERM', () => {
		server.close(() => process.exit(0));
		server.closeIdleConnections();
	});
}
