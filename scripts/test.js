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

/** Every test's duration and timeout, from the runners' reports, to show the slowest against their budget. */
const timings = [];

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
report('unit tests', 'test-results/unit.json', (r) => {
	for (const file of r.testResults)
		for (const t of file.assertionResults)
			timings.push({ name: `unit › ${t.fullName}`, ms: t.duration ?? 0, timeout: 5_000 });
	return [r.numPassedTests, r.numFailedTests + r.numPendingTests];
});

if (step('build', bin('vite'), ['build'])) {
	run('end-to-end tests', bin('playwright'), ['test']);
	report('end-to-end tests', 'test-results/e2e.json', (r) => {
		const walk = (suite, path) => {
			for (const spec of suite.specs ?? [])
				for (const t of spec.tests)
					for (const result of t.results)
						timings.push({
							name: `${path} › ${spec.title}`,
							ms: result.duration,
							timeout: t.timeout
						});
			for (const child of suite.suites ?? []) walk(child, `${path} › ${child.title}`);
		};
		for (const suite of r.suites) walk(suite, `e2e › ${suite.title}`);
		return [r.stats.expected, r.stats.unexpected + r.stats.flaky + r.stats.skipped];
	});
}

// A test creeping towards its timeout is seen here before it fails on a slower machine.
const slowest = timings.sort((a, b) => b.ms / b.timeout - a.ms / a.timeout).slice(0, 5);
if (slowest.length) {
	console.log('\nThe five slowest tests, against their timeouts:');
	for (const t of slowest)
		console.log(
			`  ${Math.round((t.ms / t.timeout) * 100)}% of ${t.timeout / 1000} s (${(t.ms / 1000).toFixed(1)} s): ${t.name}`
		);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
