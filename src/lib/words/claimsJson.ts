import { chartIds } from '$lib/charts/registry';
import { notCharted } from '$lib/data/notCharted';
import type { Dataset, LocatedEvidence } from '$lib/data/schema';
import { allClaims, pageClaims } from './page';

const quotes = (list: LocatedEvidence[]) =>
	list.map(({ source, kind, quote, start, end, anchor }) => ({
		source,
		kind,
		quote,
		start,
		end,
		anchor
	}));

/**
 * The page's sentences (headline, key figures, charts' titles, subtitles and descriptions, relations),
 * as /api/claims.json lists them: each with its text, the records it rests on, its
 * basis (stated, attributed with its speakers, or derived with its rules), and its evidence quotes. It is
 * built by the same function as the page's sentences, so the two cannot drift. Then every row of the
 * charts' tables (which hold what the drawings label: each figure, event and our calculations), with its
 * Basis cell, records, rules and quotes; and why each conflict we do not chart is left out.
 */
export function claimsJson(ds: Dataset) {
	const page = pageClaims(ds);
	return {
		claims: allClaims(page).map((c) => ({
			id: c.id,
			text: c.text,
			basis: c.basis,
			speakers: c.speakers,
			rules: c.rules.map((r) => r.id),
			records: c.records,
			evidence: quotes(c.evidence)
		})),
		rows: chartIds.flatMap((id) =>
			page.tables[id].rows.map((r, i) => ({
				id: `row-${id}-${i + 1}`,
				chart: id,
				cells: r.cells,
				rules: (r.rules ?? []).map((x) => x.id),
				records: r.records ?? [],
				evidence: quotes(r.evidence)
			}))
		),
		notCharted,
		rules: page.rules.map((r) => ({
			id: r.id,
			kind: r.kind,
			text: r.text,
			from: r.from,
			evidence: r.evidence.map(({ source, quote, anchor }) => ({ source, quote, anchor }))
		}))
	};
}
