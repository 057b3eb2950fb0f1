import type { Highlight } from '$lib/data/schema';

export interface Segment {
	text: string;
	/** The highlight this run of text is, with its reading-order number; absent for plain text. */
	highlight?: Highlight & { n: number };
}

export interface Paragraph {
	segments: Segment[];
	/** The highlights of this paragraph, for the notes listed under it. */
	notes: (Highlight & { n: number })[];
}

/**
 * Splits the article into paragraphs (one per line) and each paragraph into plain and highlighted runs.
 * Highlights never overlap (validation guarantees it), so each is exactly one run whose text equals
 * `article.slice(start, end)`.
 */
export function segmentArticle(text: string, highlights: Highlight[]): Paragraph[] {
	const numbered = [...highlights]
		.sort((a, b) => a.start - b.start)
		.map((h, i) => ({ ...h, n: i + 1 }));
	const paragraphs: Paragraph[] = [];
	let offset = 0;
	for (const line of text.split('\n')) {
		const start = offset;
		const end = start + line.length;
		offset = end + 1;
		if (!line.trim()) continue;
		const inside = numbered.filter((h) => h.start >= start && h.end <= end);
		const segments: Segment[] = [];
		let at = start;
		for (const h of inside) {
			if (h.start > at) segments.push({ text: text.slice(at, h.start) });
			segments.push({ text: text.slice(h.start, h.end), highlight: h });
			at = h.end;
		}
		if (at < end) segments.push({ text: text.slice(at, end) });
		paragraphs.push({ segments, notes: inside });
	}
	return paragraphs;
}
