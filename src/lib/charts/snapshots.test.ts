import { describe, expect, test } from 'vitest';
import { createRenderer } from '$lib/server/render/renderer';
import { fixtures } from './fixtures';
import { chartIds } from './registry';
import { expectSvgSnapshot } from './svgSnapshot';

/**
 * Every chart drawn on the server from its small fixture, at the narrowest card width and a wide one,
 * as a standalone SVG, compared with the committed snapshot (a `-changed.svg` is written beside it on a
 * mismatch, for review). The network is drawn with an actor selected, to show the selection.
 */
const widths = [300, 720];

describe.each(chartIds)('%s', (id) => {
	const renderer = createRenderer(fixtures[id]);
	const state = id === 'network' ? { actor: 'country' } : {};
	const draw = (width: number) =>
		renderer.svg(id, state, {
			width,
			theme: 'light',
			date: '2026-01-01',
			permalink: `https://example.org/charts/${id}`
		});

	test.each(widths)('draws its fixture at width %i as the committed snapshot', (width) => {
		expectSvgSnapshot(draw(width), `src/lib/charts/${id}/__snapshots__/${id}-${width}.svg`);
	});

	test('carries its permalink and date on the credit line', () => {
		expect(draw(720)).toContain(`https://example.org/charts/${id}`);
		expect(draw(720)).toContain('made 2026-01-01');
	});
});

describe('network', () => {
	const network = fixtures.network;
	const svg = (width: number) =>
		createRenderer(network).svg(
			'network',
			{ actor: 'country' },
			{ width, theme: 'light', date: '2026-01-01', permalink: 'https://example.org' }
		);

	test.each(widths)('draws every actor and every relation at width %i', (width) => {
		expect(svg(width).match(/ data-link="/g)).toHaveLength(network.relations.length);
		expect(svg(width).match(/ data-node="/g)).toHaveLength(network.actors.length);
		expect(svg(width)).toContain('aria-current="true"');
	});

	test('leaves the kind words off a narrow map, and keeps them on a wide one', () => {
		expect(svg(300)).not.toContain('net-link-labels');
		expect(svg(720)).toContain('net-link-labels');
	});
});
