import { expect, test } from 'vitest';
import { expectSvgSnapshot } from '../../../../tests/helpers/svgSnapshot';
import { renderChartSvg } from '../render.server';
import { fundingFixture } from './fixture';

test('renderChartSvg draws the funding fixture as in the committed snapshot', () => {
	const svg = renderChartSvg(
		'funding',
		fundingFixture,
		{},
		{ width: 720, theme: 'light', date: '2026-01-01' }
	);
	expect(svg).toContain('sources differ');
	expectSvgSnapshot(svg, 'src/lib/charts/funding/__snapshots__/funding.svg');
});
