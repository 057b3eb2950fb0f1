import { isText, type Element } from 'domhandler';
import type { Declared } from './cascade';
import { matchFace, textRun } from './textRun';

/** What a `<text>` inherits and uses to lay itself out, or why it is left to resvg. */
export interface TextStyle {
	size: number;
	weight: number;
	italic: boolean;
	anchor: 'start' | 'middle' | 'end';
	/** Whether an ancestor turned anti-aliasing of shapes off, which text does not follow. */
	crisp: boolean;
	/** A property or attribute this module does not lay out; resvg draws such text itself. */
	unsupported?: string;
}

/** resvg's default font size (its `defaultFontSize` option, left at 12). */
export const rootTextStyle: TextStyle = {
	size: 12,
	weight: 400,
	italic: false,
	anchor: 'start',
	crisp: false
};

/**
 * Properties that change how text is laid out beyond font, size, weight, style and anchor, with the
 * values that change nothing. Any other value, on the text or an ancestor, leaves that text to resvg.
 */
const neutral: Record<string, string[]> = {
	'letter-spacing': ['normal', '0', '0px'],
	'word-spacing': ['normal', '0', '0px'],
	'writing-mode': ['lr', 'lr-tb', 'horizontal-tb'],
	direction: ['ltr'],
	'unicode-bidi': ['normal'],
	'baseline-shift': ['baseline', '0', '0px'],
	'dominant-baseline': ['auto', 'alphabetic'],
	'alignment-baseline': ['auto', 'baseline', 'alphabetic'],
	'text-decoration': ['none'],
	'font-variant': ['normal'],
	'font-stretch': ['normal', '100%'],
	'font-feature-settings': ['normal'],
	'font-kerning': ['auto', 'normal'],
	'font-size-adjust': ['none'],
	'text-rendering': ['auto', 'optimizeLegibility', 'geometricPrecision'],
	'glyph-orientation-horizontal': ['0deg', '0'],
	kerning: ['auto']
};

/** Paint and compositing: what the path that replaces a text keeps of the text's declarations. */
const paint = new Set([
	'clip-path',
	'color',
	'display',
	'fill',
	'fill-opacity',
	'fill-rule',
	'filter',
	'isolation',
	'mask',
	'mix-blend-mode',
	'opacity',
	'paint-order',
	'stroke',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-miterlimit',
	'stroke-opacity',
	'stroke-width',
	'visibility'
]);

/** Attributes a text may carry that neither lay it out nor paint it. */
const inert = /^(id|class|style|x|y|transform|role|lang|xml:lang|tabindex|(aria|data)-.*)$/;

/** dx, dy, rotate, textLength, conditional processing and the like are not: resvg draws such text. */
const allowed = (name: string) =>
	inert.test(name) ||
	paint.has(name) ||
	name in neutral ||
	name.startsWith('font-') ||
	name === 'text-anchor';

const number = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function length(value: string | undefined, fontSize: number): number | undefined {
	if (value === undefined) return 0;
	const v = value.trim().replace(/px$/, '');
	if (number.test(v)) return Number(v);
	if (v.endsWith('em') && number.test(v.slice(0, -2))) return Number(v.slice(0, -2)) * fontSize;
	return undefined;
}

/** An element's text style: its parent's, with what the element declares. */
export function inheritTextStyle(
	parent: TextStyle,
	declared: Declared,
	element: Element
): TextStyle {
	const style = { ...parent };
	if (element.attribs['xml:space'] && element.attribs['xml:space'] !== 'default')
		style.unsupported ??= 'xml:space';
	for (const [property, value] of declared) {
		if (value === 'inherit') continue;
		if (property === 'font-size') {
			const v = value.replace(/px$/, '');
			if (number.test(v)) style.size = Number(v);
			else if (v.endsWith('%') && number.test(v.slice(0, -1)))
				style.size = (parent.size * Number(v.slice(0, -1))) / 100;
			else if (v.endsWith('em') && number.test(v.slice(0, -2)))
				style.size = parent.size * Number(v.slice(0, -2));
			else style.unsupported ??= `font-size: ${value}`;
		} else if (property === 'font-weight') {
			const w = parent.weight;
			if (value === 'normal') style.weight = 400;
			else if (value === 'bold') style.weight = 700;
			else if (value === 'bolder') style.weight = w < 350 ? 400 : w < 550 ? 700 : Math.max(w, 900);
			else if (value === 'lighter')
				style.weight = w < 100 ? w : w < 550 ? 100 : w < 750 ? 400 : 700;
			else if (number.test(value)) style.weight = Number(value);
			else style.unsupported ??= `font-weight: ${value}`;
		} else if (property === 'font-style') style.italic = value !== 'normal';
		else if (property === 'text-anchor') {
			if (value === 'start' || value === 'middle' || value === 'end') style.anchor = value;
			else style.unsupported ??= `text-anchor: ${value}`;
		} else if (property === 'shape-rendering')
			style.crisp = value === 'crispEdges' || value === 'optimizeSpeed';
		else if (neutral[property] && !neutral[property].includes(value))
			style.unsupported ??= `${property}: ${value}`;
		else if (property === 'font' || (property.startsWith('font-variant') && value !== 'normal'))
			style.unsupported ??= `${property}: ${value}`;
	}
	return style;
}

/** SVG's default white space handling (xml:space="default"): what resvg draws of a text's content. */
function collapse(text: string): string {
	return text
		.replace(/[\r\n]/g, '')
		.replace(/\t/g, ' ')
		.trim()
		.replace(/ {2,}/g, ' ');
}

const escapeAttribute = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A `<text>` as a `<path>` of its glyphs, shaped and outlined with the font files that resvg would
 * use: '' for a blank text, undefined for one that uses what this does not lay out (tspans, dx/dy,
 * letter-spacing, baseline shifts, ...), which resvg then draws itself. The path keeps what the text
 * was painted with (its presentation attributes, the style sheet's rules that matched it, its style
 * attribute: all written into the path's style, so no rule needs to match a path) and its id.
 */
export function textAsPath(
	text: Element,
	style: TextStyle,
	declared: Declared
): string | undefined {
	if (text.children.some((child) => !isText(child) && child.type !== 'comment')) return undefined;
	if (Object.keys(text.attribs).some((name) => !allowed(name))) return undefined;
	if (style.unsupported) return undefined;
	const x = length(text.attribs.x, style.size);
	const y = length(text.attribs.y, style.size);
	if (x === undefined || y === undefined) return undefined;

	const content = collapse(text.children.map((c) => (isText(c) ? c.data : '')).join(''));
	if (!content) return '';
	const run = textRun(content, matchFace(style.weight, style.italic), style.size);
	if (!run.rest) return '';
	const shift =
		style.anchor === 'middle' ? run.advance / 2 : style.anchor === 'end' ? run.advance : 0;

	const css = [...declared]
		.filter(([property]) => paint.has(property))
		.map(([property, value]) => `${property}:${value}`)
		.concat(style.crisp ? ['shape-rendering:geometricPrecision'] : [])
		.join(';');
	const id = text.attribs.id ? ` id="${escapeAttribute(text.attribs.id)}"` : '';
	const transform = text.attribs.transform
		? ` transform="${escapeAttribute(text.attribs.transform)}"`
		: '';
	const d = `M${round(x - shift + run.startX)} ${round(y + run.startY)}${run.rest}`;
	return `<path${id}${transform} d="${d}"${css ? ` style="${escapeAttribute(css)}"` : ''}/>`;
}
