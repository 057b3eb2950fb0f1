import type { Dataset } from '$lib/data/schema';
import { allClaims, pageClaims } from './page';

/**
 * Every sentence the page writes, as /api/claims.json lists it: its text, the records it rests on, its
 * basis (stated, attributed with its speakers, or derived with its rules), and its evidence quotes. It is
 * built by the same function as the page's sentences, so the two cannot drift.
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
			evidence: c.evidence.map(({ source, kind, quote, start, end, anchor }) => ({
				source,
				kind,
				quote,
				start,
				end,
				anchor
			}))
		})),
		rules: page.rules.map((r) => ({
			id: r.id,
			kind: r.kind,
			text: r.text,
			from: r.from,
			evidence: r.evidence.map(({ source, quote, anchor }) => ({ source, quote, anchor }))
		}))
	};
}
