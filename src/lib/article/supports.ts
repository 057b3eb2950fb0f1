import { describeRecord } from '$lib/data/lookup';
import type { Dataset, RecordRef } from '$lib/data/schema';
import type { KeyFigure } from '$lib/figures/keyFigures';

export interface Support {
	text: string;
	/** Where the record shows on the page, if it has a place of its own. */
	href?: string;
}

/** What each article highlight supports, in words, each linking to where it shows on the page. */
export function supportsByHighlight(ds: Dataset, figures: KeyFigure[]): Record<string, Support[]> {
	const figureOf = new Map<string, string>();
	for (const f of figures)
		for (const e of f.evidence) if (e.kind === 'article') figureOf.set(e.anchor.slice(1), f.id);
	const where = (ref: RecordRef, highlight: string): string | undefined => {
		switch (ref.type) {
			case 'relation':
				return `#rel-${ref.id}`;
			case 'actor':
				return `#actor-${ref.id}`;
			case 'quote':
				return `#quote-${ref.id}`;
			case 'event':
				return '#chart-timeline';
			case 'meeting':
				return '#meeting';
			case 'quantity':
				return figureOf.has(highlight) ? `#fig-${figureOf.get(highlight)}` : undefined;
		}
	};
	return Object.fromEntries(
		ds.highlights.map((h) => [
			h.id,
			h.supports.map((ref) => ({ text: describeRecord(ds, ref), href: where(ref, h.id) }))
		])
	);
}
