// `npm run bench`: measures the built app against the budgets of issue 14 and prints one table.
// Usage: node scripts/bench.js [--png] [--json [file]]   (default file: test-results/bench.json)
// `--png` measures only the PNG sections (renders and the Chromium anchor), in about half a minute.
// On demand only, never part of `npm test`: the figures depend on the machine; a run takes about a minute.
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { constants, gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';
import { ensureBuild, root, startServer } from './built-server.js';

const charts = ['troops', 'contributors', 'timeline', 'funding', 'network'];
// Static baselines, all served by the same server: the cached PNG's very bytes saved as a static file
// (the same size and type), which the budget compares with; for context a tiny file (the server's floor
// per request) and the page's own font (29 kB). `/` is a static file itself.
const staticPng = '/bench-same-size.png';
const tinyStatic = '/robots.txt';
const fontStatic = '/fonts/source-sans-3-latin-wght-normal.woff2';
const cachedPng = '/charts/troops.png?scale=2&width=800';
const pngRuns = 7;
/** Renders per chart on each side of the Chromium comparison, after one render each to warm up. */
const anchorRuns = 7;
/** Lighthouse varies from run to run on a busy machine: each preset runs this often, the median kept. */
const lighthouseRuns = 3;
const budget = {
	pngVsChromium: 0.33,
	lcpMobileMs: 1500,
	tbtMobileMs: 150,
	jsTotalGzip: 40_000,
	htmlBrotli: 30_000,
	pngVsStatic: 0.5
};

const pngOnly = process.argv.includes('--png');
const jsonAt = process.argv.indexOf('--json');
const jsonArg = jsonAt < 0 ? undefined : process.argv[jsonAt + 1];
const jsonFile = jsonAt < 0 ? null : (jsonArg ?? `${root}test-results/bench.json`);

ensureBuild();
let server = await startServer();
/** Everything measured, as numbers, for --json. */
const figures = { date: new Date().toISOString(), node: process.version };
/** @type {string[][]} */
const rows = [];
let exitCode = 0;

try {
	// PNG first, on a quiet server: nothing else has warmed resvg or the layouts yet.
	figures.png = await pngTimings();
	figures.pngVsChromium = await pngVsChromium();
	if (!pngOnly) {
		figures.size = await pageSize();
		figures.height = await pageHeights();
		figures.lighthouse = await lighthouseScores();
		// The static layer reads its files when it starts: save the PNG's bytes, then start again.
		await saveStaticPng();
		await server.stop();
		server = await startServer();
		figures.throughput = await throughput();
	}
} catch (error) {
	console.error(error);
	exitCode = 1;
} finally {
	await server.stop();
	rmSync(`${root}build/client${staticPng}`, { force: true });
}

printTable();
if (jsonFile) {
	mkdirSync(dirname(jsonFile), { recursive: true });
	writeFileSync(jsonFile, JSON.stringify(figures, null, '\t') + '\n');
	console.log(`\nFigures written to ${jsonFile}`);
}
// Lighthouse and chrome-launcher can leave handles open; the server is stopped, so leave now.
process.exit(exitCode);

/** Milliseconds for one full request (headers and body), failing loudly on anything but a PNG. */
async function timePng(path) {
	const start = performance.now();
	const res = await fetch(server.origin + path);
	const body = await res.arrayBuffer();
	const ms = performance.now() - start;
	if (res.status !== 200 || res.headers.get('content-type') !== 'image/png') {
		throw new Error(`${path} answered ${res.status} ${res.headers.get('content-type')}`);
	}
	return { ms, bytes: body.byteLength };
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A 2x PNG of an 800-px-wide chart. "Cold" must miss the server's cache every time, so each run asks for
 * a distinct width (801, 802, …: the same work to within a pixel); the first render of each chart is kept
 * apart because it also pays for lazy set-up (fonts, resvg, layouts).
 */
async function pngTimings() {
	await fetch(server.origin + fontStatic).then((r) => r.arrayBuffer()); // open the keep-alive socket
	const result = {};
	for (const id of charts) {
		const cold = [];
		for (let run = 0; run <= pngRuns; run++) {
			cold.push((await timePng(`/charts/${id}.png?scale=2&width=${801 + run}`)).ms);
		}
		const first = cold.shift();
		const { bytes } = await timePng(`/charts/${id}.png?scale=2&width=800`);
		const cached = [];
		for (let run = 0; run < pngRuns; run++) {
			cached.push((await timePng(`/charts/${id}.png?scale=2&width=800`)).ms);
		}
		result[id] = {
			firstMs: first,
			coldMedianMs: median(cold),
			cachedMedianMs: median(cached),
			bytes
		};
		// Through the server: the request, the render pool's queue and thread, the response.
		rows.push([
			'PNG 2x, 800 px',
			`${id}: cold / cached / first, by HTTP`,
			`${ms(result[id].coldMedianMs)} / ${ms(result[id].cachedMedianMs)} / ${ms(first)}`,
			'',
			''
		]);
	}
	return result;
}

/**
 * Our PNG against a browser's: for each chart, the standalone SVG that `/charts/{id}.png` rasterises
 * (800 px wide, light), made into a 2x PNG by `svgToPng` in this process (a fresh render from the SVG
 * string every time: no PNG cache; the font and glyph caches it keeps are warm after the first render),
 * and by a warm headless Chromium (launched once with the e2e suite's flags, `setContent` of the same
 * SVG, then a screenshot at deviceScaleFactor 2). The two alternate run by run, so a busy moment of
 * the machine falls on both. Also resvg's own encoder (`asPng`) against ours on the same renders.
 */
async function pngVsChromium() {
	const { module: png } = await runnerImport(`${root}src/lib/server/png.ts`, {
		configFile: false,
		logLevel: 'error'
	});
	const { default: e2eConfig } = (
		await runnerImport(`${root}playwright.config.ts`, { configFile: false, logLevel: 'error' })
	).module;
	const svgs = {};
	for (const id of charts) {
		const res = await fetch(`${server.origin}/charts/${id}.svg?width=800`);
		if (!res.ok) throw new Error(`/charts/${id}.svg answered ${res.status}`);
		svgs[id] = await res.text();
	}
	const browser = await chromium.launch(e2eConfig.use.launchOptions);
	const result = { charts: {} };
	try {
		const page = await browser.newPage({ deviceScaleFactor: 2 });
		/** The whole chart in the shot: the SVG's own size plus the body's default margin of 8 px. */
		const shoot = async (svg) => {
			const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg).map(Number);
			await page.setViewportSize({ width: Math.ceil(width) + 16, height: Math.ceil(height) + 16 });
			const cpu = chromiumCpuMs();
			const start = performance.now();
			await page.setContent(svg);
			const shot = await page.screenshot({ type: 'png' });
			const ms = performance.now() - start;
			return { ms, cpuMs: chromiumCpuMs() - cpu, bytes: shot.byteLength };
		};
		// Chromium goes on working for a moment after a screenshot (its other processes), and so does
		// this process after a render (freeing its buffers): a pause before each run keeps one side's
		// aftermath out of the other's time, on a machine with two cores.
		const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
		const ours = (svg, encode, stages) => {
			const cpu = process.cpuUsage();
			const start = performance.now();
			const bytes = encode(svg, 2, {}, stages).byteLength;
			const ms = performance.now() - start;
			const { user, system } = process.cpuUsage(cpu);
			return { ms, cpuMs: (user + system) / 1000, bytes };
		};
		// Warm-up: Chromium's first pages pay for its own start; ours pays for loading the fonts.
		const first = ours(svgs.troops, png.svgToPng).ms;
		for (let i = 0; i < 3; i++) await shoot(svgs.troops);
		result.firstRenderMs = first;

		for (const id of charts) {
			const firstOfChart = ours(svgs[id], png.svgToPng).ms;
			await shoot(svgs[id]);
			const times = { ours: [], chromium: [], resvgEncoder: [], oursCpu: [], chromiumCpu: [] };
			const stages = [];
			let bytes = {};
			for (let run = 0; run < anchorRuns; run++) {
				await settle();
				const stage = {};
				const o = ours(svgs[id], png.svgToPng, stage);
				stages.push(stage);
				await settle();
				const c = await shoot(svgs[id]);
				await settle();
				const r = ours(svgs[id], png.svgToPngByResvg);
				times.ours.push(o.ms);
				times.chromium.push(c.ms);
				times.resvgEncoder.push(r.ms);
				times.oursCpu.push(o.cpuMs);
				times.chromiumCpu.push(c.cpuMs);
				bytes = { ours: o.bytes, chromium: c.bytes, resvgEncoder: r.bytes };
			}
			const r = {
				oursMs: median(times.ours),
				chromiumMs: median(times.chromium),
				resvgEncoderMs: median(times.resvgEncoder),
				oursCpuMs: median(times.oursCpu),
				chromiumCpuMs: median(times.chromiumCpu),
				firstOfChartMs: firstOfChart,
				stagesMs: Object.fromEntries(
					Object.keys(stages[0]).map((k) => [k, median(stages.map((st) => st[k]))])
				),
				bytes,
				runs: times
			};
			r.ratio = r.oursMs / r.chromiumMs;
			result.charts[id] = r;
			rows.push(
				[
					'PNG vs Chromium 2x',
					`${id}: ours / Chromium (ratio)`,
					`${ms(r.oursMs)} / ${ms(r.chromiumMs)} (${r.ratio.toFixed(2)}×)`,
					`≤ ${budget.pngVsChromium}×`,
					r.ratio <= budget.pngVsChromium ? 'ok' : 'MISS'
				],
				[
					'PNG vs Chromium 2x',
					`${id}: CPU time, ours / Chromium's processes`,
					`${ms(r.oursCpuMs)} / ${ms(r.chromiumCpuMs)} (${(r.oursCpuMs / r.chromiumCpuMs).toFixed(2)}×)`,
					'',
					''
				],
				[
					'PNG stages',
					`${id}: ${Object.keys(r.stagesMs).join(' / ')}`,
					Object.values(r.stagesMs).map(ms).join(' / '),
					'',
					''
				],
				[
					'PNG encoder',
					`${id}: ours / resvg asPng (time, size)`,
					`${ms(r.oursMs)}, ${kB(bytes.ours)} / ${ms(r.resvgEncoderMs)}, ${kB(bytes.resvgEncoder)}`,
					'',
					''
				]
			);
		}
	} finally {
		await browser.close();
	}
	result.medianRatio = median(Object.values(result.charts).map((r) => r.ratio));
	result.medianCpuRatio = median(
		Object.values(result.charts).map((r) => r.oursCpuMs / r.chromiumCpuMs)
	);
	rows.push([
		'PNG vs Chromium 2x',
		'median ratio over the charts',
		`${result.medianRatio.toFixed(2)}× (first render in this process: ${ms(result.firstRenderMs)})`,
		`≤ ${budget.pngVsChromium}×`,
		result.medianRatio <= budget.pngVsChromium ? 'ok' : 'MISS'
	]);
	rows.push([
		'PNG vs Chromium 2x',
		'median CPU time ratio over the charts',
		`${result.medianCpuRatio.toFixed(2)}×`,
		'',
		''
	]);
	return result;
}

/**
 * CPU time used so far by this process's children and theirs (Chromium's browser, renderer, GPU and
 * utility processes), in ms, from /proc: on a busy two-core machine a steadier measure of the work
 * done than the time it took.
 */
function chromiumCpuMs() {
	const tick = 1000 / 100; // USER_HZ
	let total = 0;
	const visit = (pid) => {
		let children = '';
		try {
			children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8');
			if (pid !== process.pid) {
				const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
				total += (Number(fields[11]) + Number(fields[12])) * tick; // utime, stime
			}
		} catch {
			return; // gone meanwhile
		}
		for (const child of children.trim().split(/\s+/).filter(Boolean)) visit(Number(child));
	};
	visit(process.pid);
	return total;
}

function gzipBytes(buffer) {
	return gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION }).byteLength;
}

/**
 * What `/` ships: its HTML (as served, brotli, and raw), and its JavaScript: the one module the page
 * names and every file that module imports, statically or later (the map's drag and zoom), gzipped at
 * level 9 as the build precompresses.
 */
async function pageSize() {
	const html = readFileSync(`${root}build/prerendered/index.html`);
	const brotli = statSync(`${root}build/prerendered/index.html.br`).size;
	const text = html.toString();
	const read = (path) => readFileSync(`${root}build/client${path}`, 'utf8');
	const resolve = (target, from) => new URL(target, `http://x${from}`).pathname;
	const entries = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map(
		(m) => new URL(m[1], server.origin + '/').pathname
	);
	/** The files `entries` load, through static imports only, or through import() too. */
	const closure = (dynamic) => {
		const found = new Set(entries);
		for (const path of found) {
			for (const m of read(path).matchAll(
				/import\(["'`]([^"'`]+\.js)["'`]\)|(?:from|import)\s*["'`]([^"'`]+\.js)["'`]/g
			)) {
				if (m[1] && !dynamic) continue;
				found.add(resolve(m[1] ?? m[2], path));
			}
		}
		return [...found].map((path) => readFileSync(`${root}build/client${path}`));
	};
	const sum = (files) => files.reduce((total, file) => total + gzipBytes(file), 0);
	const initial = closure(false);
	const all = closure(true);
	const size = {
		htmlBytes: html.byteLength,
		htmlBrotliBytes: brotli,
		htmlElements: (text.match(/<[a-z][a-z0-9]*/gi) ?? []).length,
		initialJs: { count: initial.length, gzipBytes: sum(initial) },
		pageJs: { count: all.length, gzipBytes: sum(all) }
	};
	rows.push(
		['JS for /', 'at load (the module and its static imports)', js(size.initialJs), '', ''],
		[
			'JS for /',
			'in total (with what it imports later)',
			js(size.pageJs),
			`≤ ${kB(budget.jsTotalGzip)} gzip`,
			size.pageJs.gzipBytes <= budget.jsTotalGzip ? 'ok' : 'MISS'
		],
		[
			'HTML of /',
			'brotli as served / raw / elements',
			`${kB(size.htmlBrotliBytes)} / ${kB(size.htmlBytes)} / ${size.htmlElements}`,
			`≤ ${kB(budget.htmlBrotli)} brotli`,
			size.htmlBrotliBytes <= budget.htmlBrotli ? 'ok' : 'MISS'
		]
	);
	return size;
}

/** How tall pages are on a 360 px phone, in CSS pixels, with JavaScript as a reader has it. */
async function pageHeights() {
	const { default: e2eConfig } = (
		await runnerImport(`${root}playwright.config.ts`, { configFile: false, logLevel: 'error' })
	).module;
	const browser = await chromium.launch(e2eConfig.use.launchOptions);
	const result = {};
	try {
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		for (const path of ['/', '/charts/network', '/embed/troops']) {
			await page.goto(server.origin + path, { waitUntil: 'networkidle' });
			result[path] = await page.evaluate(() => document.documentElement.scrollHeight);
			rows.push([
				'Page height',
				`${path} at 360 px`,
				`${result[path].toLocaleString('en')} px`,
				'',
				''
			]);
		}
	} finally {
		await browser.close();
	}
	return result;
}

/** One Lighthouse run of `/` with a preset's config, as numbers. */
async function audit(port, config) {
	const run = await lighthouse(
		server.origin + '/',
		{
			port,
			logLevel: 'error',
			output: 'json',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		},
		config
	);
	if (!run) throw new Error('Lighthouse returned no result');
	const { categories, audits, runtimeError } = run.lhr;
	if (runtimeError) return { runtimeError: `${runtimeError.code}: ${runtimeError.message}` };
	const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
	const metric = (id) => audits[id]?.numericValue ?? NaN;
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		lcpMs: metric('largest-contentful-paint'),
		tbtMs: metric('total-blocking-time'),
		cls: metric('cumulative-layout-shift'),
		// Why a score is below 100: the failing audits, for whoever has to fix it.
		failing: Object.values(categories).flatMap((c) =>
			c.auditRefs
				.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
				.map((ref) => `${c.id}: ${ref.id}`)
		)
	};
}

/**
 * Lighthouse's own presets (the default config is mobile with simulated throttling), each run
 * `lighthouseRuns` times: the table shows the median run by performance score, and the range.
 */
async function lighthouseScores() {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
	});
	const result = {};
	try {
		for (const [preset, config] of /** @type {const} */ ([
			['mobile', undefined],
			['desktop', desktopConfig]
		])) {
			const runs = [];
			// A run whose trace Lighthouse failed to record (e.g. NO_NAVSTART) measured nothing: it is
			// run again, at most twice per preset, and the table says so.
			let retries = 0;
			while (runs.length < lighthouseRuns) {
				const run = await audit(chrome.port, config);
				if (!run.runtimeError) runs.push(run);
				else if (++retries > 2) throw new Error(`Lighthouse ${preset}: ${run.runtimeError}`);
				else
					figures.lighthouseRetries = [
						...(figures.lighthouseRetries ?? []),
						`${preset}: ${run.runtimeError}`
					];
			}
			runs.sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
			const r = { ...runs[runs.length >> 1], runs };
			result[preset] = r;
			const scores = [r.performance, r.accessibility, r.bestPractices, r.seo];
			const perf = runs.map((run) => run.performance);
			const range = `perf ${Math.min(...perf)}–${Math.max(...perf)} over ${runs.length} runs`;
			const mobile = preset === 'mobile';
			const lcpBudget = mobile ? budget.lcpMobileMs : Infinity;
			const tbtBudget = mobile ? budget.tbtMobileMs : Infinity;
			rows.push(
				[
					`Lighthouse ${preset}`,
					'perf / a11y / best practices / SEO (median run)',
					`${scores.join(' / ')} (${range})`,
					'100 each',
					scores.every((s) => s === 100) ? 'ok' : 'MISS'
				],
				[
					`Lighthouse ${preset}`,
					'LCP / TBT / CLS (median run)',
					`${ms(r.lcpMs)} / ${ms(r.tbtMs)} / ${r.cls.toFixed(3)}`,
					mobile
						? `LCP ≤ ${budget.lcpMobileMs} ms, TBT ≤ ${budget.tbtMobileMs} ms, CLS 0`
						: 'CLS 0',
					r.lcpMs <= lcpBudget && r.tbtMs <= tbtBudget && r.cls === 0 ? 'ok' : 'MISS'
				]
			);
		}
	} finally {
		await chrome.kill();
	}
	return result;
}

/** Bounded load from this process: 10 connections for 5 s, loopback only. */
async function hammer(path) {
	const r = await autocannon({
		url: server.origin + path,
		connections: 10,
		duration: 5,
		headers: { 'accept-encoding': 'br, gzip' } // as a browser asks
	});
	return {
		requestsPerSecond: r.requests.average,
		p99Ms: r.latency.p99,
		requests: r.requests.total,
		errors: r.errors + r.timeouts,
		non2xx: r.non2xx
	};
}

/** The cached PNG's own bytes as a static file in build/client: the same size and type, served as files are. */
async function saveStaticPng() {
	const res = await fetch(server.origin + cachedPng);
	writeFileSync(`${root}build/client${staticPng}`, Buffer.from(await res.arrayBuffer()));
}

async function throughput() {
	await fetch(server.origin + cachedPng).then((r) => r.arrayBuffer()); // measure the cache, not a render
	const result = {};
	for (const [path, what] of [
		[staticPng, "static, the PNG's bytes"],
		[fontStatic, 'static, the font'],
		[tinyStatic, 'static, tiny']
	]) {
		result[path] = await hammer(path);
		rows.push(['Throughput', `${path} (${what})`, load(result[path]), '', flag(result[path])]);
	}
	for (const path of ['/', '/api/dataset.json', cachedPng]) {
		const r = await hammer(path);
		const ratio = r.requestsPerSecond / result[staticPng].requestsPerSecond;
		result[path] = { ...r, ratioToStaticPng: ratio };
		const budgeted = path === cachedPng;
		rows.push([
			'Throughput',
			budgeted ? `${path} (cached)` : path,
			`${load(r)}${budgeted ? `, ${ratio.toPrecision(2)}× the same bytes as a file` : ''}`,
			budgeted ? `≥ ${budget.pngVsStatic}× static` : '',
			flag(r) || (budgeted ? (ratio >= budget.pngVsStatic ? 'ok' : 'MISS') : '')
		]);
	}
	return result;
}

function printTable() {
	const header = ['Section', 'Measure', 'Value', 'Budget', 'Status'];
	const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
	const line = (row) =>
		row
			.map((cell, i) => cell.padEnd(widths[i]))
			.join('  ')
			.trimEnd();
	console.log(
		['', line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
	);
	const failing = Object.entries(figures.lighthouse ?? {}).flatMap(([preset, r]) =>
		r.failing.map((audit) => `${preset} ${audit}`)
	);
	console.log(
		`\nPNG: cold = median of ${pngRuns} renders at distinct widths 802-${801 + pngRuns} (no cache hit),` +
			` cached = median of ${pngRuns} hits, first = first render of that chart since the server started.` +
			`\nPNG vs Chromium: median of ${anchorRuns} alternating runs per chart of svgToPng(svg, 2) in this process` +
			` (ours: the whole pipeline, a fresh render each time; "resvg asPng" is the same render encoded by` +
			` resvg) and of setContent(svg) + screenshot in a warm Chromium at deviceScaleFactor 2.` +
			` Stages of ours: prepare (text to glyph paths, style rules applied), parse (resvg reads the SVG` +
			` into its tree), draw (resvg rasterises), free (its memory released), encode (our PNG writer).` +
			`\nThroughput: autocannon, 10 connections, 5 s each, from this process to 127.0.0.1, against` +
			` one server worker (as npm start runs on 2 cores).`
	);
	if (failing.length) console.log(`Lighthouse audits below 1: ${failing.join(', ')}`);
	for (const retry of figures.lighthouseRetries ?? [])
		console.log(`Lighthouse run repeated, its trace not recorded: ${retry}`);
}

function ms(value) {
	return `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
}
function kB(bytes) {
	return `${(bytes / 1000).toFixed(1)} kB`;
}
function js({ count, gzipBytes }) {
	return `${count} files, ${kB(gzipBytes)} gzip`;
}
function load(r) {
	return `${Math.round(r.requestsPerSecond).toLocaleString('en')} req/s, p99 ${r.p99Ms} ms`;
}
/** A load run that saw errors or non-2xx answers measured something else: say so. */
function flag(r) {
	return r.errors || r.non2xx ? `ERR ${r.errors} err, ${r.non2xx} non-2xx` : '';
}
