import { expect, test } from 'vitest';
import { expectSvgSnapshot } from '../../../../tests/helpers/svgSnapshot';
import { renderChartSvg } from '../render.server';
import { networkFixture } from './fixture';

test('renderChartSvg draws the network fixture, the country selected, as in the committed snapshot', () => {
	const svg = renderChartSvg(
		'network',
		networkFixture,
		{ actor: 'country' },
		{ width: 720, theme: 'light', date: '2026-01-01' }
	);
	expect(svg.match(/ data-link="/g)).toHaveLength(networkFixture.relations.length);
	expect(svg.match(/ data-node="/g)).toHaveLength(networkFixture.actors.length);
	expect(svg).toContain('aria-current="true"');
	expectSvgSnapshot(svg, 'src/lib/charts/network/__snapshots__/network.svg');
});

test('renderChartSvg lays the map out for a narrow export: every link drawn, no kind words', () => {
	const svg = renderChartSvg(
		'network',
		networkFixture,
		{},
		{
			width: 300,
			theme: 'light',
			date: '2026-01-01'
		}
	);
	expect(svg.match(/ data-link="/g)).toHaveLength(networkFixture.relations.length);
	expect(svg.match(/ data-node="/g)).toHaveLength(networkFixture.actors.length);
	expect(svg).not.toContain('net-link-labels');
	expect(svg).toContain('viewBox="0 0 300 ');
});
