import * as hb from 'harfbuzzjs';
import { LRUCache } from 'lru-cache';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The faces the PNG draws with: the page's family (Source Sans 3) as the TrueType files that resvg
 * loaded before text became paths, so that the same weights are chosen and drawn.
 */
const faceFiles = [
	{ file: 'Regular', weight: 400, italic: false },
	{ file: 'Semibold', weight: 600, italic: false },
	{ file: 'Bold', weight: 700, italic: false },
	{ file: 'It', weight: 400, italic: true }
] as const;

export type FaceName = (typeof faceFiles)[number]['file'];

/**
 * Where a face's file is. Found when the server starts (this module loads with the export pool), so
 * that a missing font stops the start with its name rather than failing the first PNG.
 */
export function fontPath(file: string): string {
	const name = `source-sans/TTF/SourceSans3-${file}.ttf`;
	try {
		return require.resolve(name);
	} catch {
		throw new Error(
			`The TrueType font ${name} is missing: PNG exports are drawn with it (npm ci installs it)`
		);
	}
}

export const fontPaths = faceFiles.map((f) => fontPath(f.file));

/**
 * The face CSS font matching picks (CSS Fonts 4, §5.2, as resvg's font database does): italic first
 * (there is one italic face), then the nearest weight, looking lighter or heavier first by where the
 * weight asked for lies.
 */
export function matchFace(weight: number, italic: boolean): FaceName {
	const faces = faceFiles.filter((f) => f.italic === italic);
	const candidates = faces.length ? faces : faceFiles;
	const exact = candidates.find((f) => f.weight === weight);
	if (exact) return exact.file;
	const lighter = candidates.filter((f) => f.weight < weight).sort((a, b) => b.weight - a.weight);
	const heavier = candidates.filter((f) => f.weight > weight).sort((a, b) => a.weight - b.weight);
	let order;
	if (weight >= 400 && weight <= 500) {
		const upTo500 = heavier.filter((f) => f.weight <= 500);
		order = [...upTo500, ...lighter, ...heavier.filter((f) => f.weight > 500)];
	} else order = weight < 400 ? [...lighter, ...heavier] : [...heavier, ...lighter];
	return order[0]!.file;
}

interface LoadedFace {
	font: hb.Font;
	upem: number;
	/** Each glyph's outline in font units, y up, drawn once. */
	glyphs: Map<number, hb.SvgPathCommand[]>;
}

const loaded = new Map<FaceName, LoadedFace>();

function face(name: FaceName): LoadedFace {
	let found = loaded.get(name);
	if (!found) {
		const path = fontPaths[faceFiles.findIndex((f) => f.file === name)]!;
		const hbFace = new hb.Face(new hb.Blob(readFileSync(path)), 0);
		found = { font: new hb.Font(hbFace), upem: hbFace.upem, glyphs: new Map() };
		loaded.set(name, found);
	}
	return found;
}

function glyphOutline(f: LoadedFace, glyph: number): hb.SvgPathCommand[] {
	let outline = f.glyphs.get(glyph);
	if (!outline) {
		outline = f.font.glyphToJson(glyph);
		f.glyphs.set(glyph, outline);
	}
	return outline;
}

/** A line of text as one path: its outline relative to the pen's start on the baseline. */
export interface TextRun {
	/** The absolute start of the path, in SVG units from the pen's start (empty for blank text). */
	startX: number;
	startY: number;
	/** The rest of the path data, in relative commands, so that moving the run moves only its start. */
	rest: string;
	/** The pen's advance over the whole run, in SVG units. */
	advance: number;
}

/** Coordinates are kept in hundredths of an SVG unit: 0.04 device pixels at the largest scale (4). */
const PER_UNIT = 100;

/**
 * Path data written as tightly as the path grammar allows, since resvg parses every byte of it on
 * every render: no leading zeros, no separator before a minus sign or before a second decimal point,
 * a repeated command without its letter, lines along an axis as h and v.
 */
class PathData {
	// Pieces joined once at the end: a string grown by `+=` is a rope of thousands of small strings,
	// several times its length in memory, and these are kept in a cache.
	private parts: string[] = [];
	private command = '';
	private last = '';

	get d() {
		return this.parts.join('');
	}

	private number(value: number) {
		const s = String(value / PER_UNIT).replace(/^(-?)0\./, '$1.');
		const joins = !this.last || s.startsWith('-') || (s.startsWith('.') && this.last.includes('.'));
		this.parts.push(joins ? s : ` ${s}`);
		this.last = s;
	}

	add(command: string, values: number[]) {
		if (command === 'l' && values[0] === 0) [command, values] = ['v', [values[1]!]];
		else if (command === 'l' && values[1] === 0) [command, values] = ['h', [values[0]!]];
		if (command !== this.command || command === 'm' || command === 'z') {
			this.parts.push(command);
			this.last = '';
		}
		this.command = command;
		for (const v of values) this.number(v);
	}
}

/**
 * Shapes `text` with HarfBuzz (kerning, ligatures: what resvg's rustybuzz does) in `faceName` at
 * `size`, then writes the glyphs' outlines as one path. Each point is rounded once, as an absolute
 * position, and written as the difference from the one before, so the run can be placed anywhere by
 * moving its first point alone, without rounding drift.
 */
function shapeRun(text: string, faceName: FaceName, size: number): TextRun {
	const f = face(faceName);
	const buffer = new hb.Buffer();
	buffer.addText(text);
	buffer.guessSegmentProperties();
	hb.shape(f.font, buffer);
	const k = (size / f.upem) * PER_UNIT;
	let pen = 0;
	let start: [number, number] | undefined;
	let current: [number, number] = [0, 0];
	let subpath: [number, number] = [0, 0];
	const rest = new PathData();
	for (const glyph of buffer.getGlyphInfosAndPositions()) {
		const ox = pen + (glyph.xOffset ?? 0);
		const oy = glyph.yOffset ?? 0;
		for (const command of glyphOutline(f, glyph.codepoint)) {
			if (command.type === 'Z') {
				rest.add('z', []);
				current = subpath; // a closed subpath leaves the pen at its start
				continue;
			}
			// Every point of a relative command is relative to where the command starts.
			const from = current;
			const relative: number[] = [];
			for (let i = 0; i < command.values.length; i += 2) {
				const x = Math.round((ox + command.values[i]!) * k);
				const y = Math.round(-(oy + command.values[i + 1]!) * k); // font units point up
				relative.push(x - from[0], y - from[1]);
				current = [x, y];
			}
			if (command.type === 'M') {
				subpath = current;
				if (!start) {
					start = current;
					continue;
				}
			}
			rest.add(command.type.toLowerCase(), relative);
		}
		pen += glyph.xAdvance ?? 0;
	}
	return {
		startX: start ? start[0] / PER_UNIT : 0,
		startY: start ? start[1] / PER_UNIT : 0,
		rest: start ? rest.d : '',
		advance: (pen * k) / PER_UNIT
	};
}

/**
 * Shaped runs by face, size and text: chart labels repeat from render to render. Bounded by the size of
 * their path data, as every new export width wraps titles and notes into lines not seen before: a
 * count alone let a thread keep 2 MB more per new width (200 MB over a 30-s load test).
 */
const runs = new LRUCache<string, TextRun>({
	maxSize: 8 * 1024 * 1024,
	sizeCalculation: (run) => 2 * run.rest.length + 64
});

/**
 * `text` shaped and outlined in `faceName` at `size` SVG units. Cached: a cache entry never changes,
 * so callers in one thread share them safely.
 */
export function textRun(text: string, faceName: FaceName, size: number): TextRun {
	const key = `${faceName}\u0000${size}\u0000${text}`;
	let run = runs.get(key);
	if (!run) {
		run = shapeRun(text, faceName, size);
		runs.set(key, run);
	}
	return run;
}
