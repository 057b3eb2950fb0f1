import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs } from './e2e/support';

const port = Number(process.env.E2E_PORT ?? 4173);
/** Set E2E_BASE_URL to test a server you started yourself (e.g. `vite dev`); otherwise the built app is served. */
const external = process.env.E2E_BASE_URL;

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: external ?? `http://127.0.0.1:${port}`,
		timezoneId: 'UTC',
		locale: 'en-GB',
		// No smooth scrolling: a test that focuses a mark and follows it at once would otherwise see
		// the second scroll cancel the first, and wait on animations it does not test.
		reducedMotion: 'reduce',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: chromiumArgs
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: external
		? undefined
		: {
				command: 'node scripts/serve.js',
				env: { HOST: '127.0.0.1', PORT: String(port) },
				url: `http://127.0.0.1:${port}/`,
				reuseExistingServer: false,
				timeout: 30_000
			}
});
