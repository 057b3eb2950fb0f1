import { expect, test } from '@playwright/test';
import { childPids } from '../scripts/processes.js';
import { rawRequest, startBuiltServer } from './support';

test('the built server survives a worker killed with SIGKILL, then stops cleanly on SIGTERM', async () => {
	const server = await startBuiltServer({ WEB_CONCURRENCY: '2' });
	try {
		const workers = childPids(server.pid);
		expect(workers).toHaveLength(2);
		const [victim, survivor] = workers as [number, number];

		process.kill(victim, 'SIGKILL');
		// The other worker answers at once, a page and a dynamic export alike.
		for (const path of ['/robots.txt', '/charts/troops.svg', '/api/dataset.json']) {
			expect((await rawRequest(server.port, path)).status, path).toBe(200);
		}
		await server.waitFor(`worker ${victim} exited (code null, signal SIGKILL): starting another`);
		await expect.poll(() => childPids(server.pid)).toHaveLength(2);
		const replacement = childPids(server.pid).find((pid) => pid !== survivor);
		expect(replacement).not.toBe(victim);
		await server.waitFor(`worker ${replacement} listening`);
		for (let i = 0; i < 6; i++) {
			expect((await rawRequest(server.port, '/charts/troops.svg')).status).toBe(200);
		}
	} finally {
		expect(await server.stop()).toBe(0);
	}
	expect(server.output()).toContain('SIGTERM: stopping the workers');
});
