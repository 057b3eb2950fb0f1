import { it } from 'vitest';
import { validate } from '$lib/data/validate';
import { expectSvgSnapshot } from '../../../../tests/helpers/svgSnapshot';
import { renderChartSvg } from '../render.server';
import { facts, raw } from './fixture';

it('renders the contributors chart from the fixture', () => {
	const svg = renderChartSvg(
		'contributors',
		validate(raw, facts),
		{},
		{ width: 720, theme: 'light', date: '2026-01-01' }
	);
	expectSvgSnapshot(svg, 'src/lib/charts/contributors/__snapshots__/contributors.svg');
});
