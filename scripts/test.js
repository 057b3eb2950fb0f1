// The whole test suite: type check, lint, unit tests, build, end-to-end tests against the built app.
// Ends with one plain line of the totals, `N passed, N failed`, counted from the runners' own reports
// (each non-test step counts as one test: it passed or it failed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
	console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, TZ: 'UTC', ...env }
	});
	return result.status === 0;
}

function step(label, command, args) {
	const ok = run(label, command, args);
	if (ok) passed++;
	else failed++;
	console.log(`${ok ? '✔' : '✘'} ${label}`);
	return ok;
}

function report(label, file, count) {
	if (!existsSync(file)) {
		console.log(`✘ ${label}: no report at ${file}`);
		failed++;
		return;
	}
	const [p, f] = count(JSON.parse(readFileSync(file, 'utf8')));
	console.log(`${f ? '✘' : '✔'} ${label}: ${p} passed, ${f} failed`);
	passed += p;
	failed += f;
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

step('svelte-kit sync', bin('svelte-kit'), ['sync']);
step('type check', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings']);
step('lint', 'npm', ['run', '--silent', 'lint']);

run('unit tests', bin('vitest'), [
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile=test-results/unit.json'
]);
report('unit tests', 'test-results/unit.json', (r) => [
	r.numPassedTests,
	r.numFailedTests + r.numPendingTests
]);

if (step('build', bin('vite'), ['build'])) {
	run('end-to-end tests', bin('playwright'), ['test']);
	report('end-to-end tests', 'test-results/e2e.json', (r) => [
		r.stats.expected,
		r.stats.unexpected + r.stats.flaky + r.stats.skipped
	]);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
