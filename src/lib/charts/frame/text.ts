/**
 * Text measurement without a DOM: the server has none, and the layout must be the same everywhere.
 * Widths are Source Sans 3's advance widths, averaged per character class (em units); a small
 * over-estimate keeps wrapped lines and collision checks on the safe side.
 */
const NARROW = /[iIjl.,:;'’|!()[\]f t]/;
const WIDE = /[mwMW@%—]/;
const UPPER_OR_DIGIT = /[A-Z0-9$€]/;

export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) {
		em += NARROW.test(ch) ? 0.3 : WIDE.test(ch) ? 0.82 : UPPER_OR_DIGIT.test(ch) ? 0.6 : 0.5;
	}
	return em * fontSize;
}

/** Greedy word wrap to `maxWidth`; a single word longer than the line stands alone on it. */
export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, fontSize) > maxWidth) {
			lines.push(line);
			line = word;
		} else {
			line = next;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Font sizes shared by every chart (SVG units; never below 13 so that the page never shows under 12 px). */
export const fontSizes = { title: 20, subtitle: 15, label: 13, small: 13 } as const;
export const lineHeight = 1.3;
