import { compile } from 'css-select';
import { parse as parseSelector, SelectorType, type Selector } from 'css-what';
import { isCDATA, isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';
import postcss, { type Declaration } from 'postcss';

/** SVG attributes that are also CSS properties (SVG 1.1 §M.2 and SVG 2's additions). */
const presentationAttributes = new Set([
	'alignment-baseline',
	'baseline-shift',
	'clip',
	'clip-path',
	'clip-rule',
	'color',
	'color-interpolation',
	'color-interpolation-filters',
	'color-rendering',
	'cursor',
	'direction',
	'display',
	'dominant-baseline',
	'fill',
	'fill-opacity',
	'fill-rule',
	'filter',
	'flood-color',
	'flood-opacity',
	'font-family',
	'font-feature-settings',
	'font-kerning',
	'font-size',
	'font-size-adjust',
	'font-stretch',
	'font-style',
	'font-variant',
	'font-weight',
	'glyph-orientation-horizontal',
	'glyph-orientation-vertical',
	'image-rendering',
	'isolation',
	'kerning',
	'letter-spacing',
	'lighting-color',
	'marker-end',
	'marker-mid',
	'marker-start',
	'mask',
	'mix-blend-mode',
	'opacity',
	'overflow',
	'paint-order',
	'pointer-events',
	'shape-rendering',
	'stop-color',
	'stop-opacity',
	'stroke',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-miterlimit',
	'stroke-opacity',
	'stroke-width',
	'text-anchor',
	'text-decoration',
	'text-rendering',
	'unicode-bidi',
	'visibility',
	'word-spacing',
	'writing-mode'
]);

export function isPresentationAttribute(name: string): boolean {
	return presentationAttributes.has(name);
}

interface Rule {
	matches: (element: Element) => boolean;
	/** [ids, classes/attributes/pseudo-classes, types/pseudo-elements] */
	specificity: [number, number, number];
	order: number;
	declarations: { property: string; value: string }[];
}

function specificity(selector: Selector[]): [number, number, number] {
	const s: [number, number, number] = [0, 0, 0];
	for (const token of selector) {
		if (token.type === SelectorType.Attribute) s[token.name === 'id' ? 0 : 1]++;
		else if (token.type === SelectorType.Pseudo) s[1]++;
		else if (token.type === SelectorType.Tag || token.type === SelectorType.PseudoElement) s[2]++;
	}
	return s;
}

const bySpecificity = (a: Rule, b: Rule) =>
	a.specificity[0] - b.specificity[0] ||
	a.specificity[1] - b.specificity[1] ||
	a.specificity[2] - b.specificity[2] ||
	a.order - b.order;

function declarationsOf(nodes: postcss.ChildNode[]) {
	return nodes
		.filter((n): n is Declaration => n.type === 'decl')
		.map((d) => ({
			property: d.prop.toLowerCase(),
			value: d.value.trim()
		}));
}

/**
 * The rules of a style sheet, one per selector, sorted from weakest to strongest. Rules inside
 * at-rules (@media, @supports) are left out, as resvg leaves them out.
 */
function compileSheet(css: string): Rule[] {
	const rules: Rule[] = [];
	postcss.parse(css).each((node) => {
		if (node.type !== 'rule') return;
		const declarations = declarationsOf(node.nodes);
		for (const selector of parseSelector(node.selector)) {
			rules.push({
				matches: compile<Element, Element>([selector], { xmlMode: true }),
				specificity: specificity(selector),
				order: rules.length,
				declarations
			});
		}
	});
	return rules.sort(bySpecificity);
}

/** Compiled style sheets by their text: a chart's sheet differs only by its id and theme. */
const sheets = new Map<string, Rule[]>();
const MAX_SHEETS = 64;

function textOf(nodes: AnyNode[]): string {
	return nodes
		.map((node) => (isText(node) ? node.data : isCDATA(node) ? textOf(node.children) : ''))
		.join('');
}

/** Declared values of an element: property → value, the cascade's winner for each. */
export type Declared = Map<string, string>;

/**
 * The CSS cascade of one SVG document as resvg applies it, for the properties declared on an element
 * itself: its presentation attributes, then the document's `<style>` rules by specificity and order,
 * then its `style` attribute. As in resvg, `!important` gives no precedence: a text drawn as a path must
 * be painted as resvg paints the shapes around it. Inherited values are the caller's business.
 */
export function cascade(document: Document): (element: Element) => Declared {
	const styles: string[] = [];
	const collect = (nodes: AnyNode[]) => {
		for (const node of nodes) {
			if (!isTag(node)) continue;
			if (node.name === 'style') styles.push(textOf(node.children));
			else collect(node.children);
		}
	};
	collect(document.children);
	const css = styles.join('\n');
	let rules = sheets.get(css);
	if (!rules) {
		if (sheets.size >= MAX_SHEETS) sheets.clear();
		rules = compileSheet(css);
		sheets.set(css, rules);
	}
	const sheet = rules;
	return (element) => {
		const declared: Declared = new Map();
		for (const [name, value] of Object.entries(element.attribs))
			if (presentationAttributes.has(name)) declared.set(name, value.trim());
		const matched = sheet.filter((rule) => rule.matches(element));
		const style = element.attribs.style
			? declarationsOf((postcss.parse(`x{${element.attribs.style}}`).first as postcss.Rule).nodes)
			: [];
		for (const d of [...matched.flatMap((rule) => rule.declarations), ...style])
			declared.set(d.property, d.value);
		return declared;
	};
}
