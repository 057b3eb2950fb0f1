import { describeRecord, evidenceOf } from '$lib/data/lookup';
import type { Dataset, RecordRef } from '$lib/data/schema';
import type { Table } from '$lib/charts/types';
import type { KeyFigure } from '$lib/figures/keyFigures';

export interface Support {
	text: string;
	/** Where the record shows on the page, if it has a place of its own. */
	href?: string;
}

/**
 * What each article highlight supports, in words, each linking to where it shows on the page: the
 * records that cite it, then the charts whose rows rest on it. A record that rests on background sources
 * too says so, as the sentence alone does not carry all its words (a date, a resolution's number).
 */
export function supportsByHighlight(
	ds: Dataset,
	figures: KeyFigure[],
	charts: { id: string; title: string; table: Table }[]
): Record<string, Support[]> {
	const figureOf = new Map<string, string>();
	for (const f of figures)
		for (const e of f.claim.evidence)
			if (e.kind === 'article') figureOf.set(e.anchor.slice(1), f.id);
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
	const charted = (highlight: string) =>
		charts
			.filter((c) => c.table.rows.some((r) => r.evidence.some((e) => e.anchor === `#${highlight}`)))
			.map((c) => ({ text: `Chart: ${c.title}`, href: `#chart-${c.id}` }));
	return Object.fromEntries(
		ds.highlights.map((h) => [
			h.id,
			[
				...h.supports.map((ref) => ({
					text: `${describeRecord(ds, ref)}${evidenceOf(ds, ref).some((e) => e.kind === 'background') ? ' (also rests on background sources)' : ''}`,
					href: where(ref, h.id)
				})),
				...charted(h.id)
			]
		])
	);
}
