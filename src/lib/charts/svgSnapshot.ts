import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Normalises an SVG for comparison: numbers to 2 decimals, ids renumbered in order of appearance,
 * one element per line. Snapshots are reviewed like code, so they must diff readably.
 */
export function normaliseSvg(svg: string): string {
	const ids = [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
	const renamed = new Map(ids.map((id, i) => [id, `id${i}`]));
	// Longest first, whole tokens only: `mss-troops-hatch` must not become `id0-hatch`.
	const pattern = [...renamed.keys()]
		.sort((a, b) => b.length - a.length)
		.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('|');
	let out = pattern
		? svg.replace(new RegExp(`(?<![\\w-])(${pattern})(?![\\w-])`, 'g'), (id) => renamed.get(id)!)
		: svg;
	out = out.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
	return out.replace(/></g, '>\n<').trim() + '\n';
}

/**
 * Compares an SVG to the committed file `path`. On a mismatch writes `*-changed.svg` beside it for review
 * and fails; a missing snapshot is written once (and the test fails so that it is looked at and committed).
 */
export function expectSvgSnapshot(svg: string, path: string): void {
	const actual = normaliseSvg(svg);
	const changed = path.replace(/\.svg$/, '-changed.svg');
	if (!existsSync(path)) {
		writeFileSync(path, actual);
		throw new Error(`New snapshot written to ${path}: review it and commit it`);
	}
	const expected = readFileSync(path, 'utf8');
	if (expected !== actual) writeFileSync(changed, actual);
	else if (existsSync(changed)) rmSync(changed);
	expect(actual, `SVG differs from ${path}; see ${changed}`).toBe(expected);
}
