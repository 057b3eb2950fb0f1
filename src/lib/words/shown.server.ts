import { serverDrawn } from '$lib/server/markup';
import type { Claim, ShownClaim, ShownWords } from './claim';
import ClaimEvidence from './ClaimEvidence.svelte';

/** A claim for the page: its evidence drawn once on the server, sent as HTML, never as data. */
export const shown = (c: Claim): ShownClaim => ({
	id: c.id,
	text: c.text,
	basis: c.basis,
	evidence: serverDrawn(ClaimEvidence, { claim: c })
});

export const shownWords = (w: Record<keyof ShownWords, Claim>): ShownWords => ({
	title: shown(w.title),
	subtitle: shown(w.subtitle),
	description: shown(w.description)
});
