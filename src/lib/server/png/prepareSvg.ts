import { isTag, type AnyNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { cascade, type Declared } from './cascade';
import { inheritTextStyle, rootTextStyle, textAsPath, type TextStyle } from './textAsPath';

/** An SVG made ready for resvg, and what resvg still needs. */
export interface PreparedSvg {
	svg: string;
	/** Texts left as text (see textAsPath): resvg needs the font files only when there are some. */
	texts: number;
}

/** What an element inherits that decides whether a shape paints anything at all. */
interface Paint {
	fill: boolean;
	stroke: boolean;
	markers: boolean;
	visible: boolean;
}

interface Inherited {
	text: TextStyle;
	paint: Paint;
	/** Inside a clip path, mask, pattern, marker or symbol: there a shape's paint is not what counts. */
	template: boolean;
}

const shapes = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);
const templates = new Set(['clipPath', 'mask', 'pattern', 'marker', 'symbol', 'defs']);

const paints = (value: string) => value !== 'none' && value !== 'transparent';
const opaque = (value: string) => Number(value) !== 0;

function inheritPaint(parent: Paint, declared: Declared): Paint {
	const paint = { ...parent };
	for (const [property, value] of declared) {
		if (value === 'inherit') continue;
		if (property === 'fill') paint.fill = paints(value);
		else if (property === 'stroke') paint.stroke = paints(value);
		else if (property === 'visibility') paint.visible = value === 'visible';
		else if (property.startsWith('marker')) paint.markers = value !== 'none';
	}
	// Opacities and widths are checked on the element only: an ancestor's 0 is resvg's to skip.
	if (declared.has('fill-opacity') && !opaque(declared.get('fill-opacity')!)) paint.fill = false;
	if (declared.has('stroke-opacity') && !opaque(declared.get('stroke-opacity')!))
		paint.stroke = false;
	if (declared.has('stroke-width') && !opaque(declared.get('stroke-width')!.replace(/px$/, '')))
		paint.stroke = false;
	return paint;
}

/**
 * A standalone SVG made cheaper for resvg to draw, and drawn the same:
 * - every `<text>` becomes a `<path>` of its glyphs (textAsPath), so resvg lays out no text and, when
 *   none is left, loads no fonts;
 * - shapes that paint nothing (the page's transparent hit areas for pointer and touch) are dropped.
 * Everything else is left byte for byte.
 */
export function prepareSvg(svg: string): PreparedSvg {
	const document = parseDocument(svg, {
		xmlMode: true,
		withStartIndices: true,
		withEndIndices: true
	});
	const declaredOf = cascade(document);
	const edits: { from: number; to: number; text: string }[] = [];
	let texts = 0;

	const visit = (nodes: AnyNode[], parent: Inherited) => {
		for (const node of nodes) {
			if (!isTag(node)) continue;
			const declared = declaredOf(node);
			const own: Inherited = {
				text: inheritTextStyle(parent.text, declared, node),
				paint: inheritPaint(parent.paint, declared),
				template: parent.template || templates.has(node.name)
			};
			if (node.name === 'text') {
				const path = textAsPath(node, own.text, declared);
				if (path === undefined) texts++;
				else edits.push({ from: node.startIndex!, to: node.endIndex! + 1, text: path });
			} else if (shapes.has(node.name) && paintsNothing(node, own)) {
				edits.push({ from: node.startIndex!, to: node.endIndex! + 1, text: '' });
			} else visit(node.children, own);
		}
	};
	visit(document.children, {
		text: rootTextStyle,
		paint: { fill: true, stroke: false, markers: false, visible: true },
		template: false
	});

	let out = '';
	let at = 0;
	for (const edit of edits) {
		out += svg.slice(at, edit.from) + edit.text;
		at = edit.to;
	}
	return { svg: out + svg.slice(at), texts };
}

/** A shape that is hidden, or has neither fill, stroke nor markers, and no id (nothing refers to it). */
function paintsNothing(shape: Element, inherited: Inherited): boolean {
	if (inherited.template || shape.attribs.id !== undefined) return false;
	const { fill, stroke, markers, visible } = inherited.paint;
	return !visible || (!fill && !stroke && !markers);
}
