import { expect, test } from 'vitest';
import { expectSvgSnapshot } from '../../../../tests/helpers/svgSnapshot';
import { renderChartSvg } from '../render.server';
import { timelineFixture } from './fixture';

test('renderChartSvg draws the timeline fixture as in the committed snapshot', () => {
	const svg = renderChartSvg(
		'timeline',
		timelineFixture,
		{},
		{ width: 720, theme: 'light', date: '2026-01-01' }
	);
	expect(svg).toContain('<a href="#hl-');
	expectSvgSnapshot(svg, 'src/lib/charts/timeline/__snapshots__/timeline.svg');
});
