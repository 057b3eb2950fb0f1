import { expect, test } from 'vitest';
import { normaliseSvg } from './svgSnapshot';

test('normaliseSvg renumbers ids in order, keeps references in step, and rounds long decimals', () => {
	expect(
		normaliseSvg(
			'<svg id="mss-t" aria-labelledby="mss-t-title"><title id="mss-t-title">x</title><pattern id="mss-t-hatch"/><rect fill="url(#mss-t-hatch)" x="1.23456"/></svg>'
		)
	).toBe(
		'<svg id="id0" aria-labelledby="id1">\n<title id="id1">x</title>\n<pattern id="id2"/>\n<rect fill="url(#id2)" x="1.23"/>\n</svg>\n'
	);
});
