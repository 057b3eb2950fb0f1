import { describe, expect, test } from 'vitest';
import { expectSamePicture } from './pixels';
import { rasterise } from '../png';
import { prepareSvg } from './prepareSvg';
import { fontPaths } from './textRun';

const page = (body: string, style = '') =>
	`<svg xmlns="http://www.w3.org/2000/svg" id="c" width="240" height="60" font-family="'Source Sans 3'" font-size="13"><style>${style}</style><rect width="240" height="60" fill="#fff"/>${body}</svg>`;

describe('prepareSvg: text', () => {
	test.each([
		['plain text, kerned, with a ligature', page('<text x="10" y="30">AVATAR office Tj</text>')],
		['anchored in the middle', page('<text x="120" y="30" text-anchor="middle">Middle 600</text>')],
		['anchored at its end', page('<text x="230" y="30" text-anchor="end">End of the line</text>')],
		[
			'anchor inherited from a group',
			page('<g text-anchor="end"><text x="230" y="30">Inherited</text></g>')
		],
		[
			'size and weight from attributes, semibold and bold',
			page(
				'<text x="4" y="20" font-size="15" font-weight="600">Semibold 15</text><text x="4" y="50" font-weight="bold" font-size="20">Bold 20</text>'
			)
		],
		[
			'size in em of the parent',
			page('<g font-size="10"><text x="4" y="40" font-size="2em">Twenty</text></g>')
		],
		[
			'size in percent of the parent',
			page('<g font-size="20"><text x="4" y="40" font-size="150%">Thirty</text></g>')
		],
		['italic', page('<text x="4" y="40" font-style="italic">Italic words</text>')],
		[
			'weight and fill from style rules, as the page’s .selected label',
			page(
				'<g class="selected"><text x="4" y="40" class="muted">Selected actor</text></g>',
				'#c text{fill:#1b1b1b}#c .muted{fill:#595959}#c .selected text{font-weight:700}'
			)
		],
		[
			'a halo: stroke painted under the fill',
			page(
				'<rect x="0" y="20" width="240" height="20" fill="#0060a8"/><text x="4" y="36" class="halo">Halo over a bar</text>',
				'#c .halo{stroke:#fff;stroke-width:4px;stroke-linejoin:round;paint-order:stroke}'
			)
		],
		[
			'the style attribute beats rules, !important or not (as in resvg)',
			page(
				'<text x="4" y="20" class="a" style="fill:#0060a8">blue</text><text x="4" y="45" class="b" style="fill:#0060a8">red</text>',
				'#c .a{fill:#b3003c}#c .b{fill:#b3003c !important}'
			)
		],
		[
			'rules inside @media are left out, as resvg leaves them out',
			page(
				'<text x="4" y="40" class="a">stays black</text>',
				'@media (min-width: 1px){#c .a{fill:#b3003c}}'
			)
		],
		[
			'a transform on the text',
			page('<text x="40" y="40" transform="rotate(-20 40 40)">Tilted label</text>')
		],
		[
			'entities and white space',
			page('<text x="4" y="40">  A &amp; B\n\t&lt;C&gt;   “D”  </text>')
		],
		[
			'opacity and display on texts',
			page(
				'<text x="4" y="20" opacity="0.35">Dimmed</text><text x="4" y="40" display="none">Hidden</text>'
			)
		]
	])('%s: drawn as resvg draws the text, with no <text> left', (_, svg) => {
		const outlined = prepareSvg(svg);
		expect(outlined.texts).toBe(0);
		expect(outlined.svg).not.toContain('<text');
		expectSamePicture(rasterise(svg, 2).pixels, rasterise(svg, 2, fontPaths).pixels);
	});

	test.each([
		['a tspan', '<text x="4" y="40">A <tspan font-weight="700">bold</tspan> word</text>'],
		['dx', '<text x="4" y="40" dx="3">Shifted</text>'],
		['a list of x positions', '<text x="4 12 20" y="40">abc</text>'],
		['letter-spacing on an ancestor', '<g letter-spacing="2"><text x="4" y="40">Spaced</text></g>'],
		['a font size in points', '<text x="4" y="40" font-size="12pt">Points</text>'],
		['a baseline shift', '<text x="4" y="40" dominant-baseline="middle">Middle</text>']
	])('a text with %s is left to resvg, untouched', (_, text) => {
		const svg = page(text);
		const outlined = prepareSvg(svg);
		expect(outlined.texts).toBe(1);
		expect(outlined.svg).toBe(svg);
	});

	test('keeps everything else byte for byte, and the id of a text', () => {
		const svg = page(
			'<circle cx="5" cy="5" r="3"/><text id="label" x="4" y="40">Label</text><!-- end -->'
		);
		const { svg: outlined } = prepareSvg(svg);
		expect(outlined.startsWith(svg.slice(0, svg.indexOf('<text')))).toBe(true);
		expect(outlined.endsWith('<!-- end --></svg>')).toBe(true);
		expect(outlined).toMatch(/<path id="label" d="M[\d.]+ [\d.]+[^"]*"\/><!--/);
	});

	test('a blank text draws nothing and is dropped', () => {
		expect(prepareSvg(page('<text x="4" y="40">  \n </text>')).svg).toBe(page(''));
	});

	test('an SVG without text is returned as it is', () => {
		const svg = page('<circle cx="5" cy="5" r="3"/>');
		expect(prepareSvg(svg)).toEqual({ svg, texts: 0 });
	});
});

describe('prepareSvg: shapes that paint nothing', () => {
	const sheet = '#c .ring{fill:none}';
	test.each([
		[
			'a transparent hit line',
			'<path d="M0,0L9,9" stroke="transparent" stroke-width="10" fill="none"/>'
		],
		['a transparent hit box', '<rect width="9" height="9" fill="transparent"/>'],
		['a shape without fill or stroke by a rule', '<circle class="ring" r="4"/>'],
		['a hidden shape', '<circle r="4" visibility="hidden"/>'],
		['a shape in a group without fill', '<g fill="none"><rect width="9" height="9"/></g>']
	])('%s is dropped', (_, shape) => {
		const prepared = prepareSvg(page(`<g>${shape}</g>`, sheet)).svg;
		expect(prepared).toBe(
			page(`<g>${shape.replace(/<(rect|circle|path)[^>]*\/>/, '')}</g>`, sheet)
		);
	});

	test.each([
		['a shape that only inherits black fill', '<path d="M0,0L9,9Z" stroke="transparent"/>'],
		['a stroked one', '<path d="M0,0L9,9" fill="none" stroke="#000"/>'],
		['one with a marker', '<path d="M0,0L9,9" fill="none" marker-end="url(#m)"/>'],
		['one with an id, which something may use', '<rect id="r" width="9" height="9" fill="none"/>'],
		[
			'one that defines a clip',
			'<clipPath id="k"><rect width="9" height="9" fill="transparent"/></clipPath>'
		],
		[
			'one made visible again',
			'<g visibility="hidden"><rect width="9" height="9" visibility="visible"/></g>'
		]
	])('%s is kept', (_, shape) => {
		const svg = page(`<g>${shape}</g>`);
		expect(prepareSvg(svg).svg).toBe(svg);
	});
});
